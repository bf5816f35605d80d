package app.bravo.recognition;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.Person;
import app.bravo.shared.UserError;
import app.bravo.shared.time.CompanyCalendar;
import app.bravo.shared.time.CompanyCalendar.Month;
import java.time.Instant;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Leaderboards against MariaDB, on kudos rows of far-past months and of each test's own
 * departments, so that other tests' rows never share a board with these.
 */
@IntegrationTest
class LeaderboardServiceTest {

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

    private Person in(long department, String name) {
        Person p = fixtures.person(name);
        rows.moveTo(p.getId(), department);
        return p;
    }

    private static List<Long> ids(List<LeaderboardEntry> entries) {
        return entries.stream().map(e -> e.person().id()).toList();
    }

    @Test
    void a_month_counts_the_kudos_published_from_its_first_instant_to_just_before_the_next_month() {
        long dept = fixtures.department("board").getId();
        Person giver = in(dept, "Giver");
        Person ana = in(dept, "Ana");
        Person ben = in(dept, "Ben");
        Month march = calendar.month(CompanyCalendar.System.GREGORIAN, 2002, 3);
        rows.small(giver.getId(), ana.getId(), 5, march.start());
        rows.small(giver.getId(), ana.getId(), 5, march.end().minusMillis(1));
        rows.small(giver.getId(), ana.getId(), 7, march.start().plusSeconds(3600));
        rows.small(giver.getId(), ben.getId(), 10, march.start().plusSeconds(7200));
        rows.small(giver.getId(), ben.getId(), 10, march.start().minusMillis(1)); // February
        rows.small(giver.getId(), ben.getId(), 10, march.end());                  // April
        rows.small(ana.getId(), ben.getId(), 3, Instant.parse("2002-03-15T12:00:00Z"));

        Leaderboards board = leaderboards.leaderboards(march, dept, 10);

        assertThat(board.month()).isEqualTo(march);
        assertThat(board.received()).extracting(e -> e.person().id(), LeaderboardEntry::rank, LeaderboardEntry::kudos, LeaderboardEntry::points)
                .containsExactly(tuple(ana.getId(), 1, 3L, 17L), tuple(ben.getId(), 2, 2L, 13L));
        assertThat(board.given()).extracting(e -> e.person().id(), LeaderboardEntry::rank, LeaderboardEntry::kudos, LeaderboardEntry::points)
                .containsExactly(tuple(giver.getId(), 1, 4L, 27L), tuple(ana.getId(), 2, 1L, 3L));
        assertThat(board.received().getFirst().person().displayName()).isEqualTo("Ana");
        assertThat(board.youOptedOut()).isFalse();
    }

    @Test
    void a_persian_month_begins_on_the_first_of_farvardin() {
        long dept = fixtures.department("farvardin").getId();
        Person giver = in(dept, "Giver");
        Person sara = in(dept, "Sara");
        Month farvardin = calendar.month(CompanyCalendar.System.PERSIAN, 1381, 1);
        assertThat(farvardin.start()).isEqualTo(Instant.parse("2002-03-21T00:00:00Z"));
        rows.small(giver.getId(), sara.getId(), 1, Instant.parse("2002-03-20T23:59:59Z")); // Esfand 1380
        rows.small(giver.getId(), sara.getId(), 2, Instant.parse("2002-03-21T00:00:00Z"));
        rows.small(giver.getId(), sara.getId(), 4, Instant.parse("2002-04-20T23:59:59Z")); // 31 Farvardin

        Leaderboards board = leaderboards.leaderboards(farvardin, dept, 10);

        assertThat(board.received()).extracting(LeaderboardEntry::kudos, LeaderboardEntry::points).containsExactly(tuple(2L, 6L));
        assertThat(leaderboards.leaderboards(calendar.previous(farvardin), dept, 10).received())
                .extracting(LeaderboardEntry::kudos, LeaderboardEntry::points).containsExactly(tuple(1L, 1L));
    }

    @Test
    void a_department_counts_its_sub_departments_and_nothing_beside_it() {
        long top = fixtures.department("top").getId();
        long sub = rows.department("sub", top);
        long subSub = rows.department("subsub", sub);
        long beside = fixtures.department("beside").getId();
        Person atTop = in(top, "At top");
        Person inSub = in(sub, "In sub");
        Person deep = in(subSub, "Deep");
        Person other = in(beside, "Beside");
        Month may = calendar.month(CompanyCalendar.System.GREGORIAN, 2002, 5);
        Instant at = may.start().plusSeconds(86_400);
        rows.small(atTop.getId(), inSub.getId(), 1, at);
        rows.small(inSub.getId(), deep.getId(), 1, at);
        rows.small(deep.getId(), atTop.getId(), 1, at);
        rows.small(other.getId(), deep.getId(), 1, at);

        assertThat(ids(leaderboards.leaderboards(may, top, 10).received()))
                .containsExactly(deep.getId(), atTop.getId(), inSub.getId());
        assertThat(ids(leaderboards.leaderboards(may, sub, 10).received())).containsExactly(deep.getId(), inSub.getId());
        assertThat(ids(leaderboards.leaderboards(may, sub, 10).given())).containsExactly(deep.getId(), inSub.getId());
        assertThat(ids(leaderboards.leaderboards(may, beside, 10).given())).containsExactly(other.getId());
        assertThat(leaderboards.leaderboards(may, beside, 10).received()).isEmpty();
        assertThat(ids(leaderboards.leaderboards(may, null, 100).received())).contains(deep.getId(), atTop.getId(), inSub.getId());
    }

    @Test
    void people_who_opted_out_or_left_never_appear_and_the_reader_is_told_of_their_own_choice() {
        long dept = fixtures.department("optout").getId();
        Person shy = in(dept, "Shy");
        Person gone = in(dept, "Gone");
        Person seen = in(dept, "Seen");
        Month june = calendar.month(CompanyCalendar.System.GREGORIAN, 2002, 6);
        Instant at = june.start().plusSeconds(60);
        rows.small(shy.getId(), seen.getId(), 1, at);
        rows.small(seen.getId(), shy.getId(), 1, at);
        rows.small(gone.getId(), shy.getId(), 1, at);
        rows.small(seen.getId(), gone.getId(), 1, at);
        rows.optOut(shy.getId());
        rows.deactivate(gone.getId());

        Leaderboards board = leaderboards.leaderboards(june, dept, 10);
        assertThat(ids(board.received())).containsExactly(seen.getId());
        assertThat(ids(board.given())).containsExactly(seen.getId());
        assertThat(board.given().getFirst().kudos()).isEqualTo(2);
        assertThat(board.youOptedOut()).isFalse();

        fixtures.signIn(shy);
        assertThat(leaderboards.leaderboards(june, dept, 10).youOptedOut()).isTrue();
        assertThat(ids(leaderboards.leaderboards(june, dept, 10).received())).doesNotContain(shy.getId());
    }

    @Test
    void private_hidden_deleted_and_pending_kudos_are_not_counted_and_big_wins_are() {
        long dept = fixtures.department("kinds").getId();
        Person giver = in(dept, "Giver");
        Person got = in(dept, "Got");
        Month july = calendar.month(CompanyCalendar.System.GREGORIAN, 2002, 7);
        Instant at = july.start().plusSeconds(60);
        rows.kudos(KudosRows.Kind.PRIVATE, giver.getId(), Map.of(got.getId(), 5), at);
        rows.kudos(KudosRows.Kind.HIDDEN, giver.getId(), Map.of(got.getId(), 5), at);
        rows.kudos(KudosRows.Kind.DELETED, giver.getId(), Map.of(got.getId(), 5), at);
        rows.kudos(KudosRows.Kind.PENDING_BIG, giver.getId(), Map.of(got.getId(), 20), at);
        rows.kudos(KudosRows.Kind.BIG, giver.getId(), Map.of(got.getId(), 50), at);
        rows.small(giver.getId(), got.getId(), 2, at);

        Leaderboards board = leaderboards.leaderboards(july, dept, 10);
        assertThat(board.received()).extracting(LeaderboardEntry::kudos, LeaderboardEntry::points).containsExactly(tuple(2L, 52L));
        // a big win's points come from the company budget, not from its nominator
        assertThat(board.given()).extracting(LeaderboardEntry::kudos, LeaderboardEntry::points).containsExactly(tuple(2L, 2L));
    }

    @Test
    void a_plus_one_counts_for_its_giver_and_for_the_kudos_recipients_in_the_month_it_was_added() {
        long dept = fixtures.department("addons").getId();
        Person giver = in(dept, "Giver");
        Person ana = in(dept, "Ana");
        Person ben = in(dept, "Ben");
        Person carl = in(dept, "Carl");
        Person dora = in(dept, "Dora");
        Person erin = in(dept, "Erin");
        Month march = calendar.month(CompanyCalendar.System.GREGORIAN, 2003, 3);
        Instant at = march.start().plusSeconds(60);
        long both = rows.kudos(KudosRows.Kind.SMALL, giver.getId(), Map.of(ana.getId(), 5, ben.getId(), 5), at);
        rows.addOn(both, carl.getId(), 2, at, false);
        rows.addOn(both, dora.getId(), 6, at, true);                               // withdrawn
        long february = rows.small(ana.getId(), ben.getId(), 3, march.start().minusSeconds(60));
        rows.addOn(february, carl.getId(), 1, at.plusSeconds(60), false);          // counts in March, its kudos not
        rows.addOn(february, dora.getId(), 5, march.end(), false);                 // April
        long hidden = rows.addOn(february, erin.getId(), 4, at, false);
        jdbc.sql("UPDATE kudos_addon SET hidden = TRUE WHERE id = :a").param("a", hidden).update();
        rows.addOn(rows.celebration(ana.getId(), at), erin.getId(), 3, at, false); // celebrations stay out

        Leaderboards board = leaderboards.leaderboards(march, dept, 10);

        assertThat(board.received()).extracting(e -> e.person().id(), LeaderboardEntry::rank, LeaderboardEntry::kudos, LeaderboardEntry::points)
                .containsExactly(tuple(ben.getId(), 1, 3L, 8L), tuple(ana.getId(), 2, 2L, 7L));
        assertThat(board.given()).extracting(e -> e.person().id(), LeaderboardEntry::rank, LeaderboardEntry::kudos, LeaderboardEntry::points)
                .containsExactly(tuple(carl.getId(), 1, 2L, 5L), tuple(giver.getId(), 2, 1L, 10L));
    }

    @Test
    void equal_figures_share_a_rank_and_the_limit_cuts_the_list() {
        long dept = fixtures.department("ties").getId();
        Person giver = in(dept, "Giver");
        Person a = in(dept, "A tie");
        Person b = in(dept, "B tie");
        Person c = in(dept, "C third");
        Month aug = calendar.month(CompanyCalendar.System.GREGORIAN, 2002, 8);
        Instant at = aug.start().plusSeconds(60);
        rows.kudos(KudosRows.Kind.SMALL, giver.getId(), Map.of(a.getId(), 3, b.getId(), 3), at);
        rows.small(giver.getId(), c.getId(), 9, at);

        assertThat(leaderboards.leaderboards(aug, dept, 10).received())
                .extracting(e -> e.person().id(), LeaderboardEntry::rank)
                .containsExactly(tuple(c.getId(), 1), tuple(a.getId(), 2), tuple(b.getId(), 2));
        assertThat(ids(leaderboards.leaderboards(aug, dept, 2).received())).containsExactly(c.getId(), a.getId());
        // one kudos to two people is one kudos given, with the points of both
        assertThat(leaderboards.leaderboards(aug, dept, 10).given())
                .extracting(LeaderboardEntry::kudos, LeaderboardEntry::points).containsExactly(tuple(2L, 15L));
    }

    @Test
    void the_month_picker_offers_the_current_company_month_first_then_the_ones_before() {
        List<Month> months = leaderboards.months();
        assertThat(months).hasSize(LeaderboardService.SELECTABLE_MONTHS);
        assertThat(months.getFirst()).isEqualTo(calendar.currentMonth());
        assertThat(months.get(1)).isEqualTo(calendar.previous(calendar.currentMonth()));
        assertThat(leaderboards.leaderboards(null, 5).month()).isEqualTo(calendar.currentMonth());
    }

    // ---- preferences ----

    @Test
    void a_person_opts_out_and_asks_for_their_birthday_and_reads_it_back() {
        fixtures.signIn(fixtures.person("Prefs"));
        assertThat(leaderboards.myPreferences()).isEqualTo(RecognitionPreferences.DEFAULT);

        leaderboards.updatePreferences(true, true, 2, 29);
        assertThat(leaderboards.myPreferences()).isEqualTo(new RecognitionPreferences(true, true, MonthDay.of(2, 29)));

        leaderboards.updatePreferences(false, false, 2, 29);
        assertThat(leaderboards.myPreferences()).as("a birthday not celebrated is not kept")
                .isEqualTo(new RecognitionPreferences(false, false, null));
    }

    @Test
    void a_birthday_must_be_a_real_day_and_is_needed_to_celebrate_one() {
        fixtures.signIn(fixtures.person("Bad day"));
        assertThatThrownBy(() -> leaderboards.updatePreferences(false, true, 2, 30))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("leaderboards.error.birthday-invalid"));
        assertThatThrownBy(() -> leaderboards.updatePreferences(false, true, 13, 1))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("leaderboards.error.birthday-invalid"));
        assertThatThrownBy(() -> leaderboards.updatePreferences(false, true, 4, null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("leaderboards.error.birthday-invalid"));
        assertThatThrownBy(() -> leaderboards.updatePreferences(false, true, null, null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("leaderboards.error.birthday-required"));
        assertThat(leaderboards.myPreferences()).isEqualTo(RecognitionPreferences.DEFAULT);
    }
}
