package app.bravo.recognition;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.TestClock;
import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditEntry;
import app.bravo.audit.AuditService;
import app.bravo.recognition.internal.Ledger;
import app.bravo.recognition.internal.RecognitionSettingsStore;
import app.bravo.security.BravoUser;
import app.bravo.security.Role;
import app.bravo.shared.KeysetPage;
import app.bravo.shared.KeysetToken;
import app.bravo.shared.UserError;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
class RecognitionAdminServiceTest {

    @Autowired RecognitionAdminService admin;
    @Autowired RewardService rewards;
    @Autowired RecognitionSettingsStore store;
    @Autowired AuditService audit;
    @Autowired Ledger ledger;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired TestClock clock;

    private RecognitionSettingsStore.Settings before;
    private BravoUser hr;

    @BeforeEach
    void signIn() {
        before = store.current();
        hr = fixtures.signInAs(Role.HR);
    }

    @AfterEach
    void restore() {
        store.update(before);
        clock.reset();
        Fixtures.signOut();
    }

    /** The audit entries of one action by the signed-in HR person, read as an administrator. */
    private List<AuditEntry> audited(AuditAction action) {
        fixtures.signInAs(Role.ADMIN);
        var entries = audit.find(action, hr.email(), PageRequest.of(0, 10)).getContent();
        fixtures.signIn(fixtures.person("HR again", Role.HR));
        return entries;
    }

    private UserError refusal(Runnable r) {
        return catchThrowableOfType(UserError.class, r::run);
    }

    @Test
    void hr_changes_the_settings_and_the_change_is_audited() {
        admin.updateSettings(new RecognitionSettings(120, 30, 5, 40, true, new BigDecimal("0.05"), "usd"));

        RecognitionSettings s = admin.settings();
        assertThat(s).isEqualTo(new RecognitionSettings(120, 30, 5, 40, true, new BigDecimal("0.0500"), "USD"));
        var entries = audited(AuditAction.RECOGNITION_SETTINGS_CHANGED);
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().getMessageKey()).isEqualTo("audit.msg.recognition-settings-changed");
        assertThat(entries.getFirst().getParams()).contains("\"allowance\":120").contains("\"currency\":\"USD\"")
                .contains("\"pointValue\":\"0.05\"");
    }

    @Test
    void bad_settings_are_refused_and_nothing_changes() {
        var p = before;
        assertThat(refusal(() -> admin.updateSettings(new RecognitionSettings(-1, 0, 0, 0, false, BigDecimal.ONE, "EUR"))).key())
                .isEqualTo("recognition.admin.error.allowance");
        assertThat(refusal(() -> admin.updateSettings(new RecognitionSettings(10, 0, -5, 0, false, BigDecimal.ONE, "EUR"))).key())
                .isEqualTo("recognition.admin.error.team-per-report");
        assertThat(refusal(() -> admin.updateSettings(new RecognitionSettings(10, 0, 0, 0, false, BigDecimal.ONE, "EURO"))).key())
                .isEqualTo("recognition.admin.error.currency");
        assertThat(refusal(() -> admin.updateSettings(new RecognitionSettings(10, 0, 0, 0, false, new BigDecimal("0.00001"), "EUR")))
                .key()).isEqualTo("recognition.admin.error.point-value-scale");
        assertThat(refusal(() -> admin.updateSettings(new RecognitionSettings(10, 0, 0, 0, false, new BigDecimal("-1"), "EUR"))).key())
                .isEqualTo("recognition.admin.error.point-value");

        assertThat(store.current()).isEqualTo(p);
        assertThat(audited(AuditAction.RECOGNITION_SETTINGS_CHANGED)).isEmpty();
    }

    @Test
    void a_department_allowance_is_set_changed_and_removed_with_each_step_audited() {
        var dept = fixtures.department("Allowance");

        admin.setDepartmentAllowance(dept.getId(), 30);
        admin.setDepartmentAllowance(dept.getId(), 0);
        assertThat(admin.departmentAllowances()).contains(new DepartmentAllowance(dept.getId(), dept.getName(), 0));
        admin.removeDepartmentAllowance(dept.getId());

        assertThat(admin.departmentAllowances()).noneMatch(a -> a.departmentId() == dept.getId());
        assertThat(audited(AuditAction.DEPARTMENT_ALLOWANCE_SET)).extracting(AuditEntry::getMessageKey)
                .containsExactly("audit.msg.department-allowance-changed", "audit.msg.department-allowance-set");
        assertThat(audited(AuditAction.DEPARTMENT_ALLOWANCE_REMOVED)).extracting(AuditEntry::getSubject).containsExactly(dept.getName());
        assertThat(refusal(() -> admin.setDepartmentAllowance(dept.getId(), -3)).key()).isEqualTo("recognition.admin.error.allowance");
        assertThat(refusal(() -> admin.setDepartmentAllowance(-42, 3)).key()).isEqualTo("recognition.admin.error.no-department");
    }

    @Test
    void hr_creates_and_changes_an_award_level_in_both_languages() {
        String name = Fixtures.unique("Heroic");
        long id = admin.createAwardLevel(" " + name + " ", "قهرمانانه", 75, 9, true);
        admin.updateAwardLevel(id, name, "قهرمانانه 🎉", 80, 10, false);

        assertThat(admin.awardLevels()).contains(new AwardLevelInfo(id, name, "قهرمانانه 🎉", 80, 10, false));
        assertThat(audited(AuditAction.AWARD_LEVEL_CREATED)).extracting(AuditEntry::getSubject).containsExactly(name);
        assertThat(audited(AuditAction.AWARD_LEVEL_UPDATED)).extracting(AuditEntry::getMessageKey)
                .containsExactly("audit.msg.award-level-retired");
        assertThat(refusal(() -> admin.createAwardLevel(name, "ن", 0, 1, true)).key()).isEqualTo("recognition.admin.error.level-points");
        assertThat(refusal(() -> admin.createAwardLevel(name, "  ", 5, 1, true)).key())
                .isEqualTo("recognition.admin.error.level-name-fa.required");
        assertThat(refusal(() -> admin.updateAwardLevel(id, "x".repeat(61), "ن", 5, 1, true)).key())
                .isEqualTo("recognition.admin.error.level-name-en.too-long");
        assertThat(refusal(() -> admin.updateAwardLevel(-1, name, "ن", 5, 1, true)).key()).isEqualTo("recognition.admin.error.no-level");
    }

    @Test
    void the_company_budget_movements_page_newest_first_by_time_then_id_and_show_more_goes_on_below() {
        Instant at = Instant.parse("1972-02-03T04:05:06.000000Z").plusNanos((System.nanoTime() % 900_000) * 1000);
        clock.set(at);
        admin.topUp(1);
        admin.topUp(2);
        clock.set(at.plusSeconds(1));
        admin.topUp(3);
        clock.reset();
        long one = topUpAt(at, 1);
        long two = topUpAt(at, 2);
        long three = topUpAt(at.plusSeconds(1), 3);

        KeysetPage<BudgetMovement> first = admin.companyMovements(new KeysetToken(at.plusSeconds(1).plusNanos(1000), 0), 2);
        assertThat(first.items()).extracting(BudgetMovement::id).containsExactly(three, two);
        assertThat(first.next()).isEqualTo(new KeysetToken(at, two));

        KeysetPage<BudgetMovement> second = admin.companyMovements(first.next(), 1);
        assertThat(second.items()).extracting(BudgetMovement::id, BudgetMovement::amount, BudgetMovement::at)
                .containsExactly(tuple(one, 1L, at));
    }

    private long topUpAt(Instant at, long amount) {
        return jdbc.sql("SELECT id FROM point_movement WHERE kind = 'TOP_UP' AND created_at = :at AND amount = :amount")
                .param("at", Timestamp.from(at)).param("amount", amount).query(Long.class).single();
    }

    @Test
    void a_top_up_grows_the_company_budget_shows_in_its_movements_and_is_audited() {
        long budget = admin.companyBudget();

        admin.topUp(250);

        assertThat(admin.companyBudget()).isEqualTo(budget + 250);
        BudgetMovement newest = admin.companyMovements(null, 5).items().getFirst();
        assertThat(newest.kind()).isEqualTo("TOP_UP");
        assertThat(newest.amount()).isEqualTo(250);
        assertThat(newest.actor()).isEqualTo(hr.email());
        assertThat(admin.companyMovements(new KeysetToken(newest.at(), newest.id()), 5).items())
                .allMatch(m -> m.at().isBefore(newest.at()) || m.id() < newest.id());
        assertThat(audited(AuditAction.COMPANY_BUDGET_TOPPED_UP)).hasSize(1);
        assertThat(refusal(() -> admin.topUp(0)).key()).isEqualTo("recognition.admin.error.top-up");
        assertThat(refusal(() -> admin.topUp(-5)).key()).isEqualTo("recognition.admin.error.top-up");
    }

    @Test
    void the_liability_is_the_points_held_in_received_accounts_at_the_point_value() {
        admin.updateSettings(new RecognitionSettings(before.monthlyAllowance(), 0, 0, 50, false, new BigDecimal("0.5"), "EUR"));
        long held = admin.liability().points();
        long giver = fixtures.person("Liability Giver").getId();
        long recipient = fixtures.person("Liability Recipient").getId();
        var key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("INSERT INTO kudos (kind, status, giver_id, message, created_at, published_at) VALUES ('SMALL', 'PUBLISHED', :g, 'Thanks', :t, :t)")
                .param("g", giver).param("t", now).update(key, "id");
        long kudos = key.getKey().longValue();
        int points = Math.min(7, before.monthlyAllowance());
        new TransactionTemplate(transactions).executeWithoutResult(s -> ledger.give(giver, Ledger.AccountKind.ALLOWANCE,
                Map.of(recipient, points), Ledger.MovementKind.GIFT, kudos, null, "test"));

        PointsLiability l = admin.liability();

        assertThat(l.points()).isEqualTo(held + points);
        assertThat(l.worth()).isEqualByComparingTo(new BigDecimal("0.5").multiply(BigDecimal.valueOf(held + points)));
        assertThat(l.currency()).isEqualTo("EUR");
        // one computation in the ledger: the rewards page shows the very same figure
        assertThat(l.points()).isEqualTo(ledger.heldReceived());
        assertThat(rewards.liability()).isEqualTo(l);
    }

    @Test
    void an_employee_is_refused_every_part_of_the_administration() {
        fixtures.signInAs();
        assertThatThrownBy(() -> admin.settings()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> admin.topUp(10)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> admin.liability()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> admin.createAwardLevel("A", "ب", 5, 1, true)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> admin.setDepartmentAllowance(1, 5)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
