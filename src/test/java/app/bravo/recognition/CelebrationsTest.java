package app.bravo.recognition;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.recognition.internal.Celebrations;
import app.bravo.shared.live.Broadcaster;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Work anniversaries and birthdays in the feed, run for chosen days of far-past years (2003, 2004)
 * on people hired or born on days no other test uses, so that each test finds only its own.
 */
@IntegrationTest
class CelebrationsTest {

    @Autowired Fixtures fixtures;
    @Autowired Celebrations celebrations;
    @Autowired Broadcaster broadcaster;
    @Autowired JdbcClient jdbc;
    @Autowired app.bravo.TestClock clock;
    @Autowired app.bravo.shared.time.CompanyCalendar calendar;
    KudosRows rows;

    /** A celebration row as the feed reads it. */
    record Row(String kind, String status, Long giver, String message, String key, Instant publishedAt, long recipient,
               int points) {
    }

    @BeforeEach
    void setUp() {
        rows = new KudosRows(jdbc);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private long hired(LocalDate day) {
        long id = fixtures.person("Hired " + day).getId();
        rows.hireDate(id, day);
        return id;
    }

    private long born(int month, int day, boolean celebrate) {
        long id = fixtures.person("Born").getId();
        rows.hireDate(id, null);
        jdbc.sql("""
                INSERT INTO recognition_preference (person_id, celebrate_birthday, birthday_month, birthday_day)
                VALUES (:p, :c, :m, :d)""").param("p", id).param("c", celebrate).param("m", month).param("d", day).update();
        return id;
    }

    private List<Row> celebrationsOf(long person) {
        return jdbc.sql("""
                SELECT k.kind, k.status, k.giver_id, k.message, k.celebration_key, k.published_at, r.person_id, r.points
                FROM kudos k JOIN kudos_recipient r ON r.kudos_id = k.id
                WHERE k.kind = 'CELEBRATION' AND r.person_id = :p ORDER BY k.id""")
                .param("p", person)
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), (Long) rs.getObject(3, Long.class), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getLong(7), rs.getInt(8)))
                .list();
    }

    @Test
    void an_anniversary_and_an_opted_in_birthday_are_posted_once_however_often_the_job_runs() {
        long hired = hired(LocalDate.of(1995, 7, 19));
        long born = born(7, 20, true);
        long notOptedIn = born(7, 20, false);
        var heard = new CopyOnWriteArrayList<KudosPublished>();
        var registration = broadcaster.subscribe(KudosPublished.class, heard::add);
        try {
            List<Long> posted = celebrations.catchUp(LocalDate.of(2003, 7, 21));

            assertThat(celebrationsOf(hired)).containsExactly(new Row("CELEBRATION", "PUBLISHED", null, "ANNIVERSARY:8",
                    "ANNIVERSARY:" + hired + ":2003", Instant.parse("2003-07-19T00:00:00Z"), hired, 0));
            assertThat(celebrationsOf(born)).containsExactly(new Row("CELEBRATION", "PUBLISHED", null, "BIRTHDAY",
                    "BIRTHDAY:" + born + ":2003", Instant.parse("2003-07-20T00:00:00Z"), born, 0));
            assertThat(celebrationsOf(notOptedIn)).isEmpty();
            List<Long> mine = jdbc.sql("SELECT kudos_id FROM kudos_recipient WHERE person_id IN (:p) ORDER BY kudos_id")
                    .param("p", List.of(hired, born)).query(Long.class).list();
            assertThat(posted).containsAll(mine);
            await().untilAsserted(() -> assertThat(heard).extracting(KudosPublished::kudosId).containsAll(mine));

            assertThat(celebrations.catchUp(LocalDate.of(2003, 7, 21))).isEmpty();
            assertThat(celebrations.catchUp(LocalDate.of(2003, 7, 22))).doesNotContainAnyElementsOf(mine);
            assertThat(celebrations.celebrate(LocalDate.of(2003, 7, 19))).isEmpty();
            assertThat(celebrationsOf(hired)).hasSize(1);
            assertThat(celebrationsOf(born)).hasSize(1);
        } finally {
            registration.remove();
        }
        assertThat(Celebration.parse("ANNIVERSARY:8")).contains(Celebration.anniversary(8));
        assertThat(Celebration.parse("BIRTHDAY")).contains(Celebration.birthday());
        assertThat(Celebration.parse("Thanks")).isEmpty();
    }

    @Test
    void days_missed_while_down_are_caught_up_for_a_week_but_not_into_last_year() {
        long missed = hired(LocalDate.of(1994, 8, 11));      // six days before the run
        long tooLongAgo = hired(LocalDate.of(1994, 8, 10));  // seven days before it
        long newYearsEve = hired(LocalDate.of(1994, 12, 31));

        celebrations.catchUp(LocalDate.of(2003, 8, 17));
        celebrations.catchUp(LocalDate.of(2004, 1, 2));

        assertThat(celebrationsOf(missed)).extracting(Row::message, Row::publishedAt)
                .containsExactly(org.assertj.core.api.Assertions.tuple("ANNIVERSARY:9", Instant.parse("2003-08-11T00:00:00Z")));
        assertThat(celebrationsOf(tooLongAgo)).isEmpty();
        assertThat(celebrationsOf(newYearsEve)).isEmpty();
    }

    @Test
    void a_persian_company_celebrates_birthdays_and_anniversaries_on_their_jalali_day_once_a_jalali_year() {
        // 20 March 2000 and 20 March 2020 were both 1 Farvardin (Nowruz); in 2026 Nowruz falls on 21 March
        long hired = hired(LocalDate.of(2020, 3, 20));
        long born = born(3, 20, true);
        var kept = calendar.system();
        var keptDay = calendar.firstDayOfWeek();
        calendar.set(app.bravo.shared.time.CompanyCalendar.System.PERSIAN, java.time.DayOfWeek.SATURDAY);
        try {
            clock.set(Instant.parse("2026-03-20T12:00:00Z"));   // 29 Esfand 1404: the Gregorian day, not the Jalali one
            celebrations.catchUp();
            assertThat(celebrationsOf(hired)).isEmpty();
            assertThat(celebrationsOf(born)).isEmpty();

            clock.set(Instant.parse("2026-03-21T12:00:00Z"));   // 1 Farvardin 1405
            celebrations.catchUp();
            celebrations.catchUp();
            Instant nowruz = calendar.startOf(LocalDate.of(2026, 3, 21));
            assertThat(celebrationsOf(hired)).extracting(Row::message, Row::key, Row::publishedAt).containsExactly(
                    org.assertj.core.api.Assertions.tuple("ANNIVERSARY:6", "ANNIVERSARY:" + hired + ":1405", nowruz));
            assertThat(celebrationsOf(born)).extracting(Row::key, Row::publishedAt).containsExactly(
                    org.assertj.core.api.Assertions.tuple("BIRTHDAY:" + born + ":1405", nowruz));

            clock.set(Instant.parse("2026-03-24T12:00:00Z"));
            celebrations.catchUp();
            assertThat(celebrationsOf(hired)).hasSize(1);
            assertThat(celebrationsOf(born)).hasSize(1);
        } finally {
            calendar.set(kept, keptDay);
            clock.reset();
        }
    }

    @Test
    void the_29th_of_february_is_celebrated_on_the_28th_in_other_years() {
        long leapHire = hired(LocalDate.of(1996, 2, 29));
        long leapBirthday = born(2, 29, true);

        celebrations.celebrate(LocalDate.of(2003, 2, 28));
        assertThat(celebrationsOf(leapHire)).extracting(Row::message, Row::key)
                .containsExactly(org.assertj.core.api.Assertions.tuple("ANNIVERSARY:7", "ANNIVERSARY:" + leapHire + ":2003"));
        assertThat(celebrationsOf(leapBirthday)).extracting(Row::key).containsExactly("BIRTHDAY:" + leapBirthday + ":2003");

        assertThat(celebrations.celebrate(LocalDate.of(2004, 2, 28))).doesNotContainAnyElementsOf(
                jdbc.sql("SELECT kudos_id FROM kudos_recipient WHERE person_id IN (:p)")
                        .param("p", List.of(leapHire, leapBirthday)).query(Long.class).list());
        assertThat(celebrationsOf(leapHire)).hasSize(1);
        celebrations.celebrate(LocalDate.of(2004, 2, 29));
        assertThat(celebrationsOf(leapHire)).extracting(Row::message, Row::publishedAt).containsExactly(
                org.assertj.core.api.Assertions.tuple("ANNIVERSARY:7", Instant.parse("2003-02-28T00:00:00Z")),
                org.assertj.core.api.Assertions.tuple("ANNIVERSARY:8", Instant.parse("2004-02-29T00:00:00Z")));
        assertThat(celebrationsOf(leapBirthday)).hasSize(2);
    }

    @Test
    void no_anniversary_in_the_year_of_hiring_nor_for_people_who_left() {
        long sameYear = hired(LocalDate.of(2003, 9, 3));
        long left = hired(LocalDate.of(1990, 9, 3));
        rows.deactivate(left);
        long leftBirthday = born(9, 3, true);
        rows.deactivate(leftBirthday);

        celebrations.celebrate(LocalDate.of(2003, 9, 3));

        assertThat(celebrationsOf(sameYear)).isEmpty();
        assertThat(celebrationsOf(left)).isEmpty();
        assertThat(celebrationsOf(leftBirthday)).isEmpty();
    }
}
