package app.bravo.admin;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditEntry;
import app.bravo.audit.AuditService;
import app.bravo.security.BravoUser;
import app.bravo.security.Role;
import app.bravo.shared.time.CompanyCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HR and administrators set the company calendar; each change is in the audit log; no one else may. */
@IntegrationTest
class CompanyCalendarServiceTest {

    @Autowired CompanyCalendarService service;
    @Autowired CompanyCalendar calendar;
    @Autowired AuditService audit;
    @Autowired Fixtures fixtures;

    private CompanyCalendar.System keptSystem;
    private DayOfWeek keptDay;

    @BeforeEach
    void keepTheSetting() {
        keptSystem = calendar.system();
        keptDay = calendar.firstDayOfWeek();
        calendar.set(CompanyCalendar.System.GREGORIAN, DayOfWeek.MONDAY);
    }

    @AfterEach
    void restoreTheSetting() {
        calendar.set(keptSystem, keptDay);
        Fixtures.signOut();
    }

    private List<AuditEntry> changesBy(BravoUser who) {
        fixtures.signInAs(Role.ADMIN);
        return audit.find(AuditAction.COMPANY_CALENDAR_CHANGED, who.email(), PageRequest.of(0, 5)).getContent();
    }

    @Test
    void hr_changes_the_calendar_and_the_change_is_audited_with_what_it_was() {
        BravoUser hr = fixtures.signInAs(Role.HR);
        service.update(CompanyCalendar.System.PERSIAN, DayOfWeek.SATURDAY);

        CalendarSetting now = service.current();
        assertThat(now.system()).isEqualTo(CompanyCalendar.System.PERSIAN);
        assertThat(now.firstDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(now.zone()).isEqualTo(calendar.zone());
        assertThat(calendar.system()).isEqualTo(CompanyCalendar.System.PERSIAN);

        List<AuditEntry> entries = changesBy(hr);
        assertThat(entries).hasSize(1);
        AuditEntry e = entries.getFirst();
        assertThat(e.getActor()).isEqualTo(hr.email());
        assertThat(e.getTargetType()).isEqualTo("company-calendar");
        assertThat(e.getMessageKey()).isEqualTo("audit.msg.company-calendar-changed");
        assertThat(e.getParams())
                .contains("\"months\":{\"key\":\"calendar.system.PERSIAN\"}")
                .contains("\"day\":{\"key\":\"calendar.day.SATURDAY\"}")
                .contains("\"wasMonths\":{\"key\":\"calendar.system.GREGORIAN\"}")
                .contains("\"wasDay\":{\"key\":\"calendar.day.MONDAY\"}");
    }

    @Test
    void saving_the_calendar_unchanged_records_nothing() {
        BravoUser admin = fixtures.signInAs(Role.ADMIN);
        service.update(CompanyCalendar.System.GREGORIAN, DayOfWeek.MONDAY);

        assertThat(changesBy(admin)).isEmpty();
        assertThat(calendar.system()).isEqualTo(CompanyCalendar.System.GREGORIAN);
    }

    @Test
    void an_employee_may_neither_read_nor_change_the_calendar() {
        fixtures.signInAs();
        assertThatThrownBy(() -> service.update(CompanyCalendar.System.PERSIAN, DayOfWeek.SATURDAY))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.current()).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(calendar.system()).isEqualTo(CompanyCalendar.System.GREGORIAN);
        assertThat(calendar.firstDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void a_moderator_may_not_change_the_calendar() {
        fixtures.signInAs(Role.MODERATOR);
        assertThatThrownBy(() -> service.update(CompanyCalendar.System.PERSIAN, DayOfWeek.SUNDAY))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(calendar.system()).isEqualTo(CompanyCalendar.System.GREGORIAN);
    }

    @Test
    void the_preview_shows_todays_month_and_week_as_the_chosen_setting_would_count_them_without_saving_it() {
        fixtures.signInAs(Role.HR);
        LocalDate today = calendar.today();
        CompanyCalendar.Month persianMonth = calendar.monthOf(calendar.now(), CompanyCalendar.System.PERSIAN);

        CalendarPreview p = service.preview(CompanyCalendar.System.PERSIAN, DayOfWeek.SATURDAY);

        assertThat(p.system()).isEqualTo(CompanyCalendar.System.PERSIAN);
        assertThat(p.year()).isEqualTo(persianMonth.year());
        assertThat(p.month()).isEqualTo(persianMonth.month());
        assertThat(calendar.startOf(p.monthFirstDay())).isEqualTo(persianMonth.start());
        assertThat(calendar.startOf(p.monthLastDay().plusDays(1))).isEqualTo(persianMonth.end());
        assertThat(p.weekFirstDay().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(p.weekLastDay()).isEqualTo(p.weekFirstDay().plusDays(6));
        assertThat(today).isBetween(p.weekFirstDay(), p.weekLastDay());
        assertThat(calendar.system()).as("a preview saves nothing").isEqualTo(CompanyCalendar.System.GREGORIAN);
    }
}
