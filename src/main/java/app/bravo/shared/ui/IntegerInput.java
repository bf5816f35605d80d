package app.bravo.shared.ui;

import app.bravo.shared.i18n.Numbers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Bravo's whole-number field, used instead of Vaadin's IntegerField: it shows the number in the
 * reader's digits (Persian digits in Persian, through {@link Numbers}) and understands Persian,
 * Arabic-Indic and Latin digits typed into it, which a browser's number input refuses. Text that is no
 * number, or lies outside min and max, keeps standing in the field, marked invalid.
 */
public class IntegerInput extends TypedField<IntegerInput, Integer> {

    private final Button down = new Button(VaadinIcon.MINUS.create());
    private final Button up = new Button(VaadinIcon.PLUS.create());
    private @Nullable Integer min;
    private @Nullable Integer max;
    private @Nullable String badInputMessage;
    private @Nullable String minMessage;

    public IntegerInput() {
        // digits of any script and a sign; the numeric keypad on phones
        getContent().setAllowedCharPattern("[0-9\\u06f0-\\u06f9\\u0660-\\u0669+\\-\\u2212]");
        getContent().getElement().setAttribute("inputmode", "numeric");
        getContent().addClassName("bravo-integer-input");
        for (Button b : List.of(down, up)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            b.setVisible(false);
        }
        down.getElement().setAttribute("slot", "prefix");
        up.getElement().setAttribute("slot", "suffix");
        down.addClickListener(e -> step(-1));
        up.addClickListener(e -> step(1));
        getContent().getElement().appendChild(down.getElement(), up.getElement());
        addAttachListener(e -> {
            down.setAriaLabel(getTranslation("numberfield.decrease"));
            up.setAriaLabel(getTranslation("numberfield.increase"));
            if (getValue() != null && !isBadInput()) {
                getContent().setValue(written(getValue()));
            }
        });
    }

    private String written(int n) {
        return Numbers.digits(String.valueOf(n), locale());
    }

    @Override
    protected void setPresentationValue(@Nullable Integer value) {
        getContent().setValue(value == null ? "" : written(value));
        setProblem(null);
    }

    @Override
    protected void readText(String typed) {
        if (typed.isBlank()) {
            accept(null, "");
            return;
        }
        Optional<Integer> parsed = Numbers.parseInteger(typed);
        if (parsed.isEmpty()) {
            refuse(badInputMessage != null ? badInputMessage : getTranslation("numberfield.error.number"));
        } else if (min != null && parsed.get() < min) {
            refuse(minMessage != null ? minMessage : getTranslation("numberfield.error.min", Numbers.format(min, locale())));
        } else if (max != null && parsed.get() > max) {
            refuse(getTranslation("numberfield.error.max", Numbers.format(max, locale())));
        } else {
            accept(parsed.get(), written(parsed.get()));
        }
    }

    private void step(int by) {
        long next = getValue() != null ? (long) getValue() + by : min != null ? min : 0;
        if (min != null && next < min) {
            next = min;
        }
        if (max != null && next > max) {
            next = max;
        }
        readText(String.valueOf(next));
    }

    public void setMin(@Nullable Integer min) {
        this.min = min;
    }

    public void setMax(@Nullable Integer max) {
        this.max = max;
    }

    public @Nullable Integer getMin() {
        return min;
    }

    public @Nullable Integer getMax() {
        return max;
    }

    /** Shows a − and a + button beside the number. */
    public void setStepButtonsVisible(boolean visible) {
        down.setVisible(visible);
        up.setVisible(visible);
    }

    public void setBadInputErrorMessage(String message) {
        this.badInputMessage = message;
    }

    public void setMinErrorMessage(String message) {
        this.minMessage = message;
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        down.setEnabled(!readOnly);
        up.setEnabled(!readOnly);
    }
}
