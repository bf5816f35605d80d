package app.bravo.pulse;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One 1-5 or 0-10 question's results for a group; every figure is null when the question's own
 * disclosure plan hides the group ({@link #hidden()}).
 *
 * @param answered how many of the group gave it a number
 * @param distribution how many gave each value, from the type's lowest value to its highest, zeros included
 * @param average the mean value, to two decimals (SQL ROUND)
 * @param enps for 0-10 questions: percent of promoters (9-10) minus percent of detractors (0-6),
 *        {@code Math.round(100.0 * (promoters - detractors) / answered)} (halves round up); null for 1-5
 */
public record QuestionResult(long questionId, int position, QuestionType type, String textEn, String textFa,
                             @Nullable Long answered, @Nullable List<Long> distribution, @Nullable Double average,
                             @Nullable Integer enps) {

    public QuestionResult {
        distribution = distribution == null ? null : List.copyOf(distribution);
    }

    public boolean hidden() {
        return answered == null;
    }

    public String text(boolean persian) {
        return persian ? textFa : textEn;
    }
}
