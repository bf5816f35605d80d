package app.bravo.recognition;

import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditMessage;
import app.bravo.audit.AuditService;
import app.bravo.recognition.internal.Ledger;
import app.bravo.recognition.internal.RecognitionAdminStore;
import app.bravo.recognition.internal.RecognitionSettingsStore;
import app.bravo.security.CurrentUser;
import app.bravo.security.Roles;
import app.bravo.shared.KeysetPage;
import app.bravo.shared.KeysetToken;
import app.bravo.shared.TextRules;
import app.bravo.shared.UserError;
import app.bravo.shared.db.RetryOnDeadlock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's administration of points (issue 13): the settings (monthly allowance, team budgets, the
 * daily cap, whether a value is required, what a point is worth), department allowances, the
 * big-win award levels, the company budget that pays for big wins, and the points liability.
 * Every change is checked here and written to the audit log in the same transaction.
 */
@Service
@PreAuthorize(Roles.IS_HR_OR_ADMIN)
@Transactional(readOnly = true)
public class RecognitionAdminService {

    /** The most movements of the company budget one page shows. */
    public static final int MOVEMENTS_MAX = 100;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final RecognitionSettingsStore settings;
    private final RecognitionAdminStore store;
    private final Ledger ledger;
    private final AuditService audit;
    private final CurrentUser currentUser;

    RecognitionAdminService(RecognitionSettingsStore settings, RecognitionAdminStore store, Ledger ledger, AuditService audit,
                            CurrentUser currentUser) {
        this.settings = settings;
        this.store = store;
        this.ledger = ledger;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    // ---- settings ----

    public RecognitionSettings settings() {
        var s = settings.current();
        return new RecognitionSettings(s.monthlyAllowance(), s.teamBudgetBase(), s.teamBudgetPerReport(), s.dailyCapPerPerson(),
                s.valueRequired(), s.pointValue(), s.currency());
    }

    @Transactional
    public void updateSettings(RecognitionSettings s) {
        points(s.monthlyAllowance(), "recognition.admin.error.allowance");
        points(s.teamBudgetBase(), "recognition.admin.error.team-base");
        points(s.teamBudgetPerReport(), "recognition.admin.error.team-per-report");
        points(s.dailyCap(), "recognition.admin.error.daily-cap");
        BigDecimal value = s.pointValue();
        if (value == null || value.signum() < 0 || value.compareTo(RecognitionSettings.POINT_VALUE_MAX) > 0) {
            throw new UserError("recognition.admin.error.point-value");
        }
        if (value.stripTrailingZeros().scale() > RecognitionSettings.POINT_VALUE_SCALE) {
            throw new UserError("recognition.admin.error.point-value-scale", RecognitionSettings.POINT_VALUE_SCALE);
        }
        String currency = s.currency() == null ? "" : s.currency().strip().toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(currency).matches()) {
            throw new UserError("recognition.admin.error.currency");
        }
        settings.update(new RecognitionSettingsStore.Settings(s.monthlyAllowance(), s.teamBudgetBase(), s.teamBudgetPerReport(),
                s.dailyCap(), s.valueRequired(), value.setScale(RecognitionSettings.POINT_VALUE_SCALE, RoundingMode.UNNECESSARY),
                currency));
        audit.record(AuditAction.RECOGNITION_SETTINGS_CHANGED, "recognition-settings", 1,
                AuditMessage.of("audit.msg.recognition-settings-changed")
                        .text("allowance", s.monthlyAllowance()).text("base", s.teamBudgetBase())
                        .text("perReport", s.teamBudgetPerReport()).text("cap", s.dailyCap())
                        .translated("valueRequired", "recognition.admin.value-required.", s.valueRequired())
                        .text("pointValue", value.stripTrailingZeros().toPlainString()).text("currency", currency));
    }

    private static void points(int amount, String key) {
        if (amount < 0 || amount > RecognitionSettings.POINTS_MAX) {
            throw new UserError(key, RecognitionSettings.POINTS_MAX);
        }
    }

    // ---- department allowances ----

    public List<DepartmentAllowance> departmentAllowances() {
        return store.departmentAllowances();
    }

    /** Gives a department (and its sub-departments without their own) a monthly allowance; 0: no points. */
    @Transactional
    public void setDepartmentAllowance(long departmentId, int allowance) {
        points(allowance, "recognition.admin.error.allowance");
        String name = store.departmentName(departmentId).orElseThrow(() -> new UserError("recognition.admin.error.no-department"));
        Optional<Integer> was = store.departmentAllowance(departmentId);
        settings.setDepartmentAllowance(departmentId, Optional.of(allowance));
        audit.record(AuditAction.DEPARTMENT_ALLOWANCE_SET, "department", departmentId,
                AuditMessage.of(was.isPresent() ? "audit.msg.department-allowance-changed" : "audit.msg.department-allowance-set")
                        .subject(name).text("allowance", allowance).text("was", was.orElse(0)));
    }

    /** The department follows its parent's allowance again, or the company's. */
    @Transactional
    public void removeDepartmentAllowance(long departmentId) {
        String name = store.departmentName(departmentId).orElseThrow(() -> new UserError("recognition.admin.error.no-department"));
        Optional<Integer> was = store.departmentAllowance(departmentId);
        if (was.isEmpty()) {
            return;
        }
        settings.setDepartmentAllowance(departmentId, Optional.empty());
        audit.record(AuditAction.DEPARTMENT_ALLOWANCE_REMOVED, "department", departmentId,
                AuditMessage.of("audit.msg.department-allowance-removed").subject(name).text("was", was.get()));
    }

    // ---- award levels ----

    public List<AwardLevelInfo> awardLevels() {
        return store.awardLevels();
    }

    @Transactional
    public long createAwardLevel(String nameEn, String nameFa, int points, int position, boolean active) {
        String en = levelName(nameEn, "recognition.admin.error.level-name-en");
        String fa = levelName(nameFa, "recognition.admin.error.level-name-fa");
        levelPoints(points);
        long id = store.createAwardLevel(en, fa, points, position, active);
        audit.record(AuditAction.AWARD_LEVEL_CREATED, "award-level", id,
                AuditMessage.of("audit.msg.award-level-created").subject(en).text("nameFa", fa).text("points", points));
        return id;
    }

    @Transactional
    public void updateAwardLevel(long id, String nameEn, String nameFa, int points, int position, boolean active) {
        AwardLevelInfo was = store.awardLevel(id).orElseThrow(() -> new UserError("recognition.admin.error.no-level"));
        String en = levelName(nameEn, "recognition.admin.error.level-name-en");
        String fa = levelName(nameFa, "recognition.admin.error.level-name-fa");
        levelPoints(points);
        store.updateAwardLevel(id, en, fa, points, position, active);
        audit.record(AuditAction.AWARD_LEVEL_UPDATED, "award-level", id,
                AuditMessage.of(active ? "audit.msg.award-level-updated" : "audit.msg.award-level-retired")
                        .subject(en).text("points", points).text("was", was.points()));
    }

    private static String levelName(@Nullable String name, String keyPrefix) {
        return TextRules.check(name == null ? "" : name, true, AwardLevelInfo.NAME_MAX, keyPrefix);
    }

    private static void levelPoints(int points) {
        if (points <= 0 || points > RecognitionSettings.POINTS_MAX) {
            throw new UserError("recognition.admin.error.level-points", RecognitionSettings.POINTS_MAX);
        }
    }

    // ---- the company budget and the liability ----

    public long companyBudget() {
        return ledger.companyBudget();
    }

    /** Adds points to the company budget that pays for big wins. */
    @RetryOnDeadlock
    @Transactional
    public void topUp(int amount) {
        if (amount <= 0 || amount > RecognitionSettings.POINTS_MAX) {
            throw new UserError("recognition.admin.error.top-up", RecognitionSettings.POINTS_MAX);
        }
        ledger.topUp(amount, currentUser.actor());
        audit.record(AuditAction.COMPANY_BUDGET_TOPPED_UP, "company-budget", Ledger.COMPANY_ACCOUNT,
                AuditMessage.of("audit.msg.company-budget-topped-up").text("amount", amount).text("balance", ledger.companyBudget()));
    }

    /**
     * The company budget's movements, newest first, {@code size} (at most {@value #MOVEMENTS_MAX}) a
     * page from just before the cursor (from the newest without one).
     */
    public KeysetPage<BudgetMovement> companyMovements(@Nullable KeysetToken before, int size) {
        int n = Math.clamp(size, 1, MOVEMENTS_MAX);
        return KeysetPage.of(ledger.companyMovements(before, n + 1), n, m -> new KeysetToken(m.at(), m.id()))
                .map(m -> new BudgetMovement(m.id(), m.kind().name(), m.amount(), m.actor(), m.kudosId(), m.at()));
    }

    /** The points held in every received account, and what they are worth at the point value. */
    public PointsLiability liability() {
        var s = settings.current();
        return PointsLiability.at(ledger.heldReceived(), s.pointValue(), s.currency());
    }
}
