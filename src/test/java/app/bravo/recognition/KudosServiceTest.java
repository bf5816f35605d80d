package app.bravo.recognition;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.PeopleService;
import app.bravo.people.Person;
import app.bravo.security.Role;
import app.bravo.shared.KeysetPage;
import app.bravo.shared.KeysetToken;
import app.bravo.shared.UserError;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class KudosServiceTest {

    @Autowired KudosService kudos;
    @Autowired PeopleService people;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired app.bravo.TestClock clock;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    long received(long personId) {
        Long sum = jdbc.queryForObject("""
                SELECT (SELECT COALESCE(SUM(amount), 0) FROM point_movement WHERE to_account = a.id)
                     - (SELECT COALESCE(SUM(amount), 0) FROM point_movement WHERE from_account = a.id)
                FROM point_account a WHERE a.kind = 'RECEIVED' AND a.person_id = ?""", Long.class, personId);
        return sum == null ? 0 : sum;
    }

    long receivedOrZero(long personId) {
        return jdbc.queryForList("SELECT id FROM point_account WHERE kind = 'RECEIVED' AND person_id = ?", Long.class, personId)
                .isEmpty() ? 0 : received(personId);
    }

    List<Long> feedOf(long personId) {
        return kudos.page(KudosFilter.person(personId), null, 50).items().stream().map(KudosItem::id).toList();
    }

    long giveAs(Person giver, List<Long> to, String message, int points) {
        fixtures.signIn(giver);
        return kudos.give(KudosForm.of(to, message, Set.of(), points));
    }

    void backdate(long kudosId, int minutes) {
        jdbc.update("UPDATE kudos SET created_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(minutes, ChronoUnit.MINUTES)), kudosId);
    }

    long newValue() {
        fixtures.signInAs(Role.HR);
        return people.createValue(Fixtures.unique("Value"), Fixtures.unique("ارزش"), "A value for a kudos test", "");
    }

    // ---- giving ----

    @Test
    void a_small_win_is_published_at_once_with_its_words_kept_exactly_and_its_points_moved() {
        var giver = fixtures.person("Giver");
        var taker = fixtures.person("Taker");
        fixtures.signIn(giver);
        long before = kudos.myPoints().allowanceLeft();
        String words = "مرسی for the launch 🚀👩🏽‍💻 <b>not bold</b>";
        long id = kudos.give(KudosForm.of(List.of(taker.getId()), "  " + words + "\n", Set.of(), 7));

        KudosItem item = kudos.find(id, KudosFilter.NONE).orElseThrow();
        assertThat(item.message()).isEqualTo(words);
        assertThat(item.kind()).isEqualTo(KudosKind.SMALL);
        assertThat(item.giver().id()).isEqualTo(giver.getId());
        assertThat(item.recipientIds()).containsExactly(taker.getId());
        assertThat(item.pointsEach()).isEqualTo(7);
        assertThat(item.mayEdit()).isTrue();
        assertThat(item.mayAddOn()).isFalse();
        assertThat(kudos.myPoints().allowanceLeft()).isEqualTo(before - 7);
        assertThat(received(taker.getId())).isEqualTo(7);
        assertThat(feedOf(taker.getId())).containsExactly(id);
    }

    @Test
    void kudos_to_oneself_is_refused() {
        var giver = fixtures.person("Self");
        var other = fixtures.person("Other");
        fixtures.signIn(giver);
        refused(() -> kudos.give(KudosForm.of(List.of(other.getId(), giver.getId()), "Me too", Set.of(), 0)), "kudos.error.self");
    }

    @Test
    void only_active_recipients_are_accepted() {
        var gone = fixtures.person("Former");
        jdbc.update("UPDATE person SET active = FALSE WHERE id = ?", gone.getId());
        fixtures.signInAs();
        refused(() -> kudos.give(KudosForm.of(List.of(gone.getId()), "Thanks", Set.of(), 0)), "kudos.error.recipient-inactive");
        refused(() -> kudos.give(KudosForm.of(List.of(Long.MAX_VALUE), "Thanks", Set.of(), 0)), "kudos.error.recipient-inactive");
    }

    @Test
    void one_to_twenty_recipients() {
        List<Long> twentyOne = new java.util.ArrayList<>();
        for (int i = 0; i < 21; i++) {
            twentyOne.add(fixtures.person("Many " + i).getId());
        }
        fixtures.signInAs();
        refused(() -> kudos.give(KudosForm.of(List.of(), "Thanks", Set.of(), 0)), "kudos.error.recipients-required");
        refused(() -> kudos.give(KudosForm.of(twentyOne, "Thanks", Set.of(), 0)), "kudos.error.recipients-too-many");
        long id = kudos.give(KudosForm.of(twentyOne.subList(0, 20), "Thanks, all twenty", Set.of(), 0));
        assertThat(kudos.find(id, KudosFilter.NONE).orElseThrow().recipients()).hasSize(20);
    }

    @Test
    void points_are_whole_and_not_negative_and_zero_moves_nothing() {
        var taker = fixtures.person("Zero");
        fixtures.signInAs();
        refused(() -> kudos.give(KudosForm.of(List.of(taker.getId()), "Thanks", Set.of(), -1)), "kudos.error.points-negative");
        long id = kudos.give(KudosForm.of(List.of(taker.getId()), "Recognition without points", Set.of(), 0));
        assertThat(kudos.find(id, KudosFilter.NONE).orElseThrow().pointsEach()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM point_movement WHERE kudos_id = ?", Long.class, id)).isZero();
        assertThat(receivedOrZero(taker.getId())).isZero();
    }

    @Test
    void a_gift_larger_than_the_allowance_is_refused_by_the_ledger_and_nothing_is_kept() {
        var taker = fixtures.person("Too much");
        fixtures.signInAs();
        long left = kudos.myPoints().allowanceLeft();
        refused(() -> kudos.give(KudosForm.of(List.of(taker.getId()), "Thanks", Set.of(), (int) left + 1)),
                "recognition.error.allowance-too-small");
        assertThat(feedOf(taker.getId())).isEmpty();
    }

    @Test
    void the_message_has_one_to_a_thousand_characters_counted_as_people_see_them() {
        var taker = fixtures.person("Long");
        fixtures.signInAs();
        refused(() -> kudos.give(KudosForm.of(List.of(taker.getId()), "  \n ", Set.of(), 0)), "kudos.error.message-required");
        refused(() -> kudos.give(KudosForm.of(List.of(taker.getId()), "x".repeat(1001), Set.of(), 0)), "kudos.error.message-too-long");
        refused(() -> kudos.give(KudosForm.of(List.of(taker.getId()), "bell\u0007", Set.of(), 0)), "kudos.error.characters");
        String emoji = "🎉".repeat(1000);
        long id = kudos.give(KudosForm.of(List.of(taker.getId()), emoji, Set.of(), 0));
        assertThat(kudos.find(id, KudosFilter.NONE).orElseThrow().message()).isEqualTo(emoji);
    }

    @Test
    void a_value_is_needed_when_hr_requires_one_and_only_active_values_count() {
        long active = newValue();
        long retired = newValue();
        var old = people.values().stream().filter(v -> v.id() == retired).findFirst().orElseThrow();
        people.updateValue(retired, old.name(), old.nameFa(), "Retired", "", 99, false);
        var taker = fixtures.person("Valued");
        fixtures.signInAs();
        refused(() -> kudos.give(KudosForm.of(List.of(taker.getId()), "Thanks", Set.of(retired), 0)), "kudos.error.value-inactive");
        jdbc.update("UPDATE recognition_setting SET value_required = TRUE WHERE id = 1");
        try {
            assertThat(kudos.valueRequired()).isTrue();
            refused(() -> kudos.give(KudosForm.of(List.of(taker.getId()), "Thanks", Set.of(), 0)), "kudos.error.value-required");
            long id = kudos.give(KudosForm.of(List.of(taker.getId()), "Thanks", Set.of(active), 0));
            assertThat(kudos.find(id, KudosFilter.NONE).orElseThrow().values()).extracting(KudosItem.Value::id).containsExactly(active);
        } finally {
            jdbc.update("UPDATE recognition_setting SET value_required = FALSE WHERE id = 1");
        }
    }

    @Test
    void the_team_budget_is_only_for_a_managers_own_direct_reports() {
        var manager = fixtures.person("Manager", Role.MANAGER);
        var report = fixtures.person("Report");
        var stranger = fixtures.person("Stranger");
        jdbc.update("UPDATE person SET manager_id = ? WHERE id = ?", manager.getId(), report.getId());
        fixtures.signIn(manager);
        refused(() -> kudos.give(new KudosForm(List.of(report.getId(), stranger.getId()), "Team", Set.of(), 0,
                PointSource.TEAM_BUDGET, false, null)), "kudos.error.team-budget-own-people");
        long id = kudos.give(new KudosForm(List.of(report.getId()), "Team", Set.of(), 0, PointSource.TEAM_BUDGET, false, null));
        assertThat(feedOf(report.getId())).containsExactly(id);

        fixtures.signIn(stranger);
        refused(() -> kudos.give(new KudosForm(List.of(report.getId()), "Team", Set.of(), 0, PointSource.TEAM_BUDGET, false, null)),
                "kudos.error.team-budget-managers");
        assertThat(kudos.myPoints().manager()).isFalse();
    }

    @Test
    void a_customer_quote_is_kept_with_the_kudos() {
        var taker = fixtures.person("Quoted");
        fixtures.signInAs();
        long id = kudos.give(new KudosForm(List.of(taker.getId()), "Thank you!", Set.of(), 0, PointSource.ALLOWANCE, false,
                "You saved our launch — ممنون"));
        assertThat(kudos.find(id, KudosFilter.NONE).orElseThrow().quote()).isEqualTo("You saved our launch — ممنون");
    }

    // ---- edit and delete ----

    @Test
    void the_giver_edits_within_ten_minutes_and_not_after() {
        var giver = fixtures.person("Editor");
        var taker = fixtures.person("Edited");
        long value = newValue();
        long id = giveAs(giver, List.of(taker.getId()), "First words", 0);
        kudos.edit(id, "Better words", Set.of(value));
        KudosItem item = kudos.find(id, KudosFilter.NONE).orElseThrow();
        assertThat(item.message()).isEqualTo("Better words");
        assertThat(item.values()).extracting(KudosItem.Value::id).containsExactly(value);
        assertThat(item.editedAt()).isNotNull();

        fixtures.signIn(taker);
        refused(() -> kudos.edit(id, "Not mine", Set.of()), "kudos.error.not-yours");
        refused(() -> kudos.delete(id), "kudos.error.not-yours");

        backdate(id, 11);
        fixtures.signIn(giver);
        assertThat(kudos.find(id, KudosFilter.NONE).orElseThrow().mayEdit()).isFalse();
        refused(() -> kudos.edit(id, "Too late", Set.of()), "kudos.error.edit-window-closed");
        refused(() -> kudos.delete(id), "kudos.error.edit-window-closed");
    }

    @Test
    void deleting_gives_the_points_back_and_takes_the_kudos_off_the_feed() {
        var giver = fixtures.person("Deleter");
        var taker = fixtures.person("Deleted");
        var joiner = fixtures.person("Joiner");
        long id = giveAs(giver, List.of(taker.getId()), "Oops", 5);
        long left = kudos.myPoints().allowanceLeft();
        fixtures.signIn(joiner);
        long joinerLeft = kudos.myPoints().allowanceLeft();
        kudos.addOn(id, "+1 from me", 3);
        assertThat(received(taker.getId())).isEqualTo(8);

        fixtures.signIn(giver);
        kudos.delete(id);
        assertThat(kudos.myPoints().allowanceLeft()).isEqualTo(left + 5);
        assertThat(received(taker.getId())).isZero();
        assertThat(kudos.find(id, KudosFilter.NONE)).isEmpty();
        assertThat(feedOf(taker.getId())).isEmpty();
        fixtures.signIn(joiner);
        assertThat(kudos.myPoints().allowanceLeft()).isEqualTo(joinerLeft);
        refused(() -> kudos.delete(id), "kudos.error.not-found");
    }

    @Test
    void deleting_is_refused_when_the_recipient_has_spent_the_points() {
        var giver = fixtures.person("Spent giver");
        var taker = fixtures.person("Spender");
        long id = giveAs(giver, List.of(taker.getId()), "Spend it well", 10);
        long account = jdbc.queryForObject("SELECT id FROM point_account WHERE kind = 'RECEIVED' AND person_id = ?", Long.class,
                taker.getId());
        jdbc.update("INSERT INTO point_movement (kind, from_account, amount, actor, created_at) VALUES ('REDEMPTION', ?, 6, 'test', ?)",
                account, Timestamp.from(Instant.now()));
        refused(() -> kudos.delete(id), "kudos.error.delete-points-spent");
        assertThat(kudos.find(id, KudosFilter.NONE)).isPresent();
    }

    // ---- add-ons ----

    @Test
    void a_colleague_adds_a_plus_one_once_but_not_the_giver_nor_a_recipient() {
        var giver = fixtures.person("Original");
        var taker = fixtures.person("Praised");
        var joiner = fixtures.person("Plus one");
        long id = giveAs(giver, List.of(taker.getId()), "Great demo", 2);
        refused(() -> kudos.addOn(id, "Me again", 0), "kudos.error.addon-own");
        fixtures.signIn(taker);
        refused(() -> kudos.addOn(id, "Me", 0), "kudos.error.addon-recipient");

        fixtures.signIn(joiner);
        assertThat(kudos.find(id, KudosFilter.NONE).orElseThrow().mayAddOn()).isTrue();
        refused(() -> kudos.addOn(id, "", 0), "kudos.error.message-required");
        long addOn = kudos.addOn(id, "Agreed, brilliant", 4);
        refused(() -> kudos.addOn(id, "Again", 0), "kudos.error.addon-twice");

        KudosItem item = kudos.find(id, KudosFilter.NONE).orElseThrow();
        assertThat(item.addOns()).extracting(KudosItem.AddOn::id).containsExactly(addOn);
        assertThat(item.addOns().getFirst().message()).isEqualTo("Agreed, brilliant");
        assertThat(item.totalPointsEach()).isEqualTo(6);
        assertThat(item.mayAddOn()).isFalse();
        assertThat(received(taker.getId())).isEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM point_movement WHERE addon_id = ? AND kind = 'ADD_ON'", Long.class, addOn))
                .isEqualTo(1);
    }

    // ---- privacy ----

    @Test
    void a_private_kudos_is_seen_only_by_the_giver_the_recipients_and_their_managers() {
        var giver = fixtures.person("Private giver");
        var taker = fixtures.person("Private taker");
        var manager = fixtures.person("Their manager", Role.MANAGER);
        var other = fixtures.person("Outsider");
        var moderator = fixtures.person("Curious moderator", Role.MODERATOR);
        jdbc.update("UPDATE person SET manager_id = ? WHERE id = ?", manager.getId(), taker.getId());
        fixtures.signIn(giver);
        long id = kudos.give(new KudosForm(List.of(taker.getId()), "Just between us", Set.of(), 0, PointSource.ALLOWANCE, true, null));

        for (Person allowed : List.of(giver, taker, manager)) {
            fixtures.signIn(allowed);
            assertThat(kudos.find(id, KudosFilter.NONE)).as(allowed.getDisplayName()).isPresent();
            assertThat(feedOf(taker.getId())).contains(id);
        }
        for (Person refusedReader : List.of(other, moderator)) {
            fixtures.signIn(refusedReader);
            assertThat(kudos.find(id, KudosFilter.NONE)).as(refusedReader.getDisplayName()).isEmpty();
            assertThat(feedOf(taker.getId())).doesNotContain(id);
            refused(() -> kudos.toggle(id, KudosReaction.LOVE), "kudos.error.not-found");
            refused(() -> kudos.comment(id, "Hi"), "kudos.error.not-found");
            refused(() -> kudos.addOn(id, "Me too", 0), "kudos.error.not-found");
        }
        fixtures.signIn(giver);
        assertThat(kudos.counts(taker.getId()).received()).isZero();
    }

    // ---- moderation ----

    @Test
    void a_moderator_hides_a_kudos_with_a_reason_and_it_is_audited() {
        var giver = fixtures.person("Rude giver");
        var taker = fixtures.person("Target");
        long id = giveAs(giver, List.of(taker.getId()), "Something abusive", 0);
        fixtures.signInAs();
        assertThatThrownBy(() -> kudos.hide(id, "No")).isInstanceOf(AuthorizationDeniedException.class);
        kudos.report(id, "This is abusive");
        refused(() -> kudos.report(id, "Again"), "kudos.error.report-twice");

        var moderator = fixtures.person("Moderator", Role.MODERATOR);
        fixtures.signIn(moderator);
        refused(() -> kudos.hide(id, " "), "kudos.error.reason-required");
        kudos.hide(id, "Abusive words");
        KudosItem seen = kudos.find(id, KudosFilter.NONE).orElseThrow();
        assertThat(seen.hidden()).isTrue();
        assertThat(seen.hiddenReason()).isEqualTo("Abusive words");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'KUDOS_HIDDEN' AND target_id = ?",
                Long.class, String.valueOf(id))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kudos_report WHERE kudos_id = ? AND resolved_at IS NOT NULL",
                Long.class, id)).isEqualTo(1);

        fixtures.signIn(taker);
        assertThat(kudos.find(id, KudosFilter.NONE)).isEmpty();
        assertThat(feedOf(taker.getId())).isEmpty();
    }

    @Test
    void comments_are_checked_reported_once_and_hidden_by_moderators_audited() {
        var giver = fixtures.person("Commented giver");
        var taker = fixtures.person("Commented taker");
        long id = giveAs(giver, List.of(taker.getId()), "Nice work", 0);
        fixtures.signIn(taker);
        refused(() -> kudos.comment(id, " "), "kudos.error.comment-required");
        refused(() -> kudos.comment(id, "y".repeat(1001)), "kudos.error.comment-too-long");
        long first = kudos.comment(id, "Thank you 🙏");
        long second = kudos.comment(id, "Rude words");
        assertThat(kudos.comments(id, null).items()).extracting(KudosComment::id).containsExactly(first, second);
        assertThat(kudos.find(id, KudosFilter.NONE).orElseThrow().comments()).isEqualTo(2);

        fixtures.signIn(giver);
        kudos.reportComment(second, "Rude");
        refused(() -> kudos.reportComment(second, "Rude again"), "kudos.error.report-twice");
        assertThatThrownBy(() -> kudos.hideComment(second, "Rude")).isInstanceOf(AuthorizationDeniedException.class);

        fixtures.signInAs(Role.MODERATOR);
        kudos.hideComment(second, "Rude");
        assertThat(kudos.comments(id, null).items()).extracting(KudosComment::hidden).containsExactly(false, true);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'KUDOS_COMMENT_HIDDEN' AND target_id = ?",
                Long.class, String.valueOf(second))).isEqualTo(1);

        fixtures.signIn(taker);
        assertThat(kudos.comments(id, null).items()).extracting(KudosComment::id).containsExactly(first);
        assertThat(kudos.find(id, KudosFilter.NONE).orElseThrow().comments()).isEqualTo(1);
    }

    @Test
    void a_long_thread_reads_a_page_at_a_time_just_after_its_cursor() {
        var giver = fixtures.person("Threaded giver");
        var taker = fixtures.person("Threaded taker");
        long id = giveAs(giver, List.of(taker.getId()), "A long thread", 0);
        fixtures.signIn(taker);
        clock.set(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusNanos(123_456_000));
        List<Long> written = new ArrayList<>();
        for (int i = 0; i < KudosService.COMMENTS_PAGE + 2; i++) {
            if (i % 3 == 0) {
                clock.advance(Duration.ofSeconds(1)); // three comments a second: the page ends inside a tie
            }
            written.add(kudos.comment(id, "Comment " + i + " 👍"));
        }

        KeysetPage<KudosComment> first = kudos.comments(id, null);
        assertThat(first.items()).extracting(KudosComment::id).containsExactlyElementsOf(written.subList(0, KudosService.COMMENTS_PAGE));
        assertThat(first.next()).isEqualTo(new KeysetToken(first.items().getLast().createdAt(), written.get(KudosService.COMMENTS_PAGE - 1)));
        KeysetPage<KudosComment> second = kudos.comments(id, first.next());
        assertThat(second.items()).extracting(KudosComment::id)
                .containsExactlyElementsOf(written.subList(KudosService.COMMENTS_PAGE, KudosService.COMMENTS_PAGE + 2));
        assertThat(second.next()).isNull();
    }

    @Test
    void a_reaction_toggles_and_counts_each_person_once() {
        var giver = fixtures.person("Reacted giver");
        var taker = fixtures.person("Reacted taker");
        long id = giveAs(giver, List.of(taker.getId()), "Cheers", 0);
        KudosItem.Reactions r = kudos.toggle(id, KudosReaction.CLAP);
        assertThat(r.count(KudosReaction.CLAP)).isEqualTo(1);
        assertThat(r.gave(KudosReaction.CLAP)).isTrue();
        fixtures.signIn(taker);
        r = kudos.toggle(id, KudosReaction.CLAP);
        assertThat(r.count(KudosReaction.CLAP)).isEqualTo(2);
        r = kudos.toggle(id, KudosReaction.CLAP);
        assertThat(r.count(KudosReaction.CLAP)).isEqualTo(1);
        assertThat(r.gave(KudosReaction.CLAP)).isFalse();
        assertThat(kudos.find(id, KudosFilter.NONE).orElseThrow().reactions().count(KudosReaction.CLAP)).isEqualTo(1);
    }

    // ---- the feed ----

    @Test
    void the_feed_pages_by_keyset_newest_first() {
        var taker = fixtures.person("Paged");
        var giver = fixtures.person("Pager");
        long a = giveAs(giver, List.of(taker.getId()), "One", 0);
        long b = giveAs(giver, List.of(taker.getId()), "Two", 0);
        long c = giveAs(giver, List.of(taker.getId()), "Three", 0);
        jdbc.update("UPDATE kudos SET published_at = ? WHERE id IN (?, ?)", Timestamp.from(Instant.parse("2026-01-01T10:00:00Z")), b, c);

        KudosSlice<KudosItem> first = kudos.page(KudosFilter.person(taker.getId()), null, 2);
        assertThat(first.items()).extracting(KudosItem::id).containsExactly(a, c);
        assertThat(first.next()).isNotNull();
        KudosCursor cursor = KudosCursor.parse(first.next().token()).orElseThrow();
        KudosSlice<KudosItem> second = kudos.page(KudosFilter.person(taker.getId()), cursor, 2);
        assertThat(second.items()).extracting(KudosItem::id).containsExactly(b);
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void the_feed_filters_by_value_person_and_kind() {
        var giver = fixtures.person("Filter giver");
        var taker = fixtures.person("Filter taker");
        long value = newValue();
        fixtures.signIn(giver);
        long withValue = kudos.give(KudosForm.of(List.of(taker.getId()), "With the value", Set.of(value), 0));
        long without = kudos.give(KudosForm.of(List.of(taker.getId()), "Without", Set.of(), 0));
        jdbc.update("""
                INSERT INTO kudos (kind, status, giver_id, message, created_at, published_at)
                VALUES ('CELEBRATION', 'PUBLISHED', NULL, 'Five years!', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))""");
        long celebration = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        jdbc.update("INSERT INTO kudos_recipient (kudos_id, person_id, points) VALUES (?, ?, 0)", celebration, taker.getId());

        assertThat(kudos.page(new KudosFilter(null, value, null, null), null, 50).items()).extracting(KudosItem::id)
                .containsExactly(withValue);
        assertThat(feedOf(taker.getId())).containsExactlyInAnyOrder(withValue, without, celebration);
        assertThat(feedOf(giver.getId())).containsExactlyInAnyOrder(withValue, without);
        assertThat(kudos.page(new KudosFilter(null, null, taker.getId(), KudosKind.CELEBRATION), null, 50).items())
                .extracting(KudosItem::id).containsExactly(celebration);
        assertThat(kudos.page(new KudosFilter(null, null, taker.getId(), KudosKind.SMALL), null, 50).items())
                .extracting(KudosItem::id).containsExactlyInAnyOrder(withValue, without);
        KudosItem c = kudos.find(celebration, KudosFilter.NONE).orElseThrow();
        assertThat(c.giver()).isNull();
        assertThat(c.mayEdit()).isFalse();
    }

    @Test
    void the_department_filter_takes_in_its_sub_departments() {
        var top = fixtures.department("Top");
        jdbc.update("INSERT INTO department (name, parent_id) VALUES (?, ?)", Fixtures.unique("Child"), top.getId());
        long child = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        jdbc.update("INSERT INTO department (name, parent_id) VALUES (?, ?)", Fixtures.unique("Grandchild"), child);
        long grandchild = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        var elsewhere = fixtures.department("Elsewhere");
        var inChild = fixtures.person("In child");
        var inGrandchild = fixtures.person("In grandchild");
        var outside = fixtures.person("Outside");
        jdbc.update("UPDATE person SET department_id = ? WHERE id = ?", child, inChild.getId());
        jdbc.update("UPDATE person SET department_id = ? WHERE id = ?", grandchild, inGrandchild.getId());
        jdbc.update("UPDATE person SET department_id = ? WHERE id = ?", elsewhere.getId(), outside.getId());
        var giver = fixtures.person("Department giver");
        long a = giveAs(giver, List.of(inChild.getId()), "Child", 0);
        long b = giveAs(giver, List.of(inGrandchild.getId()), "Grandchild", 0);
        long c = giveAs(giver, List.of(outside.getId()), "Outside", 0);

        assertThat(kudos.page(new KudosFilter(top.getId(), null, null, null), null, 50).items()).extracting(KudosItem::id)
                .containsExactly(b, a);
        assertThat(kudos.page(new KudosFilter(grandchild, null, null, null), null, 50).items()).extracting(KudosItem::id)
                .containsExactly(b);
        assertThat(kudos.page(new KudosFilter(elsewhere.getId(), null, null, null), null, 50).items()).extracting(KudosItem::id)
                .containsExactly(c);
    }

    @Test
    void my_points_show_the_allowance_left_and_what_i_received() {
        var giver = fixtures.person("Points giver");
        var taker = fixtures.person("Points taker");
        giveAs(giver, List.of(taker.getId()), "Take these", 9);
        MyPoints mine = kudos.myPoints();
        assertThat(mine.allowanceLeft()).isEqualTo(mine.allowancePerMonth() - 9L);
        fixtures.signIn(taker);
        assertThat(kudos.myPoints().received()).isEqualTo(9);
    }
}
