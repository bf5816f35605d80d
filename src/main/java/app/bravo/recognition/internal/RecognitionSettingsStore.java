package app.bravo.recognition.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What HR sets for recognition (the one row of {@code recognition_setting}) and the allowance and
 * team budget each person gets from it. Read on every use, so every instance sees a change at once.
 * <p>
 * It reads the directory's tables (person, person_role, department) in SQL, as a read model: the
 * amounts are needed under the ledger's lock, where a round trip through the people service for
 * each gift would cost more than the rule is worth.
 */
@Component
public class RecognitionSettingsStore {

    /** HR's settings. {@code pointValue} is what one point is worth in {@code currency}. */
    public record Settings(int monthlyAllowance, int teamBudgetBase, int teamBudgetPerReport, int dailyCapPerPerson,
                           boolean valueRequired, BigDecimal pointValue, String currency) {
    }

    private final JdbcClient jdbc;

    RecognitionSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Settings current() {
        return jdbc.sql("""
                SELECT monthly_allowance, team_budget_base, team_budget_per_report, daily_cap_per_person,
                       value_required, point_value, currency FROM recognition_setting WHERE id = 1""")
                .query((rs, n) -> new Settings(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getBoolean(5), rs.getBigDecimal(6), rs.getString(7)))
                .single();
    }

    /** Writes HR's settings; the caller checks the values and who may, and audits it. */
    public void update(Settings s) {
        jdbc.sql("""
                UPDATE recognition_setting SET monthly_allowance = :a, team_budget_base = :b, team_budget_per_report = :r,
                       daily_cap_per_person = :c, value_required = :v, point_value = :pv, currency = :cur,
                       version = version + 1 WHERE id = 1""")
                .param("a", s.monthlyAllowance()).param("b", s.teamBudgetBase()).param("r", s.teamBudgetPerReport())
                .param("c", s.dailyCapPerPerson()).param("v", s.valueRequired()).param("pv", s.pointValue())
                .param("cur", s.currency()).update();
    }

    /** The departments with an allowance of their own. */
    public Map<Long, Integer> departmentAllowances() {
        var map = new java.util.HashMap<Long, Integer>();
        jdbc.sql("SELECT department_id, allowance FROM department_allowance")
                .query((rs, n) -> map.put(rs.getLong(1), rs.getInt(2))).list();
        return map;
    }

    /** Gives a department (and the sub-departments without their own) an allowance, or takes it away (empty). */
    public void setDepartmentAllowance(long departmentId, Optional<Integer> allowance) {
        if (allowance.isEmpty()) {
            jdbc.sql("DELETE FROM department_allowance WHERE department_id = :d").param("d", departmentId).update();
        } else {
            jdbc.sql("""
                    INSERT INTO department_allowance (department_id, allowance) VALUES (:d, :a)
                    ON DUPLICATE KEY UPDATE allowance = :a""").param("d", departmentId).param("a", allowance.get()).update();
        }
    }

    /**
     * A person's monthly allowance: their department's own, else the nearest parent department's,
     * else the company default; nothing for former staff.
     */
    public int allowanceOf(long personId) {
        if (!active(personId)) {
            return 0;
        }
        return jdbc.sql("""
                WITH RECURSIVE chain (id, parent_id, depth) AS (
                    SELECT d.id, d.parent_id, 0 FROM department d JOIN person p ON p.department_id = d.id WHERE p.id = :p
                    UNION ALL
                    SELECT d.id, d.parent_id, c.depth + 1 FROM department d JOIN chain c ON d.id = c.parent_id WHERE c.depth < 50)
                SELECT a.allowance FROM chain c JOIN department_allowance a ON a.department_id = c.id
                ORDER BY c.depth LIMIT 1""")
                .param("p", personId).query(Integer.class).optional()
                .orElseGet(() -> current().monthlyAllowance());
    }

    /** A manager's monthly team budget: the base plus an amount per active direct report; nothing for others. */
    public int teamBudgetOf(long personId) {
        if (!active(personId) || !isManager(personId)) {
            return 0;
        }
        Settings s = current();
        long reports = jdbc.sql("SELECT COUNT(*) FROM person WHERE manager_id = :p AND active")
                .param("p", personId).query(Long.class).single();
        return Math.toIntExact(s.teamBudgetBase() + s.teamBudgetPerReport() * reports);
    }

    public boolean isManager(long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM person_role WHERE person_id = :p AND role = 'MANAGER'")
                .param("p", personId).query(Long.class).single() > 0;
    }

    private boolean active(long personId) {
        return jdbc.sql("SELECT active FROM person WHERE id = :p").param("p", personId)
                .query(Boolean.class).optional().orElse(false);
    }
}
