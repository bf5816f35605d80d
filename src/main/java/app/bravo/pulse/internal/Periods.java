package app.bravo.pulse.internal;

import app.bravo.pulse.Schedule;
import app.bravo.shared.time.CompanyCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The periods rounds recur in, by the company calendar (DESIGN section 4): weeks start on the
 * company's first day of the week, months and quarters are Gregorian or Persian as the company
 * counts, all bounded by midnights in the company zone. Each period has a key that names it, which
 * the round's unique key (survey, period) holds on to.
 */
@Component
public class Periods {

    /** The round of a period: its key and when it opens and closes. */
    public record Window(String key, Instant opensAt, Instant closesAt) {
        public boolean contains(Instant instant) {
            return !instant.isBefore(opensAt) && instant.isBefore(closesAt);
        }
    }

    private final CompanyCalendar calendar;

    Periods(CompanyCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The round of this schedule whose time holds {@code now}, cut to the schedule's first and last
     * day, or empty when none does (not begun, ended, or a one-off's window passed).
     */
    public Optional<Window> current(Schedule schedule, Instant now) {
        Instant first = calendar.startOf(schedule.opensOn());
        Instant last = schedule.closesOn() == null ? Instant.MAX : calendar.startOf(schedule.closesOn());
        Window period = switch (schedule.recurrence()) {
            case NONE -> new Window("ONCE", first, last);
            case WEEKLY -> week(now);
            case BIWEEKLY -> fortnight(schedule.opensOn(), now);
            case MONTHLY -> {
                CompanyCalendar.Month m = calendar.monthOf(now);
                yield new Window(m.key(), m.start(), m.end());
            }
            case QUARTERLY -> quarter(now);
        };
        Instant opens = period.opensAt().isBefore(first) ? first : period.opensAt();
        Instant closes = period.closesAt().isAfter(last) ? last : period.closesAt();
        Window window = new Window(period.key(), opens, closes);
        return opens.isBefore(closes) && window.contains(now) ? Optional.of(window) : Optional.empty();
    }

    private Window week(Instant now) {
        CompanyCalendar.Span w = calendar.weekOf(now);
        return new Window("W" + w.firstDay(), w.start(), w.end());
    }

    /** Two weeks at a time, counted from the week that holds the schedule's first day. */
    private Window fortnight(LocalDate opensOn, Instant now) {
        LocalDate anchor = calendar.weekOf(calendar.startOf(opensOn)).firstDay();
        LocalDate week = calendar.weekOf(now).firstDay();
        long pairs = Math.floorDiv(ChronoUnit.DAYS.between(anchor, week), 14);
        LocalDate start = anchor.plusDays(pairs * 14);
        return new Window("B" + start, calendar.startOf(start), calendar.startOf(start.plusDays(14)));
    }

    private Window quarter(Instant now) {
        CompanyCalendar.Month m = calendar.monthOf(now);
        int q = (m.month() - 1) / 3 + 1;
        CompanyCalendar.Month first = calendar.month(m.system(), m.year(), q * 3 - 2);
        CompanyCalendar.Month third = calendar.month(m.system(), m.year(), q * 3);
        String prefix = m.system() == CompanyCalendar.System.PERSIAN ? "PQ" : "GQ";
        return new Window(prefix + m.year() + "-" + q, first.start(), third.end());
    }

    /** Whether the schedule has no round left from {@code now} on. */
    public boolean over(Schedule schedule, Instant now) {
        return schedule.closesOn() != null && !now.isBefore(calendar.startOf(schedule.closesOn()));
    }
}
