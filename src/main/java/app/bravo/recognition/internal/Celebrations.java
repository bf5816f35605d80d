package app.bravo.recognition.internal;

import app.bravo.recognition.Celebration;
import app.bravo.recognition.KudosPublished;
import app.bravo.shared.time.CompanyCalendar;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Month;
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
 * celebrated on the 28th in other years.
 */
@Component
public class Celebrations {

    /** How many days (today included) a run looks at. */
    public static final int LOOK_BACK_DAYS = 7;

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

    /** Posts what this day and the {@value #LOOK_BACK_DAYS} days up to it (in its year) still lack. */
    public List<Long> catchUp(LocalDate today) {
        LocalDate first = today.minusDays(LOOK_BACK_DAYS - 1L);
        if (first.getYear() != today.getYear()) {
            first = today.withDayOfYear(1);
        }
        var posted = new ArrayList<Long>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            posted.addAll(celebrate(d));
        }
        return posted;
    }

    /** Posts this day's anniversaries and birthdays that are not posted yet; the new kudos' ids. */
    public List<Long> celebrate(LocalDate day) {
        List<Integer> days = day.getMonth() == Month.FEBRUARY && day.getDayOfMonth() == 28 && !day.isLeapYear()
                ? List.of(28, 29) : List.of(day.getDayOfMonth());
        var posted = new ArrayList<Long>();
        record Due(long personId, Celebration what) {
        }
        var due = new ArrayList<Due>();
        jdbc.sql("""
                SELECT p.id, :year - YEAR(p.hire_date)
                FROM person p
                WHERE p.active = TRUE AND p.hire_date IS NOT NULL AND MONTH(p.hire_date) = :month
                  AND DAYOFMONTH(p.hire_date) IN (:days) AND YEAR(p.hire_date) < :year
                  AND NOT EXISTS (SELECT 1 FROM kudos c WHERE c.celebration_key = CONCAT('ANNIVERSARY:', p.id, ':', :year))
                ORDER BY p.id""")
                .param("year", day.getYear()).param("month", day.getMonthValue()).param("days", days)
                .query(rs -> {
                    due.add(new Due(rs.getLong(1), Celebration.anniversary(rs.getInt(2))));
                });
        jdbc.sql("""
                SELECT p.id
                FROM recognition_preference pref JOIN person p ON p.id = pref.person_id
                WHERE p.active = TRUE AND pref.celebrate_birthday = TRUE AND pref.birthday_month = :month
                  AND pref.birthday_day IN (:days)
                  AND NOT EXISTS (SELECT 1 FROM kudos c WHERE c.celebration_key = CONCAT('BIRTHDAY:', p.id, ':', :year))
                ORDER BY p.id""")
                .param("year", day.getYear()).param("month", day.getMonthValue()).param("days", days)
                .query(rs -> {
                    due.add(new Due(rs.getLong(1), Celebration.birthday()));
                });
        for (Due d : due) {
            Long id = transaction.execute(status -> post(d.personId(), d.what(), day));
            if (id != null) {
                posted.add(id);
            }
        }
        return posted;
    }

    /** Writes one celebration unless its key exists; published (live) after commit. */
    private @Nullable Long post(long personId, Celebration what, LocalDate day) {
        var key = new GeneratedKeyHolder();
        int inserted = jdbc.sql("""
                INSERT IGNORE INTO kudos (kind, status, giver_id, message, private_kudos, celebration_key, hidden,
                                          created_at, published_at, version)
                VALUES ('CELEBRATION', 'PUBLISHED', NULL, :message, FALSE, :key, FALSE, :now, :at, 0)""")
                .param("message", what.message()).param("key", what.key(personId, day.getYear()))
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
