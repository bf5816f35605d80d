package app.bravo.recognition.internal;

import app.bravo.IntegrationTest;
import app.bravo.recognition.internal.Ledger.AccountKind;
import app.bravo.recognition.internal.Ledger.MovementKind;
import app.bravo.recognition.internal.LedgerTestData.Row;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import app.bravo.shared.time.CompanyCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Monthly allowances and team budgets with a controlled clock in the company zone: unspent points
 * expire exactly once at the company month's end (Gregorian or Persian), reruns and downtime change
 * nothing, received points never expire, and the amounts follow departments and direct reports.
 */
@IntegrationTest
class AllowanceExpiryTest extends LedgerTestCase {

    @Autowired CompanyCalendar calendar;

    private CompanyCalendar.System system;
    private DayOfWeek firstDay;

    @BeforeEach
    void keepCalendar() {
        system = calendar.system();
        firstDay = calendar.firstDayOfWeek();
    }

    @AfterEach
    void restoreCalendar() {
        calendar.set(system, firstDay);
    }

    private void gift(long giver, long recipient, int points) {
        long k = data.kudos(giver);
        tx.executeWithoutResult(s -> ledger.give(giver, AccountKind.ALLOWANCE, Map.of(recipient, points), MovementKind.GIFT, k, null, actor));
    }

    private long available(AccountKind kind, long person) {
        Long v = tx.execute(s -> ledger.available(kind, person));
        return v == null ? -1 : v;
    }

    private static Row grant(long account, int amount, String period) {
        return new Row(MovementKind.GRANT, null, account, amount, period);
    }

    private static Row expiry(long account, int amount, String period) {
        return new Row(MovementKind.EXPIRY, account, null, amount, period);
    }

    @Test
    void unspent_allowance_expires_exactly_once_at_the_month_end_and_reruns_add_nothing() {
        clock.set(Instant.parse("2032-01-20T10:00:00Z"));
        long dept = data.departmentWithAllowance(40);
        long giver = person(dept);
        long recipient = person(dept);
        gift(giver, recipient, 15);
        long allowance = data.account(AccountKind.ALLOWANCE, giver);

        clock.set(Instant.parse("2032-01-31T23:59:59.999Z"));
        job.rollDue();
        assertThat(ledger.balance(allowance)).isEqualTo(25);

        clock.set(Instant.parse("2032-02-01T00:00:00Z"));
        job.rollDue();
        job.rollDue();
        tx.executeWithoutResult(s -> ledger.roll(AccountKind.ALLOWANCE, giver));

        assertThat(data.rows(allowance)).containsExactly(
                grant(allowance, 40, "G2032-01"),
                new Row(MovementKind.GIFT, allowance, data.account(AccountKind.RECEIVED, recipient), 15, null),
                expiry(allowance, 25, "G2032-01"),
                grant(allowance, 40, "G2032-02"));
        assertThat(ledger.balance(allowance)).isEqualTo(40);
        assertThat(ledger.dueForRoll()).noneMatch(d -> d[0] == giver);
    }

    @Test
    void after_downtime_over_two_month_ends_one_run_catches_up_and_received_points_never_expire() {
        clock.set(Instant.parse("2032-03-10T10:00:00Z"));
        long dept = data.departmentWithAllowance(40);
        long giver = person(dept);
        long recipient = person(dept);
        gift(giver, recipient, 10);
        long allowance = data.account(AccountKind.ALLOWANCE, giver);
        long received = data.account(AccountKind.RECEIVED, recipient);

        clock.set(Instant.parse("2032-05-03T06:00:00Z")); // April passed while nothing ran
        assertThat(ledger.dueForRoll()).anyMatch(d -> d[0] == giver && d[1] == 0);
        job.rollDue();
        job.rollDue();

        assertThat(data.rows(allowance)).containsExactly(
                grant(allowance, 40, "G2032-03"),
                new Row(MovementKind.GIFT, allowance, received, 10, null),
                expiry(allowance, 30, "G2032-03"),
                grant(allowance, 40, "G2032-05"));
        assertThat(ledger.balance(received)).isEqualTo(10);
        assertThat(data.rows(received)).extracting(Row::kind).containsExactly(MovementKind.GIFT);
        // the recipient's own allowance rolled too, their received points did not
        assertThat(ledger.balance(AccountKind.ALLOWANCE, recipient)).isEqualTo(40);
    }

    @Test
    void a_lagging_clock_never_rolls_an_account_back_into_the_month_before() {
        clock.set(Instant.parse("2032-06-01T00:00:02Z"));
        long dept = data.departmentWithAllowance(40);
        long giver = person(dept);
        long recipient = person(dept);
        assertThat(available(AccountKind.ALLOWANCE, giver)).isEqualTo(40);
        long allowance = data.account(AccountKind.ALLOWANCE, giver);

        clock.set(Instant.parse("2032-05-31T23:59:58Z")); // a second instance, a few seconds behind
        gift(giver, recipient, 5);
        tx.executeWithoutResult(s -> ledger.roll(AccountKind.ALLOWANCE, giver));

        assertThat(data.rows(allowance)).extracting(Row::kind).containsExactly(MovementKind.GRANT, MovementKind.GIFT);
        assertThat(ledger.balance(allowance)).isEqualTo(35);
    }

    @Test
    void in_the_persian_calendar_the_allowance_expires_at_the_persian_months_end() {
        calendar.set(CompanyCalendar.System.PERSIAN, DayOfWeek.SATURDAY);
        // 1 Farvardin 1411 is 20 March 2032 (UTC, the tests' company zone); Esfand 1410 began on 20 February
        assertThat(calendar.month("P1411-01").start()).isEqualTo(Instant.parse("2032-03-20T00:00:00Z"));
        clock.set(Instant.parse("2032-02-25T10:00:00Z"));
        long dept = data.departmentWithAllowance(40);
        long giver = person(dept);
        long recipient = person(dept);
        gift(giver, recipient, 10);
        long allowance = data.account(AccountKind.ALLOWANCE, giver);

        clock.set(Instant.parse("2032-03-01T00:00:00Z")); // a Gregorian month's start: nothing happens
        tx.executeWithoutResult(s -> ledger.roll(AccountKind.ALLOWANCE, giver));
        clock.set(Instant.parse("2032-03-19T23:59:59Z"));
        tx.executeWithoutResult(s -> ledger.roll(AccountKind.ALLOWANCE, giver));
        assertThat(ledger.balance(allowance)).isEqualTo(30);

        clock.set(Instant.parse("2032-03-20T00:00:00Z"));
        tx.executeWithoutResult(s -> ledger.roll(AccountKind.ALLOWANCE, giver));

        assertThat(data.rows(allowance)).containsExactly(
                grant(allowance, 40, "P1410-12"),
                new Row(MovementKind.GIFT, allowance, data.account(AccountKind.RECEIVED, recipient), 10, null),
                expiry(allowance, 30, "P1410-12"),
                grant(allowance, 40, "P1411-01"));
    }

    @Test
    void a_sub_department_inherits_its_parents_allowance_and_zero_grants_nothing() {
        clock.set(Instant.parse("2032-07-05T10:00:00Z"));
        long parent = data.departmentWithAllowance(70);
        long child = data.department(parent);
        long grandchild = data.department(child);
        long none = data.department(parent);
        data.allowance(none, 0);
        long inheriting = person(grandchild);
        long withoutPoints = person(none);
        long recipient = person(parent);

        assertThat(available(AccountKind.ALLOWANCE, inheriting)).isEqualTo(70);
        assertThat(available(AccountKind.ALLOWANCE, withoutPoints)).isZero();
        assertThat(data.rows(data.account(AccountKind.ALLOWANCE, withoutPoints))).isEmpty();
        long k = data.kudos(withoutPoints);
        UserError e = catchThrowableOfType(UserError.class, () -> tx.executeWithoutResult(s -> ledger.give(withoutPoints,
                AccountKind.ALLOWANCE, Map.of(recipient, 1), MovementKind.GIFT, k, null, actor)));
        assertThat(e.key()).isEqualTo("recognition.error.allowance-too-small");
        // a kudos without points needs none
        tx.executeWithoutResult(s -> ledger.give(withoutPoints, AccountKind.ALLOWANCE, Map.of(recipient, 0), MovementKind.GIFT, k,
                null, actor));
        // someone outside every department with an allowance gets the company default
        long outside = fixtures.person("No Department").getId();
        assertThat(available(AccountKind.ALLOWANCE, outside)).isEqualTo(before.monthlyAllowance());
    }

    @Test
    void a_managers_team_budget_is_the_base_plus_an_amount_per_active_direct_report() {
        settings.update(new RecognitionSettingsStore.Settings(before.monthlyAllowance(), 25, 10, before.dailyCapPerPerson(),
                before.valueRequired(), before.pointValue(), before.currency()));
        clock.set(Instant.parse("2032-08-05T10:00:00Z"));
        long dept = data.departmentWithAllowance(40);
        long manager = person(dept, Role.MANAGER);
        long employee = person(dept);
        for (int i = 0; i < 3; i++) {
            data.manager(person(dept), manager);
        }
        long former = person(dept);
        data.manager(former, manager);
        data.deactivate(former);

        assertThat(available(AccountKind.TEAM_BUDGET, manager)).isEqualTo(25 + 3 * 10);
        assertThat(available(AccountKind.TEAM_BUDGET, employee)).isZero();
        assertThat(ledger.dueForRoll()).noneMatch(d -> d[0] == employee && d[1] == 1);

        long k = data.kudos(manager);
        tx.executeWithoutResult(s -> ledger.give(manager, AccountKind.TEAM_BUDGET, Map.of(employee, 20), MovementKind.GIFT, k, null, actor));
        UserError e = catchThrowableOfType(UserError.class, () -> tx.executeWithoutResult(s -> ledger.give(manager,
                AccountKind.TEAM_BUDGET, Map.of(employee, 36), MovementKind.GIFT, data.kudos(manager), null, actor)));
        assertThat(e.key()).isEqualTo("recognition.error.team-budget-too-small");
        assertThat(e.args()).containsExactly(35L, 36L);

        // the next month: what is left expires, the budget comes again
        clock.set(Instant.parse("2032-09-01T00:00:00Z"));
        job.rollDue();
        long budget = data.account(AccountKind.TEAM_BUDGET, manager);
        assertThat(data.rows(budget)).extracting(Row::kind, Row::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MovementKind.GRANT, 55),
                org.assertj.core.groups.Tuple.tuple(MovementKind.GIFT, 20),
                org.assertj.core.groups.Tuple.tuple(MovementKind.EXPIRY, 35),
                org.assertj.core.groups.Tuple.tuple(MovementKind.GRANT, 55));
    }

    @Test
    void a_former_colleagues_unspent_allowance_expires_and_is_not_granted_again() {
        clock.set(Instant.parse("2032-10-05T10:00:00Z"));
        long dept = data.departmentWithAllowance(40);
        long leaver = person(dept);
        assertThat(available(AccountKind.ALLOWANCE, leaver)).isEqualTo(40);
        data.deactivate(leaver);

        clock.set(Instant.parse("2032-11-01T00:00:00Z"));
        assertThat(ledger.dueForRoll()).anyMatch(d -> d[0] == leaver && d[1] == 0);
        job.rollDue();

        long allowance = data.account(AccountKind.ALLOWANCE, leaver);
        assertThat(data.rows(allowance)).containsExactly(grant(allowance, 40, "G2032-10"), expiry(allowance, 40, "G2032-10"));
        assertThat(ledger.dueForRoll()).noneMatch(d -> d[0] == leaver);
    }
}
