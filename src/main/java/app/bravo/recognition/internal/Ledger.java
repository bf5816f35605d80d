package app.bravo.recognition.internal;

import app.bravo.shared.KeysetToken;
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
 * Every amount a decision rests on (a balance, what a giver sent today, what was already given
 * back) is read with a locking read after the lock is held: a plain read would see the snapshot of
 * the caller's transaction, taken by its first read, which may predate a competitor's commit
 * (InnoDB's repeatable read), and two gifts would then both see the same balance.
 * <p>
 * Monthly accounts (allowances, team budgets) roll over under that same lock before any use: what
 * is left expires, and this month's amount is granted. The roll leaves a marker per account and
 * month ({@code point_roll}, V020) even when nothing is granted, and grants and expiries carry a
 * once-only key, so a rerun, a second instance or a catch-up after downtime adds nothing. An account
 * never rolls back into an earlier month (an instance whose clock lags, a change of calendar).
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

    private static final String LOCKING = " LOCK IN SHARE MODE";

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
        return lockedBalance(account);
    }

    public long companyBudget() {
        return balance(COMPANY_ACCOUNT);
    }

    /** The key of the current company month (G2026-12, P1405-09). */
    public String currentPeriod() {
        return calendar.currentMonth().key();
    }

    /** The points held in every person's received account: what could still be redeemed. */
    public long heldReceived() {
        return jdbc.sql("""
                SELECT (SELECT COALESCE(SUM(m.amount), 0) FROM point_movement m JOIN point_account a ON a.id = m.to_account
                        WHERE a.kind = 'RECEIVED')
                     - (SELECT COALESCE(SUM(m.amount), 0) FROM point_movement m JOIN point_account a ON a.id = m.from_account
                        WHERE a.kind = 'RECEIVED')""").query(Long.class).single();
    }

    /** One movement of the company budget: {@code amount} is signed (in: positive, out: negative). */
    public record CompanyMovement(long id, MovementKind kind, long amount, String actor, @Nullable Long kudosId, Instant at) {
    }

    /**
     * The company budget's movements, newest first (by time, then id), from just before the cursor
     * (from the newest without one): a keyset along the account indexes, however deep it goes.
     */
    public List<CompanyMovement> companyMovements(@Nullable KeysetToken before, int limit) {
        return jdbc.sql("""
                SELECT id, kind, CASE WHEN to_account = :a THEN amount ELSE -amount END, actor, kudos_id, created_at
                FROM point_movement WHERE (to_account = :a OR from_account = :a)
                  AND (:beforeAt IS NULL OR created_at < :beforeAt OR (created_at = :beforeAt AND id < :beforeId))
                ORDER BY created_at DESC, id DESC LIMIT :limit""")
                .param("a", COMPANY_ACCOUNT).param("beforeAt", before == null ? null : Timestamp.from(before.at()))
                .param("beforeId", before == null ? 0 : before.id()).param("limit", limit)
                .query((rs, n) -> new CompanyMovement(rs.getLong(1), MovementKind.valueOf(rs.getString(2)), rs.getLong(3),
                        rs.getString(4), (Long) rs.getObject(5, Long.class), rs.getTimestamp(6).toInstant()))
                .list();
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
        return sent(giverId, recipientId, since, "");
    }

    private long sent(long giverId, long recipientId, Instant since, String lockClause) {
        Optional<Long> to = findAccount(AccountKind.RECEIVED, recipientId);
        List<Long> from = jdbc.sql("SELECT id FROM point_account WHERE person_id = :g AND kind IN ('ALLOWANCE', 'TEAM_BUDGET')")
                .param("g", giverId).query(Long.class).list();
        if (to.isEmpty() || from.isEmpty()) {
            return 0;
        }
        // by the recipient's account (its index), which every movement into or out of it holds the lock of
        record Sent(long id, int amount) {
        }
        List<Sent> gifts = jdbc.sql("""
                SELECT id, amount FROM point_movement
                WHERE to_account = :t AND created_at >= :since AND kind IN ('GIFT', 'ADD_ON') AND from_account IN (:f)""" + lockClause)
                .param("t", to.get()).param("since", Timestamp.from(since)).param("f", from)
                .query((rs, n) -> new Sent(rs.getLong(1), rs.getInt(2))).list();
        if (gifts.isEmpty()) {
            return 0;
        }
        long sent = gifts.stream().mapToLong(Sent::amount).sum();
        long givenBack = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM point_movement WHERE reverses IN (:ids)" + lockClause)
                .param("ids", gifts.stream().map(Sent::id).toList()).query(Long.class).single();
        return sent - givenBack;
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
        long total = 0;
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
        long left = lockedBalance(from);
        if (left < total) {
            throw new UserError(source == AccountKind.TEAM_BUDGET ? "recognition.error.team-budget-too-small"
                    : "recognition.error.allowance-too-small", left, total);
        }
        int cap = settings.current().dailyCapPerPerson();
        Instant dayStart = calendar.dayOf(now).start();
        var targets = new ArrayList<long[]>();
        // receivers in person order (as award and reverse lock them); the cap is read under the
        // receiver's lock, so two gifts of one giver to one person cannot both pass it
        for (var e : new TreeMap<>(pointsByRecipient).entrySet()) {
            if (e.getValue() == 0) {
                continue;
            }
            long to = lock(AccountKind.RECEIVED, e.getKey());
            if (cap > 0 && sent(giverId, e.getKey(), dayStart, LOCKING) + e.getValue() > cap) {
                throw new UserError("recognition.error.daily-cap", cap);
            }
            targets.add(new long[] {to, e.getValue()});
        }
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
        List<Long> people = recipients.stream().distinct().sorted().toList();
        lockCompany();
        long needed = (long) pointsEach * people.size();
        long left = lockedBalance(COMPANY_ACCOUNT);
        if (left < needed) {
            throw new UserError("recognition.error.company-budget-too-small", left, needed);
        }
        Instant now = calendar.now();
        List<Long> accounts = people.stream().map(r -> lock(AccountKind.RECEIVED, r)).toList();
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
     * each by a reversal row, once; refuses when a recipient has already spent what they would return.
     * Points that go back to a monthly account from a month that has ended expire at once: the
     * giver's allowance of that month is over, and a reversal must not lengthen it.
     *
     * @return the points given back
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long reverse(long kudosId, @Nullable Long addonId, String actor) {
        List<Open> seen = movementsOf(kudosId, addonId, "");
        if (seen.isEmpty()) {
            return 0;
        }
        record Owner(long account, AccountKind kind, @Nullable Long person) {
        }
        List<Long> accounts = new ArrayList<>();
        seen.forEach(o -> { accounts.add(o.from()); accounts.add(o.to()); });
        Map<Long, Owner> owners = new TreeMap<>();
        jdbc.sql("SELECT id, kind, person_id FROM point_account WHERE id IN (:ids)").param("ids", accounts.stream().distinct().toList())
                .query((rs, n) -> new Owner(rs.getLong(1), AccountKind.valueOf(rs.getString(2)), (Long) rs.getObject(3, Long.class)))
                .list().forEach(o -> owners.put(o.account(), o));
        // givers' accounts first in id order, then the receivers in person order, as give and award lock
        seen.stream().map(Open::from).distinct().sorted().forEach(this::lockById);
        seen.stream().map(Open::to).distinct().map(owners::get)
                .sorted(Comparator.comparing(o -> o.person() == null ? Long.MIN_VALUE : o.person()))
                .forEach(o -> lockById(o.account()));
        Instant now = calendar.now();
        var months = new TreeMap<Long, CompanyCalendar.Month>();
        for (long from : seen.stream().map(Open::from).distinct().sorted().toList()) {
            Owner o = owners.get(from);
            if (o.kind().monthly() && o.person() != null) {
                months.put(from, roll(from, o.kind(), o.person(), now));
            }
        }
        // read again under the locks: a reversal that committed while this one waited counts
        List<Open> open = movementsOf(kudosId, addonId, LOCKING);
        if (open.isEmpty()) {
            return 0;
        }
        var byReceiver = new TreeMap<Long, Long>();
        open.forEach(o -> byReceiver.merge(o.to(), (long) o.amount(), Long::sum));
        for (var e : byReceiver.entrySet()) {
            if (lockedBalance(e.getKey()) < e.getValue()) {
                throw new UserError("recognition.error.points-already-spent");
            }
        }
        long total = 0;
        for (Open o : open) {
            insert(MovementKind.REVERSAL, o.to(), o.from(), o.amount(), null, null, kudosId, addonId, null, o.id(), actor, now);
            CompanyCalendar.Month month = months.get(o.from());
            if (month != null && o.at().isBefore(month.start())) {
                insert(MovementKind.EXPIRY, o.from(), null, o.amount(), calendar.monthOf(o.at()).key(), null, kudosId, addonId,
                        null, null, "system", now);
            }
            total += o.amount();
        }
        return total;
    }

    private record Open(long id, long from, long to, int amount, Instant at) {
    }

    /** A kudos' (or one add-on's) movements that no reversal has given back yet. */
    private List<Open> movementsOf(long kudosId, @Nullable Long addonId, String lockClause) {
        List<Open> all = jdbc.sql("""
                SELECT id, from_account, to_account, amount, created_at FROM point_movement
                WHERE kudos_id = :k AND (addon_id <=> :addon) AND kind IN ('GIFT', 'ADD_ON', 'BIG_WIN')""" + lockClause)
                .param("k", kudosId).param("addon", addonId)
                .query((rs, n) -> new Open(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getTimestamp(5).toInstant()))
                .list();
        if (all.isEmpty()) {
            return all;
        }
        var reversed = new java.util.HashSet<>(jdbc.sql("SELECT reverses FROM point_movement WHERE reverses IN (:ids)" + lockClause)
                .param("ids", all.stream().map(Open::id).toList()).query(Long.class).list());
        return all.stream().filter(o -> !reversed.contains(o.id())).toList();
    }

    /** Spends received points on a reward, refusing when the person holds too little. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void redeem(long personId, int cost, long redemptionId, String actor) {
        if (cost <= 0) {
            throw new UserError("recognition.error.points-whole-positive");
        }
        long from = lock(AccountKind.RECEIVED, personId);
        long left = lockedBalance(from);
        if (left < cost) {
            throw new UserError("recognition.error.balance-too-small", left, cost);
        }
        insert(MovementKind.REDEMPTION, from, null, cost, null, null, null, null, redemptionId, null, actor, calendar.now());
    }

    /**
     * Gives a declined redemption's points back, once: the refund row names the redemption's row
     * ({@code reverses} is unique), and a second call finds it and moves nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refund(long redemptionId, String actor) {
        record Spent(long id, long from, int amount) {
        }
        Spent spent = jdbc.sql("""
                SELECT id, from_account, amount FROM point_movement WHERE redemption_id = :r AND kind = 'REDEMPTION'""")
                .param("r", redemptionId).query((rs, n) -> new Spent(rs.getLong(1), rs.getLong(2), rs.getInt(3)))
                .optional().orElseThrow(() -> new IllegalStateException("No redemption movement for " + redemptionId));
        lockById(spent.from());
        boolean refunded = !jdbc.sql("SELECT id FROM point_movement WHERE reverses = :m" + LOCKING)
                .param("m", spent.id()).query(Long.class).list().isEmpty();
        if (refunded) {
            return;
        }
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

    /**
     * Rolls a locked account into the month of {@code now}, unless it rolled at or after that month's
     * start already (so never back into an earlier month); returns the month it now stands in.
     */
    private CompanyCalendar.Month roll(long account, AccountKind kind, long personId, Instant now) {
        CompanyCalendar.Month current = calendar.monthOf(now);
        record Rolled(String period, Instant at) {
        }
        Optional<Rolled> last = jdbc.sql("""
                SELECT period, rolled_at FROM point_roll WHERE account_id = :a ORDER BY rolled_at DESC LIMIT 1""" + LOCKING)
                .param("a", account).query((rs, n) -> new Rolled(rs.getString(1), rs.getTimestamp(2).toInstant())).optional();
        if (last.isPresent() && !last.get().at().isBefore(current.start())) {
            return last.get().at().isBefore(current.end()) ? current : calendar.monthOf(last.get().at());
        }
        int marked = jdbc.sql("INSERT IGNORE INTO point_roll (account_id, period, rolled_at) VALUES (:a, :p, :at)")
                .param("a", account).param("p", current.key()).param("at", Timestamp.from(now)).update();
        if (marked == 0) {
            return current;
        }
        long left = lockedBalance(account);
        if (left > 0) {
            String expired = last.map(Rolled::period).orElse(calendar.previous(current).key());
            insert(MovementKind.EXPIRY, account, null, Math.toIntExact(left), expired,
                    "EXPIRY:" + account + ":" + expired, null, null, null, null, "system", now);
        }
        int amount = kind == AccountKind.ALLOWANCE ? settings.allowanceOf(personId) : settings.teamBudgetOf(personId);
        if (amount > 0) {
            insert(MovementKind.GRANT, null, account, amount, current.key(),
                    "GRANT:" + account + ":" + current.key(), null, null, null, null, "system", now);
        }
        return current;
    }

    /**
     * The people whose monthly accounts have not rolled into the current month although they
     * should, as {person id, 0 for the allowance or 1 for the team budget}: active people, active
     * managers (team budget), and anyone else whose monthly account still holds points (former
     * staff, a manager no more).
     */
    public List<long[]> dueForRoll() {
        Instant start = calendar.currentMonth().start();
        return jdbc.sql("""
                SELECT p.id, 0 FROM person p
                WHERE p.active AND NOT EXISTS (
                    SELECT 1 FROM point_account a JOIN point_roll r ON r.account_id = a.id
                    WHERE a.person_id = p.id AND a.kind = 'ALLOWANCE' AND r.rolled_at >= :start)
                UNION
                SELECT p.id, 1 FROM person p
                WHERE p.active AND EXISTS (SELECT 1 FROM person_role pr WHERE pr.person_id = p.id AND pr.role = 'MANAGER')
                  AND NOT EXISTS (
                    SELECT 1 FROM point_account a JOIN point_roll r ON r.account_id = a.id
                    WHERE a.person_id = p.id AND a.kind = 'TEAM_BUDGET' AND r.rolled_at >= :start)
                UNION
                SELECT a.person_id, CASE a.kind WHEN 'ALLOWANCE' THEN 0 ELSE 1 END FROM point_account a
                WHERE a.kind IN ('ALLOWANCE', 'TEAM_BUDGET')
                  AND NOT EXISTS (SELECT 1 FROM point_roll r WHERE r.account_id = a.id AND r.rolled_at >= :start)
                  AND (SELECT COALESCE(SUM(amount), 0) FROM point_movement WHERE to_account = a.id)
                    > (SELECT COALESCE(SUM(amount), 0) FROM point_movement WHERE from_account = a.id)
                ORDER BY 1, 2""")
                .param("start", Timestamp.from(start))
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

    /**
     * An account's balance by locking reads, which see what competitors committed while this
     * transaction waited for the account's lock (a plain read may see an older snapshot).
     */
    private long lockedBalance(long accountId) {
        long in = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM point_movement WHERE to_account = :a" + LOCKING)
                .param("a", accountId).query(Long.class).single();
        long out = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM point_movement WHERE from_account = :a" + LOCKING)
                .param("a", accountId).query(Long.class).single();
        return in - out;
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
