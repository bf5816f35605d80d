package app.bravo.admin.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.admin.CalendarPreview;
import app.bravo.admin.CompanyCalendarService;
import app.bravo.security.Role;
import app.bravo.shared.time.CompanyCalendar;
import app.bravo.shared.time.Dates;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.time.DayOfWeek;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CompanyCalendarViewTest extends SpringBrowserlessTest {

    private static final Locale FA = Locale.forLanguageTag("fa");

    @Autowired Fixtures fixtures;
    @Autowired CompanyCalendar calendar;
    @Autowired CompanyCalendarService service;

    private CompanyCalendar.System keptSystem;
    private DayOfWeek keptDay;

    @BeforeEach
    void keepTheSetting() {
        keptSystem = calendar.system();
        keptDay = calendar.firstDayOfWeek();
        calendar.set(CompanyCalendar.System.GREGORIAN, DayOfWeek.MONDAY);
        fixtures.signInAs(Role.HR);
    }

    @AfterEach
    void restoreTheSetting() {
        calendar.set(keptSystem, keptDay);
        Fixtures.signOut();
    }

    @Test
    void the_page_shows_the_saved_setting_and_the_zone_read_only() {
        CompanyCalendarView view = navigate(CompanyCalendarView.class);

        assertThat(view.months.getValue()).isEqualTo(CompanyCalendar.System.GREGORIAN);
        assertThat(view.firstDay.getValue()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(view.zone.getValue()).isEqualTo(calendar.zone().getId());
        assertThat(view.zone.isReadOnly()).isTrue();
        assertThat(view.zone.getHelperText()).contains("BRAVO_COMPANY_ZONE");
        assertThat(view.firstDay.getListDataView().getItems()).first().isEqualTo(DayOfWeek.MONDAY);
        assertThat(view.unsaved.isVisible()).isFalse();
    }

    @Test
    void hr_switches_to_persian_months_and_a_saturday_week_sees_the_preview_and_saves_it() {
        CompanyCalendarView view = navigate(CompanyCalendarView.class);

        test(view.months).selectItem("Persian (Jalali)");
        test(view.firstDay).selectItem("Saturday");

        CalendarPreview p = service.preview(CompanyCalendar.System.PERSIAN, DayOfWeek.SATURDAY);
        assertThat(view.previewMonthDays.getText()).isEqualTo(
                Dates.date(p.monthFirstDay(), Locale.ENGLISH) + " to " + Dates.date(p.monthLastDay(), Locale.ENGLISH));
        assertThat(view.previewWeekDays.getText()).isEqualTo(
                Dates.date(p.weekFirstDay(), Locale.ENGLISH) + " to " + Dates.date(p.weekLastDay(), Locale.ENGLISH));
        // the month is named in the company's calendar, in the reader's language: "Azar 1405 AP"
        assertThat(view.previewMonth.getText()).startsWith("This month: ").contains(" " + p.year());
        assertThat(view.unsaved.isVisible()).isTrue();
        assertThat(calendar.system()).as("nothing is saved before Save").isEqualTo(CompanyCalendar.System.GREGORIAN);

        test(view.save).click();

        assertThat(calendar.system()).isEqualTo(CompanyCalendar.System.PERSIAN);
        assertThat(calendar.firstDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("The company calendar has been saved.");
        assertThat(view.unsaved.isVisible()).isFalse();
    }

    @Test
    void a_persian_reader_sees_the_days_from_saturday_and_the_dates_in_the_jalali_calendar() {
        UI.getCurrent().setLocale(FA);
        CompanyCalendarView view = navigate(CompanyCalendarView.class);

        assertThat(view.firstDay.getListDataView().getItems()).first().isEqualTo(DayOfWeek.SATURDAY);
        CalendarPreview p = service.preview(CompanyCalendar.System.GREGORIAN, DayOfWeek.MONDAY);
        assertThat(view.previewWeekDays.getText()).isEqualTo(
                Dates.date(p.weekFirstDay(), FA) + " تا " + Dates.date(p.weekLastDay(), FA));
        assertThat(view.previewMonth.getText()).startsWith("این ماه: ");
        assertThat(view.getPageTitle()).startsWith("تقویم سازمان · ");
    }
}
