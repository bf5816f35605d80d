package app.bravo.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The month grid in {@link DateField}'s popup: the {@code <bravo-calendar>} web component of
 * {@code frontend/bravo-calendar.js}, which draws any calendar the browser's Intl knows (month and
 * weekday names, digits). It only picks; the field parses and formats.
 */
@Tag("bravo-calendar")
@JsModule("./bravo-calendar.js")
class MonthCalendar extends Component {

    void setValue(@Nullable LocalDate value) {
        set("value", value);
    }

    void setRange(@Nullable LocalDate min, @Nullable LocalDate max) {
        set("min", min);
        set("max", max);
    }

    void setLocale(String languageTag, String calendar, int firstDay) {
        getElement().setProperty("locale", languageTag);
        getElement().setProperty("calendar", calendar);
        getElement().setProperty("firstDay", firstDay);
    }

    void setLabels(String previous, String next, String today) {
        getElement().setProperty("previousLabel", previous);
        getElement().setProperty("nextLabel", next);
        getElement().setProperty("todayLabel", today);
    }

    /** Called with the day that the person picked. */
    Registration addPickListener(Consumer<LocalDate> listener) {
        return getElement().addEventListener("date-picked",
                        e -> listener.accept(LocalDate.parse(e.getEventData().get("event.detail.value").asString())))
                .addEventData("event.detail.value");
    }

    private void set(String property, @Nullable LocalDate day) {
        if (day == null) {
            getElement().removeProperty(property);
        } else {
            getElement().setProperty(property, day.toString());
        }
    }
}
