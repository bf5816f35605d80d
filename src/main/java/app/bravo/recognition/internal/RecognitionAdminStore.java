package app.bravo.recognition.internal;

import app.bravo.recognition.AwardLevelInfo;
import app.bravo.recognition.DepartmentAllowance;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** HR's administration tables of recognition: award levels, and department allowances with their departments' names. */
@Component
public class RecognitionAdminStore {

    private final JdbcClient jdbc;

    RecognitionAdminStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DepartmentAllowance> departmentAllowances() {
        return jdbc.sql("""
                SELECT d.id, d.name, a.allowance FROM department_allowance a JOIN department d ON d.id = a.department_id
                ORDER BY d.name, d.id""")
                .query((rs, n) -> new DepartmentAllowance(rs.getLong(1), rs.getString(2), rs.getInt(3))).list();
    }

    public Optional<String> departmentName(long departmentId) {
        return jdbc.sql("SELECT name FROM department WHERE id = :d").param("d", departmentId).query(String.class).optional();
    }

    public Optional<Integer> departmentAllowance(long departmentId) {
        return jdbc.sql("SELECT allowance FROM department_allowance WHERE department_id = :d")
                .param("d", departmentId).query(Integer.class).optional();
    }

    public List<AwardLevelInfo> awardLevels() {
        return jdbc.sql("SELECT id, name_en, name_fa, points, position, active FROM award_level ORDER BY position, id")
                .query((rs, n) -> new AwardLevelInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getBoolean(6)))
                .list();
    }

    public Optional<AwardLevelInfo> awardLevel(long id) {
        return jdbc.sql("SELECT id, name_en, name_fa, points, position, active FROM award_level WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new AwardLevelInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getBoolean(6)))
                .optional();
    }

    public long createAwardLevel(String nameEn, String nameFa, int points, int position, boolean active) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO award_level (name_en, name_fa, points, position, active) VALUES (:en, :fa, :p, :pos, :a)")
                .param("en", nameEn).param("fa", nameFa).param("p", points).param("pos", position).param("a", active)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public void updateAwardLevel(long id, String nameEn, String nameFa, int points, int position, boolean active) {
        jdbc.sql("""
                UPDATE award_level SET name_en = :en, name_fa = :fa, points = :p, position = :pos, active = :a,
                       version = version + 1 WHERE id = :id""")
                .param("en", nameEn).param("fa", nameFa).param("p", points).param("pos", position).param("a", active)
                .param("id", id).update();
    }
}
