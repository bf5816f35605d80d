package app.bravo.pulse;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A survey as HR edits it. {@code locked} is true once one of its rounds has opened: from then on its
 * questions, thresholds, audience and schedule stay as they are.
 */
public record SurveyDetails(long id, SurveyForm form, @Nullable String templateKey, Audience audience,
                            @Nullable Schedule schedule, SurveyStatus status, boolean locked, List<Question> questions) {

    public SurveyDetails {
        questions = List.copyOf(questions);
    }
}
