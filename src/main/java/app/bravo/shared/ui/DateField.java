package app.bravo.shared.ui;

import app.bravo.shared.i18n.Language;
import app.bravo.shared.time.Dates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Bravo's date field, used instead of Vaadin's DatePicker everywhere: it shows and reads dates in the
 * reader's language and calendar (Jalali with Persian month names and digits for Persian, Gregorian for
 * English), written the one way {@link Dates#date} writes them everywhere else ("1 Dec 2026",
 * "۱ آذر ۱۴۰۵"). People type a date (Persian or Latin digits, see {@link Dates#parse}) or pick it in
 * the calendar popup, the {@code <bravo-calendar>} web component of the top-level {@code frontend/}.
 */
public class DateField extends TypedField<DateField, LocalDate> {

    private final Button open = new Button(VaadinIcon.CALENDAR.create());
    private final Popover popover = new Popover();
    private final MonthCalendar calendar = new MonthCalendar();
    private @Nullable LocalDate min;
    private @Nullable LocalDate max;
    private @Nullable String badInputMessage;

    public DateField() {
        getContent().addClassName("bravo-date-field");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.getElement().setAttribute("slot", "suffix");
        open.addClassName("bravo-date-field-open");
        getContent().getElement().appendChild(open.getElement());
        popover.setTarget(open);
        popover.setOpenOnClick(true);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setRole("dialog");
        popover.add(calendar);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                calendar.getElement().callJsFunction("focus");
            }
        });
        calendar.addPickListener(this::pick);
        addAttachListener(e -> localize());
    }

    public DateField(String label) {
        this();
        setLabel(label);
    }

    @Override
    protected void setPresentationValue(@Nullable LocalDate value) {
        getContent().setValue(value == null ? "" : Dates.date(value, locale()));
        calendar.setValue(value);
        setProblem(null);
    }

    @Override
    protected void readText(String typed) {
        if (typed.isBlank()) {
            accept(null, "");
            calendar.setValue(null);
            return;
        }
        Optional<LocalDate> parsed = Dates.parse(typed, locale());
        if (parsed.isEmpty()) {
            refuse(badInputMessage != null ? badInputMessage
                    : getTranslation("datefield.error.date", Dates.date(max != null ? max : LocalDate.now(), locale())));
            return;
        }
        take(parsed.get());
    }

    private void pick(LocalDate day) {
        popover.close();
        take(day);
        getContent().focus();
    }

    private void take(LocalDate day) {
        if (min != null && day.isBefore(min)) {
            refuse(getTranslation("datefield.error.min", Dates.date(min, locale())));
        } else if (max != null && day.isAfter(max)) {
            refuse(getTranslation("datefield.error.max", Dates.date(max, locale())));
        } else {
            accept(day, Dates.date(day, locale()));
            calendar.setValue(day);
        }
    }

    private void localize() {
        boolean persian = Language.of(locale()) == Language.PERSIAN;
        calendar.setLocale(persian ? "fa-IR" : "en-GB", persian ? "persian" : "gregory", persian ? 6 : 1);
        calendar.setLabels(getTranslation("datefield.previous"), getTranslation("datefield.next"),
                getTranslation("datefield.today"));
        open.setAriaLabel(getTranslation("datefield.open"));
        open.setTooltipText(getTranslation("datefield.open"));
        popover.setAriaLabel(getTranslation("datefield.open"));
        // the text follows the reader's language, also when the field was filled before it was attached
        if (getValue() != null && !isBadInput()) {
            getContent().setValue(Dates.date(getValue(), locale()));
        }
    }

    /** The message for text that is no date (default: datefield.error.date with an example). */
    public void setBadInputErrorMessage(String message) {
        this.badInputMessage = message;
    }

    public void setMin(@Nullable LocalDate min) {
        this.min = min;
        calendar.setRange(min, max);
    }

    public void setMax(@Nullable LocalDate max) {
        this.max = max;
        calendar.setRange(min, max);
    }

    public @Nullable LocalDate getMin() {
        return min;
    }

    public @Nullable LocalDate getMax() {
        return max;
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        open.setEnabled(!readOnly);
    }

    /** The calendar in the popup, for tests. */
    MonthCalendar calendar() {
        return calendar;
    }
}
