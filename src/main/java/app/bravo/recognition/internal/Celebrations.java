package app.bravo.recognition.internal;

import app.bravo.recognition.Celebration;
import app.bravo.recognition.KudosPublished;
import app.bravo.shared.time.CompanyCalendar;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts the feed's celebrations (issue 13, point 6): each active person's work anniversary (the
 * day and month of their hire date, from the first year on) and the birthday of each person who
 * opted in, as a kudos of kind CELEBRATION with no giver and the person as its one recipient (the
 * message is a machine text, see {@link Celebration}).
 * <p>
 * Exactly once a year each, even with restarts, reruns and several instances: every celebration
 * carries a once-a-year key under a unique index, and is written with {@code INSERT IGNORE}, so
 * the second writer of a key adds nothing. Days missed while Bravo was down are caught up, as far
 * back as {@value #LOOK_BACK_DAYS} days but not into the year before. A day of 29 February is
 * celebrated on the 28th in other years. Days, months and years are the company calendar's: in a
 * Persian company a birthday falls on its Jalali day and an anniversary counts Jalali years (and the
 * once-a-year key carries the Jalali year).
 */
@Component
public class Celebrations {

    /** How many days (today included) a run looks at. */
    public static final int LOOK_BACK_DAYS = 7;
    /** How far (in days) a Jalali month and day moves on the Gregorian calendar from year to year, and some. */
    private static final int WINDOW_DAYS = 2;
    /** The leap year whose month and day a kept birthday is (see the preferences dialog). */
    private static final int BIRTHDAY_YEAR = 2000;

    private final JdbcClient jdbc;
    private final CompanyCalendar calendar;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    Celebrations(JdbcClient jdbc, CompanyCalendar calendar, ApplicationEventPublisher events,
                 PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Posts what today (in the company zone) and the days before it still lack; the new kudos' ids. */
    public List<Long> catchUp() {
        return catchUp(calendar.today());
    }

    /** Posts what this day and the {@value #LOOK_BACK_DAYS} days up to it (in its company year) still lack. */
    public List<Long> catchUp(LocalDate today) {
        CompanyCalendar.System system = calendar.system();
        int year = CompanyCalendar.dateOf(today, system).year();
        LocalDate first = today.minusDays(LOOK_BACK_DAYS - 1L);
        while (CompanyCalendar.dateOf(first, system).year() != year) {
            first = first.plusDays(1);
        }
        var posted = new ArrayList<Long>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            posted.addAll(celebrate(d, system));
        }
        return posted;
    }

    /** Posts this day's anniversaries and birthdays that are not posted yet; the new kudos' ids. */
    public List<Long> celebrate(LocalDate day) {
        return celebrate(day, calendar.system());
    }

    /**
     * Posts the anniversaries and birthdays whose month and day in the company calendar are this day's.
     * A Persian company celebrates a hire date or a birthday on its Jalali month and day each year, as
     * Iranians do; the same Jalali day falls on a Gregorian day that moves by one from year to year, so
     * the database is asked for the Gregorian days around this one and the exact match is made here.
     * A birthday is kept as a month and day of the leap year 2000 (the preferences dialog), whose
     * Jalali date it is.
     */
    private List<Long> celebrate(LocalDate day, CompanyCalendar.System system) {
        CompanyCalendar.CalendarDate today = CompanyCalendar.dateOf(day, system);
        var around = new ArrayList<Integer>();
        for (int shift = -WINDOW_DAYS; shift <= WINDOW_DAYS; shift++) {
            LocalDate d = day.plusDays(shift);
            // a 29 February kept from a leap year is asked for on a common year's last day of February
            int last = d.getDayOfMonth() == d.lengthOfMonth() ? 31 : d.getDayOfMonth();
            for (int dayOfMonth = d.getDayOfMonth(); dayOfMonth <= last; dayOfMonth++) {
                around.add(d.getMonthValue() * 100 + dayOfMonth);
            }
        }
        record Due(long personId, Celebration what) {
        }
        var due = new ArrayList<Due>();
        jdbc.sql("""
                SELECT p.id, p.hire_date
                FROM person p
                WHERE p.active = TRUE AND p.hire_date IS NOT NULL AND MONTH(p.hire_date) * 100 + DAYOFMONTH(p.hire_date) IN (:around)
                  AND NOT EXISTS (SELECT 1 FROM kudos c WHERE c.celebration_key = CONCAT('ANNIVERSARY:', p.id, ':', :year))
                ORDER BY p.id""")
                .param("year", today.year()).param("around", around)
                .query(rs -> {
                    CompanyCalendar.CalendarDate hired = CompanyCalendar.dateOf(rs.getObject(2, LocalDate.class), system);
                    if (hired.year() < today.year() && sameDay(hired, today)) {
                        due.add(new Due(rs.getLong(1), Celebration.anniversary(today.year() - hired.year())));
                    }
                });
        jdbc.sql("""
                SELECT p.id, pref.birthday_month, pref.birthday_day
                FROM recognition_preference pref JOIN person p ON p.id = pref.person_id
                WHERE p.active = TRUE AND pref.celebrate_birthday = TRUE AND pref.birthday_month * 100 + pref.birthday_day IN (:around)
                  AND NOT EXISTS (SELECT 1 FROM kudos c WHERE c.celebration_key = CONCAT('BIRTHDAY:', p.id, ':', :year))
                ORDER BY p.id""")
                .param("year", today.year()).param("around", around)
                .query(rs -> {
                    var born = CompanyCalendar.dateOf(LocalDate.of(BIRTHDAY_YEAR, rs.getInt(2), rs.getInt(3)), system);
                    if (sameDay(born, today)) {
                        due.add(new Due(rs.getLong(1), Celebration.birthday()));
                    }
                });
        var posted = new ArrayList<Long>();
        for (Due d : due) {
            Long id = transaction.execute(status -> post(d.personId(), d.what(), day, today.year()));
            if (id != null) {
                posted.add(id);
            }
        }
        return posted;
    }

    /** Whether a date's month and day fall on this day; a day past the end of a shorter month falls on its last day. */
    private static boolean sameDay(CompanyCalendar.CalendarDate date, CompanyCalendar.CalendarDate day) {
        return date.month() == day.month() && (date.day() == day.day() || (day.lastOfMonth() && date.day() > day.day()));
    }

    /** Writes one celebration unless its key exists; published (live) after commit. */
    private @Nullable Long post(long personId, Celebration what, LocalDate day, int year) {
        var key = new GeneratedKeyHolder();
        int inserted = jdbc.sql("""
                INSERT IGNORE INTO kudos (kind, status, giver_id, message, private_kudos, celebration_key, hidden,
                                          created_at, published_at, version)
                VALUES ('CELEBRATION', 'PUBLISHED', NULL, :message, FALSE, :key, FALSE, :now, :at, 0)""")
                .param("message", what.message()).param("key", what.key(personId, year))
                .param("now", Timestamp.from(calendar.now()))
                .param("at", Timestamp.from(calendar.startOf(day)))
                .update(key, "id");
        if (inserted == 0 || key.getKey() == null) {
            return null;
        }
        long id = key.getKey().longValue();
        jdbc.sql("INSERT INTO kudos_recipient (kudos_id, person_id, points) VALUES (:k, :p, 0)")
                .param("k", id).param("p", personId).update();
        events.publishEvent(new KudosPublished(id));
        return id;
    }
}
