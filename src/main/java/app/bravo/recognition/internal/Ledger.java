package app.bravo.recognition.internal;

import app.bravo.shared.UserError;
import app.bravo.shared.time.CompanyCalendar;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The points ledger (STYLE.md): every movement of points is one row of {@code point_movement},
 * and a balance is always the sum of an account's rows; no balance is ever stored.
 * <p>
 * Guarded in the database, so that it holds with several instances: every change that could
 * overspend takes the row lock of the account it spends from ({@code SELECT ... FOR UPDATE} or an
 * upsert, which locks too) before it reads the balance, and holds it to commit. Accounts that give
 * (allowance, team budget, company budget) are always locked before accounts that receive, each
 * group in id order, so two transactions never wait for each other in a circle.
 * <p>
 * Monthly accounts (allowances, team budgets) roll over under that same lock before any use: what
 * the last month left expires, and this month's amount is granted. Both rows carry a once-only key
 * per account and month, so a rerun, a second instance or a catch-up after downtime adds nothing.
 * <p>
 * Every method that writes must run inside the caller's transaction.
 */
@Component
public class Ledger {

    /** What an account holds. */
    public enum AccountKind {
        /** A person's monthly allowance to give; expires at the end of each company month. */
        ALLOWANCE,
        /** What a person received; never expires; spent on rewards. */
        RECEIVED,
        /** A manager's monthly budget for their own people; expires like an allowance. */
        TEAM_BUDGET,
        /** The one company budget that pays for big wins; HR tops it up. */
        COMPANY_BUDGET;

        public boolean monthly() {
            return this == ALLOWANCE || this == TEAM_BUDGET;
        }
    }

    /** Why points moved. */
    public enum MovementKind { GRANT, GIFT, ADD_ON, BIG_WIN, REDEMPTION, REFUND, EXPIRY, REVERSAL, TOP_UP }

    /** One movement as an account's history shows it: {@code amount} is signed (in: positive, out: negative). */
    public record Movement(long id, MovementKind kind, AccountKind account, int amount, @Nullable String period,
                           @Nullable Long kudosId, @Nullable Long redemptionId, Instant at) {
    }

    /** The id of the one company budget account (V016 makes it). */
    public static final long COMPANY_ACCOUNT = 1;

    private final JdbcClient jdbc;
    private final CompanyCalendar calendar;
    private final RecognitionSettingsStore settings;

    Ledger(JdbcClient jdbc, CompanyCalendar calendar, RecognitionSettingsStore settings) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.settings = settings;
    }

    // ---- balances ----

    /** The sum of an account's movements. */
    public long balance(long accountId) {
        return jdbc.sql("""
                SELECT (SELECT COALESCE(SUM(amount), 0) FROM point_movement WHERE to_account = :a)
                     - (SELECT COALESCE(SUM(amount), 0) FROM point_movement WHERE from_account = :a)""")
                .param("a", accountId).query(Long.class).single();
    }

    /** A person's balance in one kind of account, as the rows stand (a monthly account may not have rolled yet). */
    public long balance(AccountKind kind, long personId) {
        return findAccount(kind, personId).map(this::balance).orElse(0L);
    }

    /** A monthly account's balance after rolling it to the current month (so it must run in a writing transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    public long available(AccountKind kind, long personId) {
        long account = lock(kind, personId);
        if (kind.monthly()) {
            roll(account, kind, personId, calendar.now());
        }
        return balance(account);
    }

    public long companyBudget() {
        return balance(COMPANY_ACCOUNT);
    }

    public Optional<Long> findAccount(AccountKind kind, long personId) {
        return jdbc.sql("SELECT id FROM point_account WHERE kind = :k AND person_id = :p")
                .param("k", kind.name()).param("p", personId).query(Long.class).optional();
    }

    /** A page of a person's movements over all their accounts, newest first, before the movement {@code beforeId} (keyset). */
    public List<Movement> history(long personId, @Nullable Long beforeId, int size) {
        return jdbc.sql("""
                SELECT m.id, m.kind, a.kind, CASE WHEN m.to_account = a.id THEN m.amount ELSE -m.amount END,
                       m.period, m.kudos_id, m.redemption_id, m.created_at
                FROM point_account a JOIN point_movement m ON (m.to_account = a.id OR m.from_account = a.id)
                WHERE a.person_id = :p AND (:before IS NULL OR m.id < :before)
                ORDER BY m.id DESC LIMIT :size""")
                .param("p", personId).param("before", beforeId).param("size", size)
                .query((rs, n) -> new Movement(rs.getLong(1), MovementKind.valueOf(rs.getString(2)),
                        AccountKind.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5),
                        (Long) rs.getObject(6, Long.class), (Long) rs.getObject(7, Long.class),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    /**
     * The points one giver sent one person (gifts and add-ons, less what was given back) since an
     * instant: the daily cap's measure.
     */
    public long sentSince(long giverId, long recipientId, Instant since) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(m.amount), 0)
                     - COALESCE((SELECT SUM(r.amount) FROM point_movement r WHERE r.reverses IN (
                           SELECT m2.id FROM point_movement m2
                           JOIN point_account f2 ON f2.id = m2.from_account AND f2.person_id = :g
                           JOIN point_account t2 ON t2.id = m2.to_account AND t2.person_id = :r AND t2.kind = 'RECEIVED'
                           WHERE m2.kind IN ('GIFT', 'ADD_ON') AND m2.created_at >= :since)), 0)
                FROM point_movement m
                JOIN point_account f ON f.id = m.from_account AND f.person_id = :g
                JOIN point_account t ON t.id = m.to_account AND t.person_id = :r AND t.kind = 'RECEIVED'
                WHERE m.kind IN ('GIFT', 'ADD_ON') AND m.created_at >= :since""")
                .param("g", giverId).param("r", recipientId).param("since", Timestamp.from(since))
                .query(Long.class).single();
    }

    // ---- movements ----

    /**
     * Gives points from the giver's allowance or team budget to each recipient's received account,
     * refusing when the source holds too little or a recipient would pass the daily cap from this
     * giver. Recipients with 0 points get nothing moved.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void give(long giverId, AccountKind source, Map<Long, Integer> pointsByRecipient, MovementKind kind,
                     long kudosId, @Nullable Long addonId, String actor) {
        if (source != AccountKind.ALLOWANCE && source != AccountKind.TEAM_BUDGET) {
            throw new IllegalArgumentException("Gifts come from an allowance or a team budget");
        }
        int total = 0;
        for (int p : pointsByRecipient.values()) {
            if (p < 0) {
                throw new UserError("recognition.error.points-whole-positive");
            }
            total += p;
        }
        if (total == 0) {
            return;
        }
        Instant now = calendar.now();
        long from = lock(source, giverId);
        roll(from, source, giverId, now);
        long left = balance(from);
        if (left < total) {
            throw new UserError(source == AccountKind.TEAM_BUDGET ? "recognition.error.team-budget-too-small"
                    : "recognition.error.allowance-too-small", left, total);
        }
        int cap = settings.current().dailyCapPerPerson();
        Instant dayStart = calendar.dayOf(now).start();
        var recipients = new TreeMap<>(pointsByRecipient);
        var targets = new ArrayList<long[]>();
        for (var e : recipients.entrySet()) {
            if (e.getValue() == 0) {
                continue;
            }
            if (cap > 0 && sentSince(giverId, e.getKey(), dayStart) + e.getValue() > cap) {
                throw new UserError("recognition.error.daily-cap", cap);
            }
            targets.add(new long[] {lock(AccountKind.RECEIVED, e.getKey()), e.getValue()});
        }
        targets.sort(Comparator.comparingLong(t -> t[0]));
        for (long[] t : targets) {
            insert(kind, from, t[0], (int) t[1], null, null, kudosId, addonId, null, null, actor, now);
        }
    }

    /** Pays each recipient of a big win from the company budget, refusing when the budget holds too little. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void award(long kudosId, List<Long> recipients, int pointsEach, String actor) {
        if (pointsEach <= 0 || recipients.isEmpty()) {
            return;
        }
        lockCompany();
        long needed = (long) pointsEach * recipients.size();
        long left = companyBudget();
        if (left < needed) {
            throw new UserError("recognition.error.company-budget-too-small", left, needed);
        }
        Instant now = calendar.now();
        List<Long> accounts = recipients.stream().sorted().map(r -> lock(AccountKind.RECEIVED, r)).sorted().toList();
        for (long to : accounts) {
            insert(MovementKind.BIG_WIN, COMPANY_ACCOUNT, to, pointsEach, null, null, kudosId, null, null, null, actor, now);
        }
    }

    /** Adds points to the company budget. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void topUp(int amount, String actor) {
        if (amount <= 0) {
            throw new UserError("recognition.error.points-whole-positive");
        }
        lockCompany();
        insert(MovementKind.TOP_UP, null, COMPANY_ACCOUNT, amount, null, null, null, null, null, null, actor, calendar.now());
    }

    /**
     * Gives back every movement of a kudos (its own, when {@code addonId} is null) or of one add-on,
     * each by a reversal row; refuses when a recipient has already spent what they would return.
     *
     * @return the points given back
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long reverse(long kudosId, @Nullable Long addonId, String actor) {
        record Open(long id, long from, long to, int amount) {
        }
        List<Open> open = jdbc.sql("""
                SELECT m.id, m.from_account, m.to_account, m.amount FROM point_movement m
                WHERE m.kudos_id = :k AND (m.addon_id <=> :addon) AND m.kind IN ('GIFT', 'ADD_ON', 'BIG_WIN')
                  AND NOT EXISTS (SELECT 1 FROM point_movement r WHERE r.reverses = m.id)""")
                .param("k", kudosId).param("addon", addonId)
                .query((rs, n) -> new Open(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4))).list();
        if (open.isEmpty()) {
            return 0;
        }
        open.stream().map(Open::from).distinct().sorted().forEach(this::lockById);
        var byReceiver = new TreeMap<Long, Long>();
        open.forEach(o -> byReceiver.merge(o.to(), (long) o.amount(), Long::sum));
        for (var e : byReceiver.entrySet()) {
            lockById(e.getKey());
            if (balance(e.getKey()) < e.getValue()) {
                throw new UserError("recognition.error.points-already-spent");
            }
        }
        Instant now = calendar.now();
        long total = 0;
        for (Open o : open) {
            insert(MovementKind.REVERSAL, o.to(), o.from(), o.amount(), null, null, kudosId, addonId, null, o.id(), actor, now);
            total += o.amount();
        }
        return total;
    }

    /** Spends received points on a reward, refusing when the person holds too little. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void redeem(long personId, int cost, long redemptionId, String actor) {
        if (cost <= 0) {
            throw new UserError("recognition.error.points-whole-positive");
        }
        long from = lock(AccountKind.RECEIVED, personId);
        long left = balance(from);
        if (left < cost) {
            throw new UserError("recognition.error.balance-too-small", left, cost);
        }
        insert(MovementKind.REDEMPTION, from, null, cost, null, null, null, null, redemptionId, null, actor, calendar.now());
    }

    /** Gives a declined redemption's points back, once (the refund row names the redemption's row). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refund(long redemptionId, String actor) {
        record Spent(long id, long from, int amount) {
        }
        Spent spent = jdbc.sql("""
                SELECT id, from_account, amount FROM point_movement WHERE redemption_id = :r AND kind = 'REDEMPTION'""")
                .param("r", redemptionId).query((rs, n) -> new Spent(rs.getLong(1), rs.getLong(2), rs.getInt(3)))
                .optional().orElseThrow(() -> new IllegalStateException("No redemption movement for " + redemptionId));
        lockById(spent.from());
        insert(MovementKind.REFUND, null, spent.from(), spent.amount(), null, null, null, null, redemptionId, spent.id(), actor,
                calendar.now());
    }

    // ---- the monthly roll ----

    /**
     * Brings a person's monthly account of this kind to the current month (expiry of what the last
     * granted month left, then this month's grant); harmless to run again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void roll(AccountKind kind, long personId) {
        if (!kind.monthly()) {
            throw new IllegalArgumentException(kind + " does not roll");
        }
        long account = lock(kind, personId);
        roll(account, kind, personId, calendar.now());
    }

    /** Rolls a locked account. */
    private void roll(long account, AccountKind kind, long personId, Instant now) {
        CompanyCalendar.Month current = calendar.monthOf(now);
        Optional<String> last = jdbc.sql("""
                SELECT period FROM point_movement WHERE to_account = :a AND kind = 'GRANT' ORDER BY id DESC LIMIT 1""")
                .param("a", account).query(String.class).optional();
        if (last.isPresent() && last.get().equals(current.key())) {
            return;
        }
        if (last.isPresent()) {
            long left = balance(account);
            if (left > 0) {
                insert(MovementKind.EXPIRY, account, null, Math.toIntExact(left), last.get(),
                        "EXPIRY:" + account + ":" + last.get(), null, null, null, null, "system", now);
            }
        }
        int amount = kind == AccountKind.ALLOWANCE ? settings.allowanceOf(personId) : settings.teamBudgetOf(personId);
        if (amount > 0) {
            insert(MovementKind.GRANT, null, account, amount, current.key(),
                    "GRANT:" + account + ":" + current.key(), null, null, null, null, "system", now);
        }
    }

    /**
     * The people whose monthly accounts have not rolled into the current month although they
     * should: active people without this month's allowance, managers without this month's team
     * budget, and former staff whose monthly accounts still hold points.
     */
    public List<long[]> dueForRoll() {
        String period = calendar.currentMonth().key();
        return jdbc.sql("""
                SELECT p.id, 0 FROM person p
                WHERE p.active AND NOT EXISTS (
                    SELECT 1 FROM point_account a JOIN point_movement m ON m.to_account = a.id
                    WHERE a.person_id = p.id AND a.kind = 'ALLOWANCE' AND m.once_key = CONCAT('GRANT:', a.id, ':', :period))
                UNION
                SELECT p.id, 1 FROM person p JOIN person_role r ON r.person_id = p.id AND r.role = 'MANAGER'
                WHERE p.active AND NOT EXISTS (
                    SELECT 1 FROM point_account a JOIN point_movement m ON m.to_account = a.id
                    WHERE a.person_id = p.id AND a.kind = 'TEAM_BUDGET' AND m.once_key = CONCAT('GRANT:', a.id, ':', :period))
                UNION
                SELECT a.person_id, CASE a.kind WHEN 'ALLOWANCE' THEN 0 ELSE 1 END FROM point_account a
                JOIN person p ON p.id = a.person_id AND NOT p.active
                WHERE a.kind IN ('ALLOWANCE', 'TEAM_BUDGET')
                  AND (SELECT COALESCE(SUM(amount), 0) FROM point_movement WHERE to_account = a.id)
                    > (SELECT COALESCE(SUM(amount), 0) FROM point_movement WHERE from_account = a.id)""")
                .param("period", period)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)}).list();
    }

    // ---- rows and locks ----

    /** Finds or makes a person's account of this kind and locks its row until the transaction ends. */
    long lock(AccountKind kind, long personId) {
        if (kind == AccountKind.COMPANY_BUDGET) {
            lockCompany();
            return COMPANY_ACCOUNT;
        }
        // an upsert takes the row's exclusive lock whether it inserts or finds: no shared lock to upgrade
        jdbc.sql("""
                INSERT INTO point_account (kind, person_id) VALUES (:k, :p)
                ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id)""")
                .param("k", kind.name()).param("p", personId).update();
        return jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
    }

    private void lockById(long accountId) {
        jdbc.sql("SELECT id FROM point_account WHERE id = :a FOR UPDATE").param("a", accountId).query(Long.class).single();
    }

    private void lockCompany() {
        lockById(COMPANY_ACCOUNT);
    }

    private void insert(MovementKind kind, @Nullable Long from, @Nullable Long to, int amount, @Nullable String period,
                        @Nullable String onceKey, @Nullable Long kudosId, @Nullable Long addonId, @Nullable Long redemptionId,
                        @Nullable Long reverses, String actor, Instant at) {
        // only rows with a once-only key may meet a duplicate, and only those are ignored then
        jdbc.sql((onceKey == null ? "INSERT" : "INSERT IGNORE") + """
                 INTO point_movement (kind, from_account, to_account, amount, period, once_key, kudos_id,
                    addon_id, redemption_id, reverses, actor, created_at)
                VALUES (:kind, :from, :to, :amount, :period, :once, :kudos, :addon, :redemption, :reverses, :actor, :at)""")
                .param("kind", kind.name()).param("from", from).param("to", to).param("amount", amount)
                .param("period", period).param("once", onceKey).param("kudos", kudosId).param("addon", addonId)
                .param("redemption", redemptionId).param("reverses", reverses).param("actor", actor)
                .param("at", Timestamp.from(at)).update();
    }
}
