package app.bravo.pulse;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One single- or multiple-choice question's results for a group (issue 14 point 4): how many of
 * the group chose at least one of its choices, and how many chose each; null where the question's
 * own disclosure plan (its answerers) hides the group. For a multiple-choice question the counts add
 * up to more than {@link #answered()}.
 *
 * @param choices every choice of the question in its order, zeros included; null when hidden
 */
public record ChoiceResult(long questionId, int position, QuestionType type, String textEn, String textFa,
                           @Nullable Long answered, @Nullable List<ChoiceCount> choices) {

    public ChoiceResult {
        choices = choices == null ? null : List.copyOf(choices);
    }

    public boolean hidden() {
        return answered == null;
    }

    public String text(boolean persian) {
        return persian ? textFa : textEn;
    }

    /** How many of the group chose one choice. */
    public record ChoiceCount(long choiceId, String textEn, String textFa, long count) {

        public String text(boolean persian) {
            return persian ? textFa : textEn;
        }
    }
}
