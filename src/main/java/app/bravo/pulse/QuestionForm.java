package app.bravo.pulse;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A question as HR writes it (or a template ships it): both texts, its type and its tags. */
public record QuestionForm(QuestionType type, String textEn, String textFa, boolean required, @Nullable Driver driver,
                           @Nullable JourneyStage stage, List<ChoiceForm> choices) {

    public static final int TEXT_MAX = 500;
    public static final int CHOICE_MAX = 200;
    public static final int CHOICES_MAX = 12;

    public QuestionForm {
        choices = List.copyOf(choices);
    }
}
