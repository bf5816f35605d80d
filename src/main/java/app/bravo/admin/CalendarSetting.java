package app.bravo.admin;

import app.bravo.shared.time.CompanyCalendar;
import java.time.DayOfWeek;
import java.time.ZoneId;

/** The company calendar as it stands: its months, the first day of its week, and its time zone (from BRAVO_COMPANY_ZONE). */
public record CalendarSetting(CompanyCalendar.System system, DayOfWeek firstDayOfWeek, ZoneId zone) {
}
