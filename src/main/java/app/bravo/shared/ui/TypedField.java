package app.bravo.shared.ui;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValidationStatusChangeEvent;
import com.vaadin.flow.data.binder.ValidationStatusChangeListener;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A field whose value is read from the text people type and written back in the reader's language
 * ({@link DateField}, {@link IntegerInput}): a Vaadin text field underneath, so it looks and behaves
 * like every other field. Text that cannot be read keeps standing in the field, marked invalid with
 * the reason ({@link #isBadInput()}), the value is then empty, and a Binder refuses it too.
 */
public abstract class TypedField<C extends TypedField<C, V>, V> extends AbstractCompositeField<TextField, C, @Nullable V>
        implements HasLabel, HasHelper, HasValidationProperties, HasSize, HasAriaLabel, HasValidator<@Nullable V> {

    private final List<ValidationStatusChangeListener<@Nullable V>> statusListeners = new ArrayList<>();
    /** What the text says is wrong, or null when it is fine. */
    private @Nullable String problem;

    protected TypedField() {
        super(null);
        getContent().setValueChangeMode(ValueChangeMode.ON_CHANGE);
        getContent().addValueChangeListener(e -> {
            if (e.isFromClient()) {
                readText(e.getValue());
            }
        });
    }

    /** Reads what was typed: sets the value (and writes it back) or calls {@link #refuse}. */
    protected abstract void readText(String typed);

    /** Keeps the text, empties the value and says why. */
    protected void refuse(String why) {
        setProblem(why);
        setModelValue(null, true);
    }

    /** Takes a value read from the text, or typed empty, and writes it the field's way. */
    protected void accept(@Nullable V value, String written) {
        setProblem(null);
        setModelValue(value, true);
        getContent().setValue(written);
    }

    protected void setProblem(@Nullable String problem) {
        boolean changed = !Objects.equals(this.problem, problem);
        this.problem = problem;
        if (problem != null) {
            getContent().setErrorMessage(problem);
            getContent().setInvalid(true);
        } else if (changed) {
            getContent().setInvalid(false);
        }
        if (changed) {
            var event = new ValidationStatusChangeEvent<@Nullable V>(this, problem == null);
            List.copyOf(statusListeners).forEach(l -> l.validationStatusChanged(event));
        }
    }

    protected Locale locale() {
        return getLocale() == null ? Locale.ENGLISH : getLocale();
    }

    /** Whether the field holds text that is no acceptable value (the value is then empty). */
    public boolean isBadInput() {
        return problem != null;
    }

    @Override
    public Validator<@Nullable V> getDefaultValidator() {
        return (value, context) -> problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
    }

    @Override
    public Registration addValidationStatusChangeListener(ValidationStatusChangeListener<@Nullable V> listener) {
        statusListeners.add(listener);
        return () -> statusListeners.remove(listener);
    }

    /** The text in the field, as the person typed it or as the field wrote the value. */
    public String getText() {
        return getContent().getValue();
    }

    /** Types text into the field as a person would (for tests, and for code that fills a form from text). */
    public void setText(String text) {
        getContent().setValue(text);
        readText(text);
    }

    @Override
    public void setLabel(String label) {
        getContent().setLabel(label);
    }

    @Override
    public String getLabel() {
        return getContent().getLabel();
    }

    @Override
    public void setHelperText(String helperText) {
        getContent().setHelperText(helperText);
    }

    @Override
    public String getHelperText() {
        return getContent().getHelperText();
    }

    @Override
    public void setAriaLabel(String ariaLabel) {
        getContent().setAriaLabel(ariaLabel);
    }

    @Override
    public Optional<String> getAriaLabel() {
        return getContent().getAriaLabel();
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        getContent().setErrorMessage(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return getContent().getErrorMessage();
    }

    @Override
    public void setInvalid(boolean invalid) {
        // text that cannot be read stays marked, whatever a form's own check says
        getContent().setInvalid(invalid || problem != null);
        if (problem != null) {
            getContent().setErrorMessage(problem);
        }
    }

    @Override
    public boolean isInvalid() {
        return getContent().isInvalid();
    }

    public void setPlaceholder(String placeholder) {
        getContent().setPlaceholder(placeholder);
    }

    public void setClearButtonVisible(boolean visible) {
        getContent().setClearButtonVisible(visible);
    }

    @Override
    public void setEnabled(boolean enabled) {
        super.setEnabled(enabled);
        getContent().setEnabled(enabled);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        getContent().setReadOnly(readOnly);
    }

    @Override
    public void setRequiredIndicatorVisible(boolean visible) {
        getContent().setRequiredIndicatorVisible(visible);
    }

    @Override
    public boolean isRequiredIndicatorVisible() {
        return getContent().isRequiredIndicatorVisible();
    }
}
