package app.bravo.recognition.internal;

import app.bravo.Fixtures;
import app.bravo.recognition.internal.Ledger.AccountKind;
import app.bravo.recognition.internal.Ledger.MovementKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The few rows the ledger's tests need besides people: minimal kudos, add-ons, rewards and
 * redemptions (movements name them), departments with allowances, and reads of a test's own rows.
 */
final class LedgerTestData {

    private final JdbcClient jdbc;
    private final Clock clock;

    LedgerTestData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A published small kudos by this giver (no recipients: the ledger needs only the row). */
    long kudos(long giverId) {
        var key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO kudos (kind, status, giver_id, message, created_at, published_at)
                VALUES ('SMALL', 'PUBLISHED', :g, 'Thank you for the help', :at, :at)""")
                .param("g", giverId).param("at", now).update(key, "id");
        return key.getKey().longValue();
    }

    long addon(long kudosId, long giverId) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO kudos_addon (kudos_id, giver_id, message, created_at) VALUES (:k, :g, '+1', :at)")
                .param("k", kudosId).param("g", giverId).param("at", Timestamp.from(clock.instant())).update(key, "id");
        return key.getKey().longValue();
    }

    /** A pending redemption of a new reward at this cost. */
    long redemption(long personId, int cost) {
        var key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("INSERT INTO reward (name_en, name_fa, cost, created_at) VALUES (:n, :n, :c, :at)")
                .param("n", Fixtures.unique("reward")).param("c", cost).param("at", now).update(key, "id");
        long reward = key.getKey().longValue();
        var redemption = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO redemption (reward_id, person_id, cost, status, created_at) VALUES (:r, :p, :c, 'PENDING', :at)")
                .param("r", reward).param("p", personId).param("c", cost).param("at", now).update(redemption, "id");
        return redemption.getKey().longValue();
    }

    long department(@Nullable Long parentId) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO department (name, parent_id) VALUES (:n, :p)")
                .param("n", Fixtures.unique("ledger-dept")).param("p", parentId).update(key, "id");
        return key.getKey().longValue();
    }

    /** A department with its own monthly allowance. */
    long departmentWithAllowance(int allowance) {
        long d = department(null);
        allowance(d, allowance);
        return d;
    }

    void allowance(long departmentId, int allowance) {
        jdbc.sql("INSERT INTO department_allowance (department_id, allowance) VALUES (:d, :a) ON DUPLICATE KEY UPDATE allowance = :a")
                .param("d", departmentId).param("a", allowance).update();
    }

    void place(long personId, long departmentId) {
        jdbc.sql("UPDATE person SET department_id = :d WHERE id = :p").param("d", departmentId).param("p", personId).update();
    }

    void manager(long personId, long managerId) {
        jdbc.sql("UPDATE person SET manager_id = :m WHERE id = :p").param("m", managerId).param("p", personId).update();
    }

    void deactivate(long personId) {
        jdbc.sql("UPDATE person SET active = FALSE WHERE id = :p").param("p", personId).update();
    }

    long account(AccountKind kind, long personId) {
        return jdbc.sql("SELECT id FROM point_account WHERE kind = :k AND person_id = :p")
                .param("k", kind.name()).param("p", personId).query(Long.class).single();
    }

    /** One movement touching an account, as the test reads it back. */
    record Row(MovementKind kind, @Nullable Long from, @Nullable Long to, int amount, @Nullable String period) {
    }

    List<Row> rows(long accountId) {
        return jdbc.sql("""
                SELECT kind, from_account, to_account, amount, period FROM point_movement
                WHERE from_account = :a OR to_account = :a ORDER BY id""")
                .param("a", accountId)
                .query((rs, n) -> new Row(MovementKind.valueOf(rs.getString(1)), (Long) rs.getObject(2, Long.class),
                        (Long) rs.getObject(3, Long.class), rs.getInt(4), rs.getString(5)))
                .list();
    }

    /** Movements of one kudos by kind. */
    int movementsOf(long kudosId, MovementKind kind) {
        return jdbc.sql("SELECT COUNT(*) FROM point_movement WHERE kudos_id = :k AND kind = :kind")
                .param("k", kudosId).param("kind", kind.name()).query(Integer.class).single();
    }

    /** The points of each kind of movement that flowed into ({@code into}) or out of these accounts, from the rows. */
    Map<MovementKind, Long> flows(Collection<Long> accounts, boolean into) {
        var map = new TreeMap<MovementKind, Long>();
        jdbc.sql("SELECT kind, SUM(amount) FROM point_movement WHERE " + (into ? "to_account" : "from_account")
                        + " IN (:a) GROUP BY kind")
                .param("a", accounts)
                .query((rs, n) -> map.put(MovementKind.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return map;
    }

    long topUpsBy(String actor) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM point_movement WHERE kind = 'TOP_UP' AND actor = :a")
                .param("a", actor).query(Long.class).single();
    }
}
