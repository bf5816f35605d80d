package app.bravo.pulse;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A question of a survey, as stored, in its position (1 first). */
public record Question(long id, int position, QuestionType type, String textEn, String textFa, boolean required,
                       @Nullable Driver driver, @Nullable JourneyStage stage, List<Choice> choices) {

    public Question {
        choices = List.copyOf(choices);
    }

    public String text(boolean persian) {
        return persian ? textFa : textEn;
    }

    public QuestionForm form() {
        return new QuestionForm(type, textEn, textFa, required, driver, stage,
                choices.stream().map(c -> new ChoiceForm(c.textEn(), c.textFa())).toList());
    }
}
