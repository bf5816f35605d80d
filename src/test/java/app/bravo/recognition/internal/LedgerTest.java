package app.bravo.recognition.internal;

import app.bravo.IntegrationTest;
import app.bravo.recognition.internal.Ledger.AccountKind;
import app.bravo.recognition.internal.Ledger.MovementKind;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The points ledger against MariaDB: a mixed workload checked against the test's own model of
 * every balance and for the conservation of points, reversals, refunds and the daily cap.
 */
@IntegrationTest
class LedgerTest extends LedgerTestCase {

    /** What the test expects each account to hold, kept by hand beside the ledger. */
    private static final class Model {
        final Map<String, Long> held = new LinkedHashMap<>();
        long granted;
        long toppedUp;
        long redeemed;
        long refunded;
        long expired;

        void add(String account, long points) {
            held.merge(account, points, Long::sum);
        }

        void move(String from, String to, long points) {
            add(from, -points);
            add(to, points);
        }
    }

    @Test
    void a_mixed_workload_leaves_every_balance_as_the_model_says_and_conserves_points() {
        var s = before;
        settings.update(new RecognitionSettingsStore.Settings(s.monthlyAllowance(), 20, 10, 50, s.valueRequired(),
                s.pointValue(), s.currency()));
        clock.set(Instant.parse("2031-01-10T10:00:00Z"));
        long dept = data.departmentWithAllowance(60);
        long a = person(dept);
        long b = person(dept);
        long c = person(dept);
        long m = fixtures.person("Ledger Manager", Role.MANAGER).getId();
        data.place(m, dept);
        data.manager(a, m);
        data.manager(b, m);
        long companyBefore = ledger.companyBudget();
        var model = new Model();

        // January: allowances and the manager's team budget (20 + 10 per direct report)
        for (long p : List.of(a, b, c, m)) {
            assertThat(inTx(() -> ledger.available(AccountKind.ALLOWANCE, p))).isEqualTo(60);
            model.add("allowance " + p, 60);
            model.granted += 60;
        }
        assertThat(inTx(() -> ledger.available(AccountKind.TEAM_BUDGET, m))).isEqualTo(40);
        model.add("team " + m, 40);
        model.granted += 40;

        long k1 = data.kudos(a);
        run(() -> ledger.give(a, AccountKind.ALLOWANCE, Map.of(b, 10, c, 5), MovementKind.GIFT, k1, null, actor));
        model.move("allowance " + a, "received " + b, 10);
        model.move("allowance " + a, "received " + c, 5);
        long k2 = data.kudos(b);
        run(() -> ledger.give(b, AccountKind.ALLOWANCE, Map.of(a, 20), MovementKind.GIFT, k2, null, actor));
        model.move("allowance " + b, "received " + a, 20);
        long ad1 = data.addon(k1, c);
        run(() -> ledger.give(c, AccountKind.ALLOWANCE, Map.of(b, 4, c, 0), MovementKind.ADD_ON, k1, ad1, actor));
        model.move("allowance " + c, "received " + b, 4);
        long k3 = data.kudos(m);
        run(() -> ledger.give(m, AccountKind.TEAM_BUDGET, Map.of(a, 15), MovementKind.GIFT, k3, null, actor));
        model.move("team " + m, "received " + a, 15);

        // a big win after a top-up
        run(() -> ledger.topUp(100, actor));
        model.toppedUp += 100;
        model.add("company", 100);
        long k4 = data.kudos(b);
        run(() -> ledger.award(k4, List.of(c, a), 12, actor));
        model.move("company", "received " + a, 12);
        model.move("company", "received " + c, 12);

        // redemptions, one declined and refunded (twice asked, once given)
        long r1 = data.redemption(a, 30);
        run(() -> ledger.redeem(a, 30, r1, actor));
        model.add("received " + a, -30);
        model.redeemed += 30;
        long r2 = data.redemption(c, 10);
        run(() -> ledger.redeem(c, 10, r2, actor));
        model.add("received " + c, -10);
        model.redeemed += 10;
        run(() -> ledger.refund(r2, actor));
        run(() -> ledger.refund(r2, actor));
        model.add("received " + c, 10);
        model.refunded += 10;
        assertThat(refusal(() -> ledger.redeem(c, 1000, data.redemption(c, 1000), actor)).key())
                .isEqualTo("recognition.error.balance-too-small");

        // reversals: one refused (a spent 30 of its 47), two given back
        assertThat(refusal(() -> ledger.reverse(k2, null, actor)).key()).isEqualTo("recognition.error.points-already-spent");
        assertThat(inTx(() -> ledger.reverse(k1, null, actor))).isEqualTo(15);
        model.move("received " + b, "allowance " + a, 10);
        model.move("received " + c, "allowance " + a, 5);
        assertThat(inTx(() -> ledger.reverse(k1, ad1, actor))).isEqualTo(4);
        model.move("received " + b, "allowance " + c, 4);

        // across the month's end: every monthly account expires what it left and is granted again
        clock.set(Instant.parse("2031-02-01T00:00:01Z"));
        job.rollDue();
        for (var e : new ArrayList<>(model.held.entrySet())) {
            if (e.getKey().startsWith("allowance ") || e.getKey().startsWith("team ")) {
                model.expired += e.getValue();
                long next = e.getKey().startsWith("team ") ? 40 : 60;
                model.held.put(e.getKey(), next);
                model.granted += next;
            }
        }
        long k5 = data.kudos(b);
        run(() -> ledger.give(b, AccountKind.ALLOWANCE, Map.of(a, 7), MovementKind.GIFT, k5, null, actor));
        model.move("allowance " + b, "received " + a, 7);
        long r3 = data.redemption(a, 5);
        run(() -> ledger.redeem(a, 5, r3, actor));
        model.add("received " + a, -5);
        model.redeemed += 5;
        // a January gift given back in February: January's budget is over, so the points expire at once
        assertThat(inTx(() -> ledger.reverse(k3, null, actor))).isEqualTo(15);
        model.add("received " + a, -15);
        model.expired += 15;

        // every account as the model says
        Map<String, Long> accounts = new LinkedHashMap<>();
        for (long p : List.of(a, b, c)) {
            accounts.put("allowance " + p, data.account(AccountKind.ALLOWANCE, p));
            accounts.put("received " + p, data.account(AccountKind.RECEIVED, p));
        }
        accounts.put("allowance " + m, data.account(AccountKind.ALLOWANCE, m));
        accounts.put("team " + m, data.account(AccountKind.TEAM_BUDGET, m));
        assertThat(ledger.findAccount(AccountKind.RECEIVED, m)).isEmpty();
        long held = 0;
        for (var e : accounts.entrySet()) {
            long expected = model.held.getOrDefault(e.getKey(), 0L);
            assertThat(ledger.balance(e.getValue())).as(e.getKey()).isEqualTo(expected);
            held += expected;
        }
        assertThat(ledger.balance(AccountKind.RECEIVED, a)).isEqualTo(4);
        assertThat(ledger.balance(AccountKind.RECEIVED, b)).isEqualTo(0);
        assertThat(ledger.balance(AccountKind.RECEIVED, c)).isEqualTo(12);
        long companyDelta = ledger.companyBudget() - companyBefore;
        assertThat(companyDelta).isEqualTo(model.held.get("company"));

        // the rows' kinds tell the same totals as the model, and nothing was made or lost
        var in = data.flows(accounts.values(), true);
        var out = data.flows(accounts.values(), false);
        long granted = in.getOrDefault(MovementKind.GRANT, 0L);
        long refunded = in.getOrDefault(MovementKind.REFUND, 0L);
        long redeemed = out.getOrDefault(MovementKind.REDEMPTION, 0L);
        long expired = out.getOrDefault(MovementKind.EXPIRY, 0L);
        long toppedUp = data.topUpsBy(actor);
        assertThat(granted).isEqualTo(model.granted).isEqualTo(4 * 60 * 2 + 40 * 2);
        assertThat(toppedUp).isEqualTo(model.toppedUp);
        assertThat(redeemed).isEqualTo(model.redeemed);
        assertThat(refunded).isEqualTo(model.refunded);
        assertThat(expired).isEqualTo(model.expired);
        assertThat(granted + toppedUp + refunded).isEqualTo(held + companyDelta + redeemed + expired);
    }

    @Test
    void a_deleted_kudos_gives_its_points_back_once() {
        clock.set(Instant.parse("2031-03-05T09:00:00Z"));
        long dept = data.departmentWithAllowance(50);
        long giver = person(dept);
        long r1 = person(dept);
        long r2 = person(dept);
        long k = data.kudos(giver);
        run(() -> ledger.give(giver, AccountKind.ALLOWANCE, Map.of(r1, 8, r2, 6), MovementKind.GIFT, k, null, actor));
        assertThat(ledger.balance(AccountKind.ALLOWANCE, giver)).isEqualTo(36);

        assertThat(inTx(() -> ledger.reverse(k, null, actor))).isEqualTo(14);
        assertThat(inTx(() -> ledger.reverse(k, null, actor))).isZero();

        assertThat(ledger.balance(AccountKind.ALLOWANCE, giver)).isEqualTo(50);
        assertThat(ledger.balance(AccountKind.RECEIVED, r1)).isZero();
        assertThat(ledger.balance(AccountKind.RECEIVED, r2)).isZero();
        assertThat(data.movementsOf(k, MovementKind.GIFT)).isEqualTo(2);
        assertThat(data.movementsOf(k, MovementKind.REVERSAL)).isEqualTo(2);
    }

    @Test
    void a_reversal_is_refused_when_the_recipient_has_spent_the_points() {
        clock.set(Instant.parse("2031-03-06T09:00:00Z"));
        long dept = data.departmentWithAllowance(50);
        long giver = person(dept);
        long recipient = person(dept);
        long k = data.kudos(giver);
        run(() -> ledger.give(giver, AccountKind.ALLOWANCE, Map.of(recipient, 20), MovementKind.GIFT, k, null, actor));
        long redemption = data.redemption(recipient, 15);
        run(() -> ledger.redeem(recipient, 15, redemption, actor));

        UserError e = refusal(() -> ledger.reverse(k, null, actor));

        assertThat(e.key()).isEqualTo("recognition.error.points-already-spent");
        assertThat(ledger.balance(AccountKind.RECEIVED, recipient)).isEqualTo(5);
        assertThat(ledger.balance(AccountKind.ALLOWANCE, giver)).isEqualTo(30);
        assertThat(data.movementsOf(k, MovementKind.REVERSAL)).isZero();
    }

    @Test
    void the_daily_cap_from_one_giver_to_one_person_resets_on_the_next_company_day() {
        int cap = before.dailyCapPerPerson();
        clock.set(Instant.parse("2031-03-10T08:00:00Z"));
        long dept = data.departmentWithAllowance(cap * 3);
        long giver = person(dept);
        long recipient = person(dept);
        long other = person(dept);
        run(() -> ledger.give(giver, AccountKind.ALLOWANCE, Map.of(recipient, cap), MovementKind.GIFT, data.kudos(giver), null, actor));

        clock.set(Instant.parse("2031-03-10T23:59:59Z"));
        UserError e = refusal(() -> ledger.give(giver, AccountKind.ALLOWANCE, Map.of(recipient, 1), MovementKind.GIFT,
                data.kudos(giver), null, actor));
        assertThat(e.key()).isEqualTo("recognition.error.daily-cap");
        assertThat(e.args()).containsExactly(cap);
        // another person, or another giver's points, are not capped by it
        run(() -> ledger.give(giver, AccountKind.ALLOWANCE, Map.of(other, 1), MovementKind.GIFT, data.kudos(giver), null, actor));

        clock.advance(Duration.ofSeconds(1));
        run(() -> ledger.give(giver, AccountKind.ALLOWANCE, Map.of(recipient, 1), MovementKind.GIFT, data.kudos(giver), null, actor));
        assertThat(ledger.balance(AccountKind.RECEIVED, recipient)).isEqualTo(cap + 1);
        assertThat(ledger.sentSince(giver, recipient, Instant.parse("2031-03-11T00:00:00Z"))).isEqualTo(1);
    }

    @Test
    void points_given_back_today_count_no_more_against_the_daily_cap() {
        int cap = before.dailyCapPerPerson();
        clock.set(Instant.parse("2031-03-12T08:00:00Z"));
        long dept = data.departmentWithAllowance(cap * 3);
        long giver = person(dept);
        long recipient = person(dept);
        long k = data.kudos(giver);
        run(() -> ledger.give(giver, AccountKind.ALLOWANCE, Map.of(recipient, cap), MovementKind.GIFT, k, null, actor));
        run(() -> ledger.reverse(k, null, actor));

        run(() -> ledger.give(giver, AccountKind.ALLOWANCE, Map.of(recipient, cap), MovementKind.GIFT, data.kudos(giver), null, actor));

        assertThat(ledger.balance(AccountKind.RECEIVED, recipient)).isEqualTo(cap);
    }

    @Test
    void a_gift_beyond_the_allowance_is_refused_with_what_is_left_and_what_was_asked() {
        clock.set(Instant.parse("2031-03-13T08:00:00Z"));
        long dept = data.departmentWithAllowance(30);
        long giver = person(dept);
        long r1 = person(dept);
        long r2 = person(dept);

        UserError e = refusal(() -> ledger.give(giver, AccountKind.ALLOWANCE, Map.of(r1, 20, r2, 11), MovementKind.GIFT,
                data.kudos(giver), null, actor));

        assertThat(e.key()).isEqualTo("recognition.error.allowance-too-small");
        assertThat(e.args()).containsExactly(30L, 31L);
        assertThat(ledger.balance(AccountKind.RECEIVED, r1)).isZero();
        assertThat(refusal(() -> ledger.give(giver, AccountKind.ALLOWANCE, Map.of(r1, -1), MovementKind.GIFT,
                data.kudos(giver), null, actor)).key()).isEqualTo("recognition.error.points-whole-positive");
    }

    @Test
    void a_big_win_beyond_the_company_budget_is_refused() {
        clock.set(Instant.parse("2031-03-14T08:00:00Z"));
        long dept = data.departmentWithAllowance(30);
        long recipient = person(dept);
        long budget = ledger.companyBudget();

        UserError e = refusal(() -> ledger.award(data.kudos(recipient), List.of(recipient), Math.toIntExact(budget + 1), actor));

        assertThat(e.key()).isEqualTo("recognition.error.company-budget-too-small");
        assertThat(e.args()).containsExactly(budget, budget + 1);
        assertThat(ledger.balance(AccountKind.RECEIVED, recipient)).isZero();
        assertThat(refusal(() -> ledger.topUp(0, actor)).key()).isEqualTo("recognition.error.points-whole-positive");
    }

    @Test
    void a_persons_history_lists_their_movements_newest_first_by_pages() {
        clock.set(Instant.parse("2031-03-15T08:00:00Z"));
        long dept = data.departmentWithAllowance(30);
        long giver = person(dept);
        long recipient = person(dept);
        for (int i = 1; i <= 3; i++) {
            int points = i;
            run(() -> ledger.give(giver, AccountKind.ALLOWANCE, Map.of(recipient, points), MovementKind.GIFT,
                    data.kudos(giver), null, actor));
        }

        var first = ledger.history(giver, null, 3);
        var rest = ledger.history(giver, first.getLast().id(), 3);

        assertThat(first).extracting(Ledger.Movement::amount).containsExactly(-3, -2, -1);
        assertThat(rest).extracting(Ledger.Movement::kind).containsExactly(MovementKind.GRANT);
        assertThat(rest.getFirst().period()).isEqualTo("G2031-03");
    }
}
