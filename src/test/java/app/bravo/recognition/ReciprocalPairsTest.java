package app.bravo.recognition;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * HR's reciprocal pairs with exact figures. February 2001 holds only this test's rows (no other
 * test writes kudos so far in the past), so "all points given in the period" is known here.
 */
@IntegrationTest
class ReciprocalPairsTest {

    private static final LocalDate FROM = LocalDate.of(2001, 2, 1);
    private static final LocalDate TO = LocalDate.of(2001, 2, 28);
    private static final Instant IN = Instant.parse("2001-02-10T09:00:00Z");

    @Autowired Fixtures fixtures;
    @Autowired LeaderboardService leaderboards;
    @Autowired JdbcClient jdbc;
    KudosRows rows;

    @BeforeEach
    void setUp() {
        rows = new KudosRows(jdbc);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private long person(String name) {
        return fixtures.person(name).getId();
    }

    @Test
    void pairs_who_give_to_each_other_show_what_each_gave_their_shares_and_their_share_of_all_points() {
        long a = person("A");
        long b = person("B");
        long c = person("C");
        long d = person("D");
        long e = person("E");
        long f = person("F");
        rows.small(a, b, 10, IN);
        rows.small(a, b, 10, IN.plusSeconds(1));
        rows.kudos(KudosRows.Kind.PRIVATE, a, Map.of(b, 10), IN.plusSeconds(2)); // private kudos count here
        rows.kudos(KudosRows.Kind.DELETED, a, Map.of(b, 100), IN);             // a deleted one does not
        rows.small(b, a, 20, IN);
        rows.small(b, a, 30, Instant.parse("2001-01-31T23:59:59Z"));          // before the period
        rows.small(b, a, 30, Instant.parse("2001-03-01T00:00:00Z"));          // after it
        long aToC = rows.small(a, c, 0, IN);
        rows.addOn(aToC, b, 4, IN.plusSeconds(5), false);                      // B joins A's kudos to C
        rows.addOn(aToC, d, 50, IN.plusSeconds(5), true);                      // withdrawn
        rows.small(c, d, 5, IN);
        rows.kudos(KudosRows.Kind.HIDDEN, d, Map.of(c, 5), IN);                 // hidden kudos count here
        rows.small(c, a, 0, IN);
        rows.small(e, f, 2, IN);
        rows.small(f, e, 2, IN);
        rows.small(e, a, 1, IN);
        rows.small(e, a, 1, IN);
        fixtures.signInAs(Role.HR);

        List<ReciprocalPair> pairs = leaderboards.reciprocalPairs(FROM, TO, 10);

        assertThat(pairs).extracting(p -> p.a().id(), p -> p.b().id())
                .containsExactly(tuple(a, b), tuple(c, d), tuple(e, f), tuple(a, c));
        ReciprocalPair ab = pairs.getFirst();
        assertThat(ab).extracting(ReciprocalPair::kudosAToB, ReciprocalPair::pointsAToB, ReciprocalPair::kudosBToA,
                        ReciprocalPair::pointsBToA, ReciprocalPair::givenByA, ReciprocalPair::givenByB, ReciprocalPair::allPoints)
                .containsExactly(3L, 30L, 1L, 20L, 4L, 2L, 70L);
        assertThat(ab.shareOfAToB()).isEqualTo(0.75);
        assertThat(ab.shareOfBToA()).isEqualTo(0.5);
        assertThat(ab.mostly()).isTrue();
        assertThat(ab.shareOfAllPoints()).isEqualTo(50.0 / 70);
        assertThat(ab.a().displayName()).isEqualTo("A");

        ReciprocalPair cd = pairs.get(1);
        assertThat(cd.shareOfAToB()).isEqualTo(0.5);
        assertThat(cd.shareOfBToA()).isEqualTo(1.0);
        assertThat(cd.mostly()).isTrue();
        assertThat(cd.shareOfAllPoints()).isEqualTo(10.0 / 70);

        ReciprocalPair ef = pairs.get(2);
        assertThat(ef.shareOfAToB()).isEqualTo(1.0 / 3);
        assertThat(ef.mostly()).isFalse();
        assertThat(ef.shareOfAllPoints()).isEqualTo(4.0 / 70);

        ReciprocalPair ac = pairs.get(3);
        assertThat(ac).extracting(ReciprocalPair::kudosAToB, ReciprocalPair::kudosBToA, ReciprocalPair::shareOfAllPoints)
                .containsExactly(1L, 1L, 0.0);
        assertThat(ac.mostly()).isFalse();

        assertThat(leaderboards.reciprocalPairs(FROM, TO, 2)).extracting(p -> p.a().id()).containsExactly(a, c);
        assertThat(leaderboards.reciprocalPairs(LocalDate.of(2001, 2, 11), TO, 10)).isEmpty();
    }

    @Test
    void a_period_must_run_forwards_and_not_too_long() {
        fixtures.signInAs(Role.HR);
        assertThatThrownBy(() -> leaderboards.reciprocalPairs(TO, FROM, 10))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("leaderboards.error.period-order"));
        assertThatThrownBy(() -> leaderboards.reciprocalPairs(FROM, FROM.plusYears(4), 10))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("leaderboards.error.period-too-long"));
    }

    @Test
    void only_hr_and_administrators_see_reciprocal_pairs() {
        fixtures.signInAs(Role.MANAGER);
        assertThatThrownBy(() -> leaderboards.reciprocalPairs(FROM, TO, 10)).isInstanceOf(AuthorizationDeniedException.class);
        fixtures.signInAs(Role.ADMIN);
        assertThat(leaderboards.reciprocalPairs(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 1, 2), 10)).isEmpty();
    }
}
