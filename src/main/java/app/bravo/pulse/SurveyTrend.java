package app.bravo.pulse;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A survey's figures for one group across its closed rounds, oldest close date first (issue 14
 * point 4). Each round is planned on its own locked tree and threshold, exactly as its own results
 * are, so a trend shows nothing that round's results would hide.
 *
 * @param enpsQuestionId the survey's first 0-10 question, whose eNPS {@link Point#enps()} repeats; null without one
 */
public record SurveyTrend(long surveyId, @Nullable Long enpsQuestionId, List<Point> rounds) {

    public SurveyTrend {
        rounds = List.copyOf(rounds);
    }

    /**
     * One closed round.
     *
     * @param responses null where the round's respondents' plan hides the group
     * @param enps the eNPS of {@link SurveyTrend#enpsQuestionId()} in this round, null where hidden
     * @param questions each 1-5 and 0-10 question of the survey, in its order
     */
    public record Point(long roundId, LocalDate closeDate, @Nullable Long responses, @Nullable Integer enps,
                        List<Value> questions) {

        public Point {
            questions = List.copyOf(questions);
        }
    }

    /** One numeric question in one round: both null where that question's plan in that round hides the group. */
    public record Value(long questionId, @Nullable Double average, @Nullable Integer enps) {
    }
}
