package app.bravo.recognition;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.Person;
import app.bravo.shared.time.CompanyCalendar;
import app.bravo.shared.time.CompanyCalendar.Month;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Badges and a profile's values, computed from each test's own kudos rows. */
@IntegrationTest
class BadgesTest {

    private static final Instant LONG_AGO = Instant.parse("2002-10-10T10:00:00Z");

    @Autowired Fixtures fixtures;
    @Autowired LeaderboardService leaderboards;
    @Autowired CompanyCalendar calendar;
    @Autowired JdbcClient jdbc;
    KudosRows rows;

    @BeforeEach
    void setUp() {
        rows = new KudosRows(jdbc);
        fixtures.signInAs();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private long person() {
        return fixtures.person("Badged").getId();
    }

    private void receives(long person, int kudos) {
        long giver = person();
        for (int i = 0; i < kudos; i++) {
            rows.small(giver, person, 0, LONG_AGO.plusSeconds(i));
        }
    }

    @Test
    void someone_without_kudos_has_no_badge() {
        assertThat(leaderboards.badges(person())).isEmpty();
    }

    @Test
    void the_first_ten_and_fifty_kudos_received_each_earn_a_badge() {
        long one = person();
        long nine = person();
        long ten = person();
        long fifty = person();
        receives(one, 1);
        receives(nine, 9);
        receives(ten, 10);
        receives(fifty, 50);

        assertThat(leaderboards.badges(one)).extracting(Badge::kind).containsExactly(BadgeKind.FIRST_KUDOS);
        assertThat(leaderboards.badges(nine)).extracting(Badge::kind).containsExactly(BadgeKind.FIRST_KUDOS);
        assertThat(leaderboards.badges(ten)).extracting(Badge::kind).containsExactly(BadgeKind.FIRST_KUDOS, BadgeKind.TEN_KUDOS);
        assertThat(leaderboards.badges(fifty)).extracting(Badge::kind)
                .containsExactly(BadgeKind.FIRST_KUDOS, BadgeKind.TEN_KUDOS, BadgeKind.FIFTY_KUDOS);
    }

    @Test
    void private_and_hidden_kudos_earn_no_badge() {
        long p = person();
        long giver = person();
        rows.kudos(KudosRows.Kind.PRIVATE, giver, Map.of(p, 1), LONG_AGO);
        rows.kudos(KudosRows.Kind.HIDDEN, giver, Map.of(p, 1), LONG_AGO);
        rows.kudos(KudosRows.Kind.DELETED, giver, Map.of(p, 1), LONG_AGO);
        assertThat(leaderboards.badges(p)).isEmpty();
        assertThat(leaderboards.totals(p)).isEqualTo(new RecognitionTotals(0, 0));
    }

    @Test
    void giving_ten_kudos_makes_a_generous_giver() {
        long generous = person();
        long almost = person();
        long someone = person();
        for (int i = 0; i < 10; i++) {
            rows.small(generous, someone, 0, LONG_AGO.plusSeconds(i));
        }
        for (int i = 0; i < 9; i++) {
            rows.small(almost, someone, 0, LONG_AGO.plusSeconds(i));
        }
        rows.kudos(KudosRows.Kind.PRIVATE, almost, Map.of(someone, 0), LONG_AGO);

        assertThat(leaderboards.badges(generous)).extracting(Badge::kind).containsExactly(BadgeKind.GENEROUS_GIVER);
        assertThat(leaderboards.badges(almost)).isEmpty();
        assertThat(leaderboards.totals(generous)).isEqualTo(new RecognitionTotals(0, 10));
    }

    @Test
    void an_approved_big_win_earns_a_badge_and_a_pending_one_does_not() {
        long winner = person();
        long waiting = person();
        long nominator = person();
        rows.kudos(KudosRows.Kind.BIG, nominator, Map.of(winner, 20), LONG_AGO);
        rows.kudos(KudosRows.Kind.PENDING_BIG, nominator, Map.of(waiting, 20), LONG_AGO);

        assertThat(leaderboards.badges(winner)).extracting(Badge::kind).containsExactly(BadgeKind.FIRST_KUDOS, BadgeKind.BIG_WIN);
        assertThat(leaderboards.badges(waiting)).isEmpty();
    }

    @Test
    void the_value_champion_of_an_ended_month_is_whoever_received_most_kudos_with_it_and_ties_all_win() {
        long value = rows.value("Courage");
        long other = rows.value("Care");
        long giver = person();
        long ana = person();
        long ben = person();
        long cy = person();
        long dee = person();
        Month current = calendar.currentMonth();
        Month last = calendar.previous(current);
        Month before = calendar.previous(last);
        Month yearAgo = last;
        for (int i = 0; i < LeaderboardService.CHAMPION_MONTHS; i++) {
            yearAgo = calendar.previous(yearAgo);
        }
        Instant inLast = last.start().plusSeconds(3600);
        for (int i = 0; i < 3; i++) {
            rows.small(giver, ana, 0, inLast.plusSeconds(i), value);
            rows.small(giver, ben, 0, inLast.plusSeconds(i), value);
        }
        rows.small(giver, cy, 0, inLast, value);
        rows.small(giver, cy, 0, inLast.plusSeconds(1), value);
        rows.small(giver, cy, 0, inLast.plusSeconds(2), other);       // another value does not add up
        rows.kudos(KudosRows.Kind.PRIVATE, giver, Map.of(cy, 0), inLast, value);
        rows.kudos(KudosRows.Kind.PRIVATE, giver, Map.of(cy, 0), inLast, value);
        rows.small(giver, cy, 0, before.start(), other);               // alone with it in the month before
        rows.small(giver, dee, 0, current.start(), value);             // this month has not ended
        rows.small(giver, dee, 0, yearAgo.start(), value);             // thirteen months ago

        assertThat(leaderboards.badges(ana)).filteredOn(b -> b.kind() == BadgeKind.VALUE_CHAMPION)
                .extracting(Badge::valueId, Badge::month, Badge::kudos).containsExactly(tuple(value, last, 3L));
        assertThat(leaderboards.badges(ben)).filteredOn(b -> b.kind() == BadgeKind.VALUE_CHAMPION)
                .extracting(Badge::valueId, Badge::month).containsExactly(tuple(value, last));
        // Cy is the only one with "Care" last month and the month before; not champion of "Courage"
        assertThat(leaderboards.badges(cy)).filteredOn(b -> b.kind() == BadgeKind.VALUE_CHAMPION)
                .extracting(Badge::valueId, Badge::month).containsExactly(tuple(other, last), tuple(other, before));
        assertThat(leaderboards.badges(dee)).extracting(Badge::kind).containsExactly(BadgeKind.FIRST_KUDOS);
        assertThat(leaderboards.badges(ana).getLast().valueName()).startsWith("Courage");
    }

    @Test
    void a_profile_lists_the_values_a_person_is_recognised_for_most_first() {
        long courage = rows.value("Courage");
        long care = rows.value("Care");
        long giver = person();
        long p = person();
        rows.small(giver, p, 0, LONG_AGO, courage, care);
        rows.small(giver, p, 0, LONG_AGO, care);
        rows.small(giver, p, 0, LONG_AGO, care);
        rows.kudos(KudosRows.Kind.PRIVATE, giver, Map.of(p, 0), LONG_AGO, courage);
        rows.kudos(KudosRows.Kind.PRIVATE, giver, Map.of(p, 0), LONG_AGO, courage);

        assertThat(leaderboards.values(p, 5)).extracting(ValueCount::valueId, ValueCount::kudos)
                .containsExactly(tuple(care, 3L), tuple(courage, 1L));
        assertThat(leaderboards.values(p, 1)).extracting(ValueCount::valueId).containsExactly(care);
        assertThat(leaderboards.totals(p)).isEqualTo(new RecognitionTotals(3, 0));
    }
}
