package app.bravo.recognition;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditEntry;
import app.bravo.audit.AuditService;
import app.bravo.people.PeopleService;
import app.bravo.people.Person;
import app.bravo.recognition.internal.Ledger;
import app.bravo.recognition.internal.RecognitionSettingsStore;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Big wins against MariaDB: routing, who decides, paying from the company budget, the race, the queue and the spotlight. */
@IntegrationTest
@RecordApplicationEvents
class BigWinServiceTest {

    @Autowired Fixtures fixtures;
    @Autowired BigWinService bigWins;
    @Autowired PeopleService people;
    @Autowired AuditService audit;
    @Autowired Ledger ledger;
    @Autowired RecognitionSettingsStore settings;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEvents events;
    @Autowired BigWinSpotlight spotlight;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    // ---- routing ----

    @Test
    void a_nomination_goes_to_the_recipients_common_manager() {
        Person manager = manager();
        Person a = reportOf(manager);
        Person b = reportOf(manager);
        Person nominator = fixtures.person(name("Nominator"));

        long id = nominate(nominator, level(10), a, b);

        BigWin w = mine(nominator, id);
        assertThat(w.approver()).isNotNull();
        assertThat(w.approver().id()).isEqualTo(manager.getId());
        assertThat(w.withHr()).isFalse();
        assertThat(w.status()).isEqualTo(BigWinStatus.PENDING);
        assertThat(w.points()).isEqualTo(10);
        assertThat(w.recipientIds()).containsExactlyInAnyOrder(a.getId(), b.getId());
        assertThat(events.stream(BigWinNominated.class).filter(e -> e.kudosId() == id))
                .singleElement().satisfies(e -> {
                    assertThat(e.approverId()).isEqualTo(manager.getId());
                    assertThat(e.nominatorId()).isEqualTo(nominator.getId());
                });
    }

    @Test
    void recipients_with_different_managers_go_to_hr() {
        Person a = reportOf(manager());
        Person b = reportOf(manager());
        Person nominator = fixtures.person(name("Nominator"));

        long id = nominate(nominator, level(10), a, b);

        assertRoutedToHr(nominator, id);
    }

    @Test
    void a_recipient_without_a_manager_goes_to_hr() {
        Person manager = manager();
        Person a = reportOf(manager);
        Person alone = fixtures.person(name("Alone"));
        Person nominator = fixtures.person(name("Nominator"));

        assertRoutedToHr(nominator, nominate(nominator, level(10), alone));
        assertRoutedToHr(nominator, nominate(nominator, level(10), a, alone));
    }

    @Test
    void a_manager_who_has_left_is_passed_over_for_hr() {
        Person manager = manager();
        Person a = reportOf(manager);
        fixtures.signInAs(Role.ADMIN);
        people.deactivate(manager.getId());
        Person nominator = fixtures.person(name("Nominator"));

        assertRoutedToHr(nominator, nominate(nominator, level(10), a));
    }

    @Test
    void a_manager_nominating_their_own_people_goes_to_hr_and_cannot_approve_it() {
        Person manager = manager();
        Person a = reportOf(manager);

        long id = nominate(manager, level(10), a);

        assertRoutedToHr(manager, id);
        fixtures.signIn(manager);
        assertThat(bigWins.queue(null, 50).items()).extracting(BigWin::id).doesNotContain(id);
        assertThatThrownBy(() -> bigWins.approve(id, null)).isInstanceOf(UserError.class)
                .hasMessage("bigwins.error.own-nomination");
    }

    @Test
    void an_hr_persons_nomination_is_decided_by_another_hr_person() {
        Person hr = fixtures.person(name("HR nominator"), Role.HR);
        Person a = fixtures.person(name("Recipient"));
        long id = nominate(hr, level(10), a);
        topUp(100);

        fixtures.signIn(hr);
        assertThat(bigWins.queue(null, 50).items()).extracting(BigWin::id).doesNotContain(id);
        assertThatThrownBy(() -> bigWins.approve(id, null)).isInstanceOf(UserError.class)
                .hasMessage("bigwins.error.own-nomination");
        assertThatThrownBy(() -> bigWins.decline(id, "No")).isInstanceOf(UserError.class)
                .hasMessage("bigwins.error.own-nomination");

        fixtures.signInAs(Role.HR);
        assertThat(bigWins.queue(null, 50).items()).extracting(BigWin::id).contains(id);
        bigWins.approve(id, null);
        assertThat(mine(hr, id).status()).isEqualTo(BigWinStatus.PUBLISHED);
    }

    // ---- the rules of a nomination ----

    @Test
    void nobody_nominates_themselves_nor_former_staff_nor_too_many() {
        Person me = fixtures.person(name("Me"));
        Person other = fixtures.person(name("Other"));
        long level = level(10);
        fixtures.signIn(me);
        assertRefused(() -> bigWins.nominate(new BigWinForm(List.of(other.getId(), me.getId()), level, List.of(), "Well done")),
                "bigwins.error.self");
        assertRefused(() -> bigWins.nominate(new BigWinForm(List.of(), level, List.of(), "Well done")),
                "bigwins.error.recipients.required");
        List<Long> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(fixtures.person(name("Many")).getId());
        }
        fixtures.signIn(me);
        assertRefused(() -> bigWins.nominate(new BigWinForm(many, level, List.of(), "Well done")),
                "bigwins.error.recipients.too-many");
        assertThat(bigWins.nominate(new BigWinForm(many.subList(0, 20), level, List.of(), "Twenty of us"))).isPositive();

        fixtures.signInAs(Role.ADMIN);
        people.deactivate(other.getId());
        fixtures.signIn(me);
        assertRefused(() -> bigWins.nominate(new BigWinForm(List.of(other.getId()), level, List.of(), "Well done")),
                "bigwins.error.recipient-inactive");
        assertRefused(() -> bigWins.nominate(new BigWinForm(List.of(Long.MAX_VALUE), level, List.of(), "Well done")),
                "bigwins.error.recipient-inactive");
    }

    @Test
    void a_nomination_needs_an_active_award_level_and_words_of_at_most_1000_characters() {
        Person me = fixtures.person(name("Me"));
        Person other = fixtures.person(name("Other"));
        long retired = level(10);
        jdbc.sql("UPDATE award_level SET active = FALSE WHERE id = :id").param("id", retired).update();
        long level = level(10);
        fixtures.signIn(me);
        List<Long> to = List.of(other.getId());

        assertRefused(() -> bigWins.nominate(new BigWinForm(to, null, List.of(), "Well done")), "bigwins.error.award-level");
        assertRefused(() -> bigWins.nominate(new BigWinForm(to, retired, List.of(), "Well done")), "bigwins.error.award-level");
        assertRefused(() -> bigWins.nominate(new BigWinForm(to, level, List.of(), "   ")), "bigwins.error.message.required");
        assertRefused(() -> bigWins.nominate(new BigWinForm(to, level, List.of(), "😀".repeat(1001))), "bigwins.error.message.too-long");
        assertThat(bigWins.awardLevels()).extracting(AwardOption::id).contains(level).doesNotContain(retired);

        String words = "کارت عالی بود 🎉 <b>not bold</b>\n" + "😀".repeat(960);
        long id = bigWins.nominate(new BigWinForm(to, level, List.of(), words));
        assertThat(mine(me, id).message()).isEqualTo(words);
    }

    @Test
    void a_value_is_required_when_hr_says_so_and_retired_values_are_refused() {
        Person me = fixtures.person(name("Me"));
        Person other = fixtures.person(name("Other"));
        fixtures.signInAs(Role.HR);
        long value = people.createValue(Fixtures.unique("Courage"), Fixtures.unique("شجاعت"), "Be brave.", "");
        String old = Fixtures.unique("Old");
        long retired = people.createValue(old, Fixtures.unique("کهنه"), "Gone.", "");
        people.updateValue(retired, old, Fixtures.unique("کهنه"), "Gone.", "", 99, false);
        long level = level(10);
        var before = settings.current();
        List<Long> to = List.of(other.getId());
        try {
            settings.update(new RecognitionSettingsStore.Settings(before.monthlyAllowance(), before.teamBudgetBase(),
                    before.teamBudgetPerReport(), before.dailyCapPerPerson(), true, before.pointValue(), before.currency()));
            fixtures.signIn(me);
            assertRefused(() -> bigWins.nominate(new BigWinForm(to, level, List.of(), "Well done")), "bigwins.error.value-required");
            assertRefused(() -> bigWins.nominate(new BigWinForm(to, level, List.of(retired), "Well done")), "bigwins.error.value-unknown");
            long id = bigWins.nominate(new BigWinForm(to, level, List.of(value), "Well done"));
            assertThat(mine(me, id).valueIds()).containsExactly(value);
        } finally {
            settings.update(before);
        }
    }

    // ---- deciding ----

    @Test
    void approving_pays_each_recipient_the_award_points_from_the_company_budget() {
        Person manager = manager();
        Person a = reportOf(manager);
        Person b = reportOf(manager);
        Person nominator = fixtures.person(name("Nominator"));
        long id = nominate(nominator, level(20), a, b);
        topUp(1000);
        long budgetBefore = ledger.companyBudget();

        fixtures.signIn(manager);
        assertThat(bigWins.waitingCount()).isEqualTo(1);
        bigWins.approve(id, "Richly deserved");

        assertThat(ledger.balance(Ledger.AccountKind.RECEIVED, a.getId())).isEqualTo(20);
        assertThat(ledger.balance(Ledger.AccountKind.RECEIVED, b.getId())).isEqualTo(20);
        assertThat(paidFromCompany(id)).isEqualTo(40);
        assertThat(ledger.companyBudget()).isEqualTo(budgetBefore - 40);
        BigWin w = mine(nominator, id);
        assertThat(w.status()).isEqualTo(BigWinStatus.PUBLISHED);
        assertThat(w.decidedBy()).isNotNull();
        assertThat(w.decidedBy().id()).isEqualTo(manager.getId());
        assertThat(w.decisionNote()).isEqualTo("Richly deserved");
        assertThat(w.publishedAt()).isNotNull();
        assertThat(w.decidedAt()).isEqualTo(w.publishedAt());
        assertThat(version(id)).isEqualTo(1);
        fixtures.signIn(manager);
        assertThat(bigWins.waitingCount()).isZero();
        assertThat(events.stream(BigWinApproved.class).filter(e -> e.kudosId() == id)).singleElement()
                .satisfies(e -> {
                    assertThat(e.pointsEach()).isEqualTo(20);
                    assertThat(e.recipientIds()).containsExactlyInAnyOrder(a.getId(), b.getId());
                    assertThat(e.decidedBy()).isEqualTo(manager.getId());
                });
        assertThat(events.stream(KudosPublished.class).filter(e -> e.kudosId() == id)).hasSize(1);
        assertThat(audited(AuditAction.BIG_WIN_APPROVED, id)).isTrue();
        assertThat(bigWins.recentBigWins(5)).extracting(BigWin::id).contains(id);
    }

    @Test
    void a_company_budget_too_small_refuses_the_approval_and_changes_nothing() {
        Person a = fixtures.person(name("Recipient"));
        Person b = fixtures.person(name("Recipient"));
        Person nominator = fixtures.person(name("Nominator"));
        long id = nominate(nominator, level(1_000_000_000), a, b);

        fixtures.signInAs(Role.HR);
        assertThatThrownBy(() -> bigWins.approve(id, null)).isInstanceOf(UserError.class)
                .hasMessage("bigwins.error.company-budget-too-small");

        assertThat(paidFromCompany(id)).isZero();
        assertThat(ledger.balance(Ledger.AccountKind.RECEIVED, a.getId())).isZero();
        BigWin w = mine(nominator, id);
        assertThat(w.status()).isEqualTo(BigWinStatus.PENDING);
        assertThat(w.decidedBy()).isNull();
        assertThat(version(id)).isZero();
        assertThat(audited(AuditAction.BIG_WIN_APPROVED, id)).isFalse();
    }

    @Test
    void declining_needs_a_note_that_the_nominator_reads() {
        Person manager = manager();
        Person a = reportOf(manager);
        Person nominator = fixtures.person(name("Nominator"));
        long id = nominate(nominator, level(10), a);

        fixtures.signIn(manager);
        assertRefused(() -> bigWins.decline(id, "  "), "bigwins.error.note.required");
        bigWins.decline(id, "Not quite a big win: give kudos instead");

        BigWin w = mine(nominator, id);
        assertThat(w.status()).isEqualTo(BigWinStatus.DECLINED);
        assertThat(w.decisionNote()).isEqualTo("Not quite a big win: give kudos instead");
        assertThat(w.publishedAt()).isNull();
        assertThat(paidFromCompany(id)).isZero();
        assertThat(audited(AuditAction.BIG_WIN_DECLINED, id)).isTrue();
        assertThat(events.stream(BigWinDeclined.class).filter(e -> e.kudosId() == id)).singleElement()
                .satisfies(e -> assertThat(e.note()).isEqualTo("Not quite a big win: give kudos instead"));
        fixtures.signIn(manager);
        assertRefused(() -> bigWins.approve(id, null), "bigwins.error.already-decided");
        assertThat(bigWins.recentBigWins(50)).extracting(BigWin::id).doesNotContain(id);
    }

    @Test
    void only_the_decider_decides_and_employees_are_refused_by_security() {
        Person manager = manager();
        Person a = reportOf(manager);
        long toManager = nominate(fixtures.person(name("Nominator")), level(10), a);
        long toHr = nominate(fixtures.person(name("Nominator")), level(10), fixtures.person(name("Alone")));

        fixtures.signIn(manager());
        assertRefused(() -> bigWins.approve(toManager, null), "bigwins.error.not-yours");
        assertRefused(() -> bigWins.approve(toHr, null), "bigwins.error.not-yours");
        fixtures.signInAs(Role.HR);
        assertRefused(() -> bigWins.decline(toManager, "Not mine"), "bigwins.error.not-yours");
        fixtures.signIn(a);
        assertThatThrownBy(() -> bigWins.approve(toManager, null)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> bigWins.queue(null, 10)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void an_hr_person_among_the_recipients_does_not_decide_it() {
        Person hrRecipient = fixtures.person(name("HR recipient"), Role.HR);
        long id = nominate(fixtures.person(name("Nominator")), level(10), hrRecipient);

        fixtures.signIn(hrRecipient);
        assertThat(bigWins.queue(null, 50).items()).extracting(BigWin::id).doesNotContain(id);
        assertRefused(() -> bigWins.approve(id, null), "bigwins.error.own-award");
    }

    @Test
    void two_deciders_approving_at_once_pay_once() throws Exception {
        Person a = fixtures.person(name("Recipient"));
        Person b = fixtures.person(name("Recipient"));
        long id = nominate(fixtures.person(name("Nominator")), level(15), a, b);
        topUp(500);
        Person hr1 = fixtures.person(name("HR one"), Role.HR);
        Person hr2 = fixtures.person(name("HR two"), Role.HR);
        var barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Person hr : List.of(hr1, hr2)) {
                outcomes.add(pool.submit(() -> {
                    fixtures.signIn(hr);
                    try {
                        barrier.await();
                        bigWins.approve(id, null);
                        return "approved";
                    } catch (UserError e) {
                        return e.key();
                    } finally {
                        Fixtures.signOut();
                    }
                }));
            }
            List<String> answers = new ArrayList<>();
            for (Future<String> f : outcomes) {
                answers.add(f.get());
            }
            assertThat(answers).containsExactlyInAnyOrder("approved", "bigwins.error.already-decided");
        } finally {
            pool.shutdownNow();
        }
        assertThat(paidFromCompany(id)).isEqualTo(30);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM point_movement WHERE kudos_id = :k").param("k", id)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(ledger.balance(Ledger.AccountKind.RECEIVED, a.getId())).isEqualTo(15);
        assertThat(ledger.balance(Ledger.AccountKind.RECEIVED, b.getId())).isEqualTo(15);
        assertThat(version(id)).isEqualTo(1);
    }

    // ---- the queue ----

    @Test
    void each_decider_sees_exactly_what_is_theirs_to_decide() {
        Person manager = manager();
        Person a = reportOf(manager);
        Person hr = fixtures.person(name("HR"), Role.HR);
        Person nominator = fixtures.person(name("Nominator"));
        long toManager = nominate(nominator, level(10), a);
        long toHr = nominate(nominator, level(10), fixtures.person(name("Alone")));
        long hrOwn = nominate(hr, level(10), fixtures.person(name("Alone")));

        fixtures.signIn(manager);
        assertThat(bigWins.queue(null, 50).items()).extracting(BigWin::id).contains(toManager).doesNotContain(toHr, hrOwn);
        fixtures.signIn(hr);
        assertThat(bigWins.queue(null, 50).items()).extracting(BigWin::id).contains(toHr).doesNotContain(toManager, hrOwn);
        fixtures.signInAs(Role.HR);
        List<Long> hrQueue = bigWins.queue(null, 50).items().stream().map(BigWin::id).toList();
        assertThat(hrQueue).contains(toHr, hrOwn).doesNotContain(toManager);
        assertThat(hrQueue.indexOf(hrOwn)).isLessThan(hrQueue.indexOf(toHr)); // newest first
    }

    @Test
    void the_queue_pages_by_keyset_newest_first() {
        Person manager = manager();
        Person a = reportOf(manager);
        Person nominator = fixtures.person(name("Nominator"));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(nominate(nominator, level(10), a));
        }
        fixtures.signIn(manager);
        BigWinSlice first = bigWins.queue(null, 2);
        assertThat(first.items()).extracting(BigWin::id).containsExactly(ids.get(4), ids.get(3));
        assertThat(first.next()).isNotNull();
        BigWinSlice second = bigWins.queue(first.next(), 2);
        assertThat(second.items()).extracting(BigWin::id).containsExactly(ids.get(2), ids.get(1));
        BigWinSlice third = bigWins.queue(second.next(), 2);
        assertThat(third.items()).extracting(BigWin::id).containsExactly(ids.get(0));
        assertThat(third.next()).isNull();

        fixtures.signIn(nominator);
        assertThat(bigWins.myNominations(null, 10).items()).extracting(BigWin::id)
                .containsExactly(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0));
    }

    @Test
    void when_the_manager_leaves_their_pending_approvals_go_to_hr() {
        Person manager = manager();
        Person a = reportOf(manager);
        Person nominator = fixtures.person(name("Nominator"));
        long id = nominate(nominator, level(10), a);
        fixtures.signInAs(Role.HR);
        assertThat(bigWins.queue(null, 50).items()).extracting(BigWin::id).doesNotContain(id);

        fixtures.signInAs(Role.ADMIN);
        people.deactivate(manager.getId());

        Person hr = fixtures.person(name("HR"), Role.HR);
        fixtures.signIn(hr);
        BigWin orphan = bigWins.queue(null, 50).items().stream().filter(w -> w.id() == id).findFirst().orElseThrow();
        assertThat(orphan.withHr()).isTrue();
        assertThat(orphan.approver()).isNotNull();
        assertThat(orphan.approver().id()).isEqualTo(manager.getId());
        topUp(100);
        fixtures.signIn(hr);
        bigWins.approve(id, null);
        assertThat(mine(nominator, id).status()).isEqualTo(BigWinStatus.PUBLISHED);
        assertThat(ledger.balance(Ledger.AccountKind.RECEIVED, a.getId())).isEqualTo(10);
    }

    // ---- the spotlight ----

    @Test
    void the_spotlight_shows_approved_public_big_wins_in_the_readers_language() {
        Person a = fixtures.person(name("Recipient"));
        Person b = fixtures.person(name("Recipient"));
        Person nominator = fixtures.person(name("Nominator"));
        long level = level(10);
        String en = nameOf(level, "name_en");
        String fa = nameOf(level, "name_fa");
        long published = nominate(nominator, level, a, b);
        long pending = nominate(nominator, level, a);
        long declined = nominate(nominator, level, a);
        long hidden = nominate(nominator, level, a);
        long privateOne = nominate(nominator, level, a);
        topUp(200);
        fixtures.signInAs(Role.HR);
        bigWins.approve(published, null);
        bigWins.approve(hidden, null);
        bigWins.approve(privateOne, null);
        bigWins.decline(declined, "No");
        jdbc.sql("UPDATE kudos SET hidden = TRUE WHERE id = :id").param("id", hidden).update();
        jdbc.sql("UPDATE kudos SET private_kudos = TRUE WHERE id = :id").param("id", privateOne).update();
        Fixtures.signOut();

        List<app.bravo.shared.ui.Spotlight.Item> english = spotlight.recent(Locale.ENGLISH, 20);
        assertThat(english).extracting(app.bravo.shared.ui.Spotlight.Item::key).contains("big-win:" + published)
                .doesNotContain("big-win:" + pending, "big-win:" + declined, "big-win:" + hidden, "big-win:" + privateOne);
        var item = english.stream().filter(i -> i.key().equals("big-win:" + published)).findFirst().orElseThrow();
        assertThat(item.label()).isEqualTo("Big win · " + en);
        assertThat(item.text()).isEqualTo("Well done " + published);
        assertThat(item.byline()).isEqualTo("from " + isolated(nominator.getDisplayName()));
        List<String> names = List.of(a.getDisplayName(), b.getDisplayName()).stream().sorted().map(BigWinServiceTest::isolated).toList();
        assertThat(item.people()).isEqualTo(String.join(", ", names));

        var persian = spotlight.recent(Locale.forLanguageTag("fa"), 20).stream()
                .filter(i -> i.key().equals("big-win:" + published)).findFirst().orElseThrow();
        assertThat(persian.label()).isEqualTo("برد بزرگ · " + fa);
        assertThat(persian.byline()).isEqualTo("از طرف " + isolated(nominator.getDisplayName()));
        assertThat(persian.people()).isEqualTo(String.join("، ", names));
        assertThat(spotlight.changes()).contains(KudosPublished.class);
    }

    // ---- helpers ----

    private static String name(String prefix) {
        return prefix + " " + Fixtures.unique("b");
    }

    private static String isolated(String s) {
        return "\u2068" + s + "\u2069";
    }

    private Person manager() {
        return fixtures.person(name("Manager"), Role.MANAGER);
    }

    private Person reportOf(Person manager) {
        Person p = fixtures.person(name("Report"));
        jdbc.sql("UPDATE person SET manager_id = :m WHERE id = :p").param("m", manager.getId()).param("p", p.getId()).update();
        return p;
    }

    /** A fresh award level of our own (the seeded ones are HR's to rename). */
    private long level(int points) {
        String tag = Fixtures.unique("L");
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO award_level (name_en, name_fa, points, position) VALUES (:en, :fa, :p, 100)")
                .param("en", "Level " + tag).param("fa", "سطح " + tag).param("p", points).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private String nameOf(long level, String column) {
        return jdbc.sql("SELECT " + column + " FROM award_level WHERE id = :id").param("id", level).query(String.class).single();
    }

    private long nominate(Person nominator, long level, Person... recipients) {
        fixtures.signIn(nominator);
        long id = bigWins.nominate(new BigWinForm(java.util.Arrays.stream(recipients).map(Person::getId).toList(), level,
                List.of(), "Well done"));
        jdbc.sql("UPDATE kudos SET message = :m WHERE id = :id").param("m", "Well done " + id).param("id", id).update();
        return id;
    }

    private BigWin mine(Person nominator, long id) {
        fixtures.signIn(nominator);
        return bigWins.myNominations(null, 50).items().stream().filter(w -> w.id() == id).findFirst().orElseThrow();
    }

    private void assertRoutedToHr(Person nominator, long id) {
        BigWin w = mine(nominator, id);
        assertThat(w.approver()).isNull();
        assertThat(w.withHr()).isTrue();
        assertThat(jdbc.sql("SELECT approver_id IS NULL FROM kudos WHERE id = :id").param("id", id).query(Boolean.class).single())
                .isTrue();
    }

    private void topUp(int amount) {
        tx.executeWithoutResult(s -> ledger.topUp(amount, "test"));
    }

    private long paidFromCompany(long id) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM point_movement WHERE kudos_id = :k AND from_account = 1 AND kind = 'BIG_WIN'")
                .param("k", id).query(Long.class).single();
    }

    private int version(long id) {
        return jdbc.sql("SELECT version FROM kudos WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    @Test
    void a_recipient_who_left_before_approval_is_named_to_the_approver_and_in_the_message_and_is_not_paid() {
        Person manager = manager();
        Person stays = reportOf(manager);
        Person leaves = reportOf(manager);
        Person nominator = fixtures.person(name("Nominator"));
        long id = nominate(nominator, level(20), stays, leaves);
        topUp(1000);
        fixtures.signInAs(Role.ADMIN);
        people.deactivate(leaves.getId());

        fixtures.signIn(manager);
        BigWin queued = bigWins.queue(null, 50).items().stream().filter(w -> w.id() == id).findFirst().orElseThrow();
        assertThat(queued.left()).extracting(BigWin.Who::id).containsExactly(leaves.getId());
        bigWins.approve(id, null);

        assertThat(ledger.balance(Ledger.AccountKind.RECEIVED, stays.getId())).isEqualTo(20);
        assertThat(ledger.balance(Ledger.AccountKind.RECEIVED, leaves.getId())).isZero();
        assertThat(paidFromCompany(id)).isEqualTo(20);
        assertThat(events.stream(BigWinApproved.class).filter(e -> e.kudosId() == id)).singleElement()
                .satisfies(e -> {
                    assertThat(e.recipientIds()).containsExactly(stays.getId());
                    assertThat(e.leftIds()).containsExactly(leaves.getId());
                });
        fixtures.signInAs(Role.ADMIN);
        assertThat(audit.find(AuditAction.BIG_WIN_APPROVED, "", PageRequest.of(0, 50)).stream()
                .filter(a -> String.valueOf(id).equals(a.getTargetId())).findFirst().orElseThrow().getMessageKey())
                .isEqualTo("audit.msg.big-win-approved-some-left");
    }

    private boolean audited(AuditAction action, long id) {
        fixtures.signInAs(Role.ADMIN);
        return audit.find(action, "", PageRequest.of(0, 50)).stream().map(AuditEntry::getTargetId)
                .anyMatch(t -> String.valueOf(id).equals(t));
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(UserError.class).hasMessage(key);
    }
}
