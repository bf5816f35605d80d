package app.bravo.shared.ui;

import app.bravo.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bravo's date and number fields in both languages, without a browser (the calendar popup: DateFieldJourneyIT). */
@IntegrationTest
class DateFieldTest extends SpringBrowserlessTest {

    private static final Locale FA = Locale.forLanguageTag("fa");

    private DateField dateField(Locale locale) {
        UI.getCurrent().setLocale(locale);
        DateField field = new DateField("Received");
        UI.getCurrent().add(field);
        return field;
    }

    @Test
    void a_persian_date_typed_in_persian_digits_is_the_jalali_day_and_is_written_back_in_persian() {
        DateField field = dateField(FA);
        field.setText("۱۴۰۵/۰۱/۰۱");

        assertThat(field.getValue()).isEqualTo(LocalDate.of(2026, 3, 21));
        assertThat(field.getText()).isEqualTo("۱ فروردین ۱۴۰۵");
        assertThat(field.isInvalid()).isFalse();
        assertThat(field.calendar().getElement().getProperty("value")).isEqualTo("2026-03-21");
        assertThat(field.calendar().getElement().getProperty("calendar")).isEqualTo("persian");
        assertThat(field.calendar().getElement().getProperty("locale")).isEqualTo("fa-IR");
        assertThat(field.calendar().getElement().getProperty("todayLabel")).isEqualTo("امروز");

        field.setText("1405/1/2");
        assertThat(field.getValue()).isEqualTo(LocalDate.of(2026, 3, 22));
    }

    @Test
    void english_fields_write_dates_as_the_rest_of_the_app_does() {
        DateField field = dateField(Locale.ENGLISH);
        field.setValue(LocalDate.of(2026, 12, 1));
        assertThat(field.getText()).isEqualTo("1 Dec 2026");

        field.setText("2026-03-21");
        assertThat(field.getValue()).isEqualTo(LocalDate.of(2026, 3, 21));
        assertThat(field.getText()).isEqualTo("21 Mar 2026");
        assertThat(field.calendar().getElement().getProperty("calendar")).isEqualTo("gregory");
    }

    @Test
    void text_that_is_no_date_stays_in_the_field_marked_invalid_and_a_binder_refuses_it() {
        DateField field = dateField(Locale.ENGLISH);
        var binder = new Binder<AtomicReference<LocalDate>>();
        binder.forField(field).bind(AtomicReference::get, AtomicReference::set);
        var bean = new AtomicReference<LocalDate>(LocalDate.of(2026, 1, 5));
        binder.setBean(bean);

        field.setText("31/2/2026");

        assertThat(field.getValue()).isNull();
        assertThat(field.getText()).isEqualTo("31/2/2026");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).startsWith("Enter a date, such as ");
        assertThat(binder.validate().isOk()).isFalse();
        // a form clearing its errors before it saves does not clear this one
        field.setInvalid(false);
        assertThat(field.isInvalid()).isTrue();

        field.setText("5 Jan 2026");
        assertThat(field.isInvalid()).isFalse();
        assertThat(binder.validate().isOk()).isTrue();
        assertThat(bean.get()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void a_day_after_max_is_refused_with_the_limit_in_the_readers_calendar() {
        DateField field = dateField(FA);
        field.setMax(LocalDate.of(2026, 12, 2));
        field.setText("۱۴۰۵/۰۹/۱۲");

        assertThat(field.getValue()).isNull();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("۱۱ آذر ۱۴۰۵ یا پیش از آن را وارد کنید");
        assertThat(field.calendar().getElement().getProperty("max")).isEqualTo("2026-12-02");
    }

    @Test
    void a_number_field_shows_persian_digits_and_reads_any_digits() {
        UI.getCurrent().setLocale(FA);
        IntegerInput field = new IntegerInput();
        field.setMin(5);
        field.setMax(120);
        UI.getCurrent().add(field);

        field.setValue(30);
        assertThat(field.getText()).isEqualTo("۳۰");
        field.setText("۴۵");
        assertThat(field.getValue()).isEqualTo(45);
        field.setText("٦٠");
        assertThat(field.getValue()).isEqualTo(60);
        assertThat(field.getText()).isEqualTo("۶۰");

        field.setText("۲");
        assertThat(field.getValue()).isNull();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("۵ یا بیشتر وارد کنید");
        assertThat(field.getText()).isEqualTo("۲");
    }
}
