package app.bravo.pulse;

import app.bravo.pulse.internal.DisclosureGroup;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The results of one closed round for one group (issue 14 point 4): how many of the group answered,
 * the response rate (for the whole round only: the audience size is known for the whole round, not
 * per group) and each 1-5 and 0-10 question, whose figures are null where its own disclosure plan
 * hides the group, and each free-text question's comments, behind the round's own, higher comment
 * threshold, and each single and multiple choice question's counts per choice, behind its own plan.
 *
 * @param responseRate percent of the audience that answered, rounded half up; null for a group
 *        other than {@link DisclosureGroup#ALL} or an empty audience
 */
public record RoundResults(long roundId, DisclosureGroup group, int threshold, long responses, int audienceSize,
                           @Nullable Integer responseRate, List<QuestionResult> questions, List<CommentResult> comments,
                           List<ChoiceResult> choiceQuestions) {

    public RoundResults {
        questions = List.copyOf(questions);
        comments = List.copyOf(comments);
        choiceQuestions = List.copyOf(choiceQuestions);
    }
}
