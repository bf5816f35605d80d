package app.bravo.shared.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The company calendar (DESIGN section 4): the company's time zone ({@code bravo.company-zone},
 * from BRAVO_COMPANY_ZONE), whether its months are Gregorian or Persian (Jalali), and the first day
 * of its week. Allowances expire, leaderboards and badges count, and pulse rounds recur by it.
 * <p>
 * The two settings live in the one row of {@code company_calendar} (V016) and are read on every
 * use, so that every instance of a cluster agrees at once after a change. An administrator changes
 * them through the admin feature's service; this component has no security of its own.
 */
@Component
public class CompanyCalendar {

    /** Which months the company counts in. */
    public enum System { GREGORIAN, PERSIAN }

    /**
     * One month of the company calendar: a key that names it ({@code G2026-12}, {@code P1405-09}),
     * its first instant and the first instant after it, in the company zone.
     */
    public record Month(String key, System system, int year, int month, Instant start, Instant end) {
        public boolean contains(Instant instant) {
            return !instant.isBefore(start) && instant.isBefore(end);
        }
    }

    /** A span of whole days in the company zone: from {@code start} (inclusive) to {@code end} (exclusive). */
    public record Span(LocalDate firstDay, LocalDate lastDay, Instant start, Instant end) {
    }

    /**
     * A day as the company calendar names it: its year, month (1-12) and day of month, and whether it
     * is the last day of its month (a 28 February, a 29 Esfand in a common year).
     */
    public record CalendarDate(int year, int month, int day, boolean lastOfMonth) {
    }

    private static final Pattern KEY = Pattern.compile("([GP])(\\d{4})-(\\d{2})");
    private static final ULocale PERSIAN_CALENDAR = new ULocale("fa_IR@calendar=persian");
    private static final ULocale GREGORIAN_CALENDAR = new ULocale("en_GB@calendar=gregorian");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    CompanyCalendar(JdbcClient jdbc, Clock clock, @Value("${bravo.company-zone:UTC}") ZoneId zone) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public System system() {
        return jdbc.sql("SELECT calendar_system FROM company_calendar WHERE id = 1")
                .query(String.class).optional().map(System::valueOf).orElse(System.GREGORIAN);
    }

    public DayOfWeek firstDayOfWeek() {
        return jdbc.sql("SELECT first_day_of_week FROM company_calendar WHERE id = 1")
                .query(String.class).optional().map(DayOfWeek::valueOf).orElse(DayOfWeek.MONDAY);
    }

    /** Changes the calendar; the caller (a service) checks who may and audits it. */
    public void set(System system, DayOfWeek firstDayOfWeek) {
        jdbc.sql("""
                INSERT INTO company_calendar (id, calendar_system, first_day_of_week) VALUES (1, :s, :d)
                ON DUPLICATE KEY UPDATE calendar_system = :s, first_day_of_week = :d""")
                .param("s", system.name()).param("d", firstDayOfWeek.name()).update();
    }

    public Instant now() {
        return clock.instant();
    }

    /** Today in the company zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The day (company zone) that holds this instant, as a span. */
    public Span dayOf(Instant instant) {
        LocalDate d = LocalDate.ofInstant(instant, zone);
        return new Span(d, d, startOf(d), startOf(d.plusDays(1)));
    }

    /** The week (company zone, starting on the company's first day of the week) that holds this instant. */
    public Span weekOf(Instant instant) {
        LocalDate d = LocalDate.ofInstant(instant, zone).with(TemporalAdjusters.previousOrSame(firstDayOfWeek()));
        return new Span(d, d.plusDays(6), startOf(d), startOf(d.plusDays(7)));
    }

    /** The month of the company calendar that holds this instant. */
    public Month monthOf(Instant instant) {
        return monthOf(instant, system());
    }

    public Month currentMonth() {
        return monthOf(clock.instant());
    }

    public Month monthOf(Instant instant, System system) {
        Calendar c = calendar(system);
        c.setTime(Date.from(instant));
        return month(system, c.get(Calendar.YEAR), c.get(Calendar.MONTH) + 1);
    }

    /** The month a key names. */
    public Month month(String key) {
        Matcher m = KEY.matcher(key);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a month key: " + key);
        }
        return month(m.group(1).equals("P") ? System.PERSIAN : System.GREGORIAN,
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** The month after this one, in the same calendar. */
    public Month next(Month month) {
        return monthOf(month.end(), month.system());
    }

    /** The month before this one, in the same calendar. */
    public Month previous(Month month) {
        return monthOf(month.start().minusSeconds(1), month.system());
    }

    /** The month with this year and number (1-12) in this calendar; its bounds are midnights in the company zone. */
    public Month month(System system, int year, int month) {
        Calendar c = calendar(system);
        c.clear();
        c.set(year, month - 1, 1);
        LocalDate first = LocalDate.ofInstant(c.getTime().toInstant(), zone);
        c.add(Calendar.MONTH, 1);
        LocalDate next = LocalDate.ofInstant(c.getTime().toInstant(), zone);
        String key = (system == System.PERSIAN ? "P" : "G") + String.format("%04d-%02d", year, month);
        return new Month(key, system, year, month, startOf(first), startOf(next));
    }

    /** This day in the company calendar. */
    public CalendarDate dateOf(LocalDate day) {
        return dateOf(day, system());
    }

    /** This day in the given calendar. */
    public static CalendarDate dateOf(LocalDate day, System system) {
        Calendar c = Calendar.getInstance(TimeZone.GMT_ZONE, system == System.PERSIAN ? PERSIAN_CALENDAR : GREGORIAN_CALENDAR);
        c.setTime(Date.from(day.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC)));
        int d = c.get(Calendar.DAY_OF_MONTH);
        return new CalendarDate(c.get(Calendar.YEAR), c.get(Calendar.MONTH) + 1, d, d == c.getActualMaximum(Calendar.DAY_OF_MONTH));
    }

    private Calendar calendar(System system) {
        return Calendar.getInstance(TimeZone.getTimeZone(zone.getId()),
                system == System.PERSIAN ? PERSIAN_CALENDAR : GREGORIAN_CALENDAR);
    }
}
