package app.bravo.admin;

import app.bravo.shared.time.CompanyCalendar;
import java.time.LocalDate;

/**
 * Today's month and week as a company calendar would count them: the month of its calendar system
 * (year and number in that system) and the week from its first day, each by its first and last day
 * in the company zone.
 */
public record CalendarPreview(CompanyCalendar.System system, int year, int month,
                              LocalDate monthFirstDay, LocalDate monthLastDay,
                              LocalDate weekFirstDay, LocalDate weekLastDay) {
}
