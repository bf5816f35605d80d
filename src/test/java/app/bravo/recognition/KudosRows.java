package app.bravo.recognition;

import app.bravo.Fixtures;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Kudos rows written straight in SQL, for tests of what reads them (leaderboards, badges, pairs):
 * a kudos with its recipients and their points, and its values, published at a chosen instant.
 */
final class KudosRows {

    private final JdbcClient jdbc;

    KudosRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a kudos row is like besides its giver, recipients and time. */
    record Kind(String kind, String status, boolean privateKudos, boolean hidden) {
        static final Kind SMALL = new Kind("SMALL", "PUBLISHED", false, false);
        static final Kind BIG = new Kind("BIG", "PUBLISHED", false, false);
        static final Kind PRIVATE = new Kind("SMALL", "PUBLISHED", true, false);
        static final Kind HIDDEN = new Kind("SMALL", "PUBLISHED", false, true);
        static final Kind DELETED = new Kind("SMALL", "DELETED", false, false);
        static final Kind PENDING_BIG = new Kind("BIG", "PENDING", false, false);
    }

    /** A published small win from the giver to one recipient with these points and values. */
    long small(long giver, long recipient, int points, Instant at, long... values) {
        return kudos(Kind.SMALL, giver, Map.of(recipient, points), at, values);
    }

    long kudos(Kind kind, long giver, Map<Long, Integer> recipients, Instant at, long... values) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO kudos (kind, status, giver_id, message, private_kudos, hidden, created_at, published_at)
                VALUES (:kind, :status, :giver, :message, :private, :hidden, :at, :published)""")
                .param("kind", kind.kind()).param("status", kind.status()).param("giver", giver)
                .param("message", "Thanks " + Fixtures.unique("k")).param("private", kind.privateKudos())
                .param("hidden", kind.hidden()).param("at", utc(at))
                .param("published", kind.status().equals("PUBLISHED") ? utc(at) : null)
                .update(key, "id");
        long id = key.getKey().longValue();
        recipients.forEach((person, points) -> jdbc.sql(
                        "INSERT INTO kudos_recipient (kudos_id, person_id, points) VALUES (:k, :p, :points)")
                .param("k", id).param("p", person).param("points", points).update());
        for (long v : values) {
            jdbc.sql("INSERT INTO kudos_value (kudos_id, value_id) VALUES (:k, :v)").param("k", id).param("v", v).update();
        }
        return id;
    }

    /** A celebration the app posted (no giver) to one person. */
    long celebration(long recipient, Instant at) {
        long id = kudos(new Kind("CELEBRATION", "PUBLISHED", false, false), recipient, Map.of(recipient, 0), at);
        jdbc.sql("UPDATE kudos SET giver_id = NULL, message = 'BIRTHDAY' WHERE id = :k").param("k", id).update();
        return id;
    }

    /** A "+1" on a kudos by another giver, with points to each recipient. */
    long addOn(long kudosId, long giver, int points, Instant at, boolean deleted) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO kudos_addon (kudos_id, giver_id, message, points, deleted, created_at)
                VALUES (:k, :g, :message, :points, :deleted, :at)""")
                .param("k", kudosId).param("g", giver).param("message", "Me too " + Fixtures.unique("a"))
                .param("points", points).param("deleted", deleted).param("at", utc(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** A company value no other test uses. */
    long value(String prefix) {
        var key = new GeneratedKeyHolder();
        String name = Fixtures.unique(prefix);
        jdbc.sql("INSERT INTO company_value (name, name_fa, description, description_fa, position) VALUES (:n, :fa, 'For tests', '', 0)")
                .param("n", name).param("fa", "ارزش " + name).update(key, "id");
        return key.getKey().longValue();
    }

    /** A department below another, with a name no other test uses. */
    long department(String prefix, Long parent) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO department (name, parent_id) VALUES (:n, :parent)")
                .param("n", Fixtures.unique(prefix)).param("parent", parent).update(key, "id");
        return key.getKey().longValue();
    }

    void hireDate(long person, java.time.LocalDate day) {
        jdbc.sql("UPDATE person SET hire_date = :d WHERE id = :p").param("d", day).param("p", person).update();
    }

    void moveTo(long person, long department) {
        jdbc.sql("UPDATE person SET department_id = :d WHERE id = :p").param("d", department).param("p", person).update();
    }

    void deactivate(long person) {
        jdbc.sql("UPDATE person SET active = FALSE WHERE id = :p").param("p", person).update();
    }

    void optOut(long person) {
        jdbc.sql("""
                INSERT INTO recognition_preference (person_id, hidden_from_leaderboards) VALUES (:p, TRUE)
                ON DUPLICATE KEY UPDATE hidden_from_leaderboards = TRUE""").param("p", person).update();
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
