package app.bravo.pulse;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an employee sees to answer a round (or HR's preview of a survey, with no round): its name,
 * questions in order, its anonymity threshold (the page says who can see what), and whether the
 * signed-in person has answered it already.
 */
public record AnswerSheet(@Nullable Long roundId, String nameEn, String nameFa, @Nullable Instant closesAt,
                          int anonymityThreshold, int commentThreshold, boolean answered, List<Question> questions) {

    public AnswerSheet {
        questions = List.copyOf(questions);
    }

    public String name(boolean persian) {
        return persian ? nameFa : nameEn;
    }
}
