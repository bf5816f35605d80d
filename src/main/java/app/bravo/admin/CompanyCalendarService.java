package app.bravo.admin;

import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditMessage;
import app.bravo.audit.AuditService;
import app.bravo.security.Roles;
import app.bravo.shared.time.CompanyCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company calendar's administration (DESIGN section 4): HR or an administrator chooses whether
 * the company counts Gregorian or Persian (Jalali) months and on which day its week begins. These
 * decide when allowances expire, how leaderboards and badges count and when pulse rounds recur, so
 * every change is audited. The time zone is no setting here: it comes from BRAVO_COMPANY_ZONE.
 */
@Service
@PreAuthorize(Roles.IS_HR_OR_ADMIN)
@Transactional(readOnly = true)
public class CompanyCalendarService {

    private final CompanyCalendar calendar;
    private final AuditService audit;

    CompanyCalendarService(CompanyCalendar calendar, AuditService audit) {
        this.calendar = calendar;
        this.audit = audit;
    }

    public CalendarSetting current() {
        return new CalendarSetting(calendar.system(), calendar.firstDayOfWeek(), calendar.zone());
    }

    /** Today's month and week as the company would count them with these settings, before they are saved. */
    public CalendarPreview preview(CompanyCalendar.System system, DayOfWeek firstDayOfWeek) {
        Instant now = calendar.now();
        ZoneId zone = calendar.zone();
        CompanyCalendar.Month month = calendar.monthOf(now, system);
        LocalDate weekStart = LocalDate.ofInstant(now, zone).with(TemporalAdjusters.previousOrSame(firstDayOfWeek));
        return new CalendarPreview(system, month.year(), month.month(),
                LocalDate.ofInstant(month.start(), zone), LocalDate.ofInstant(month.end(), zone).minusDays(1),
                weekStart, weekStart.plusDays(6));
    }

    /** Changes the company's months and first day of the week; saving what is already set changes and records nothing. */
    @Transactional
    public void update(CompanyCalendar.System system, DayOfWeek firstDayOfWeek) {
        CompanyCalendar.System wasSystem = calendar.system();
        DayOfWeek wasDay = calendar.firstDayOfWeek();
        if (wasSystem == system && wasDay == firstDayOfWeek) {
            return;
        }
        calendar.set(system, firstDayOfWeek);
        audit.record(AuditAction.COMPANY_CALENDAR_CHANGED, "company-calendar", 1,
                AuditMessage.of("audit.msg.company-calendar-changed")
                        .translated("months", "calendar.system.", system)
                        .translated("day", "calendar.day.", firstDayOfWeek)
                        .translated("wasMonths", "calendar.system.", wasSystem)
                        .translated("wasDay", "calendar.day.", wasDay));
    }
}
