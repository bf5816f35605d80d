package app.bravo.recognition.internal;

import app.bravo.recognition.AwardOption;
import app.bravo.recognition.BigWin;
import app.bravo.recognition.BigWinCursor;
import app.bravo.recognition.BigWinStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Big wins in SQL: the kudos rows of kind BIG (written here with JdbcClient, each update bumping
 * {@code version}, beside the small wins' JPA entity), the approvals queue, a nominator's list and
 * the latest approved ones for the celebrations, which office screens read with no one signed in.
 * <p>
 * It reads the directory's tables (person, person_role) as a read model, as
 * {@link RecognitionSettingsStore} does: who manages whom and who has left decide where a
 * nomination goes and whose queue holds it, and the queue needs that in the same query to page by
 * keyset. Times are stored as UTC instants by the connection's rule (DD018).
 */
@Component
public class BigWinStore {


    /** True when the row's approver can still decide: active and still a manager. */
    private static final String APPROVER_OK = """
            (ap.id IS NOT NULL AND ap.active AND EXISTS (
                SELECT 1 FROM person_role pr WHERE pr.person_id = ap.id AND pr.role = 'MANAGER'))""";

    private static final String SELECT = """
            SELECT k.id, k.giver_id, g.display_name AS giver_name, k.award_level_id, a.name_en, a.name_fa,
                   k.award_points, k.message, k.status, k.approver_id, ap.display_name AS approver_name,
                   %s AS approver_ok, k.decided_by, d.display_name AS decider_name, k.decision_note,
                   k.created_at, k.decided_at, k.published_at
            FROM kudos k
            JOIN person g ON g.id = k.giver_id
            JOIN award_level a ON a.id = k.award_level_id
            LEFT JOIN person ap ON ap.id = k.approver_id
            LEFT JOIN person d ON d.id = k.decided_by
            WHERE k.kind = 'BIG'""".formatted(APPROVER_OK);

    /** A row as it is locked for a decision. */
    public record Locked(long id, long nominatorId, BigWinStatus status, @Nullable Long approverId, int points,
                         String message) {
    }

    /** A recipient as the routing rule sees them. */
    public record Recipient(long id, boolean active, @Nullable Long managerId) {
    }

    private final JdbcClient jdbc;

    BigWinStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- what a nomination needs ----

    /** The active award levels, in HR's order. */
    public List<AwardOption> awardLevels() {
        return jdbc.sql("SELECT id, name_en, name_fa, points FROM award_level WHERE active ORDER BY position, id")
                .query((rs, n) -> new AwardOption(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list();
    }

    public Optional<AwardOption> activeAwardLevel(long id) {
        return jdbc.sql("SELECT id, name_en, name_fa, points FROM award_level WHERE id = :id AND active")
                .param("id", id)
                .query((rs, n) -> new AwardOption(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4))).optional();
    }

    /** These people with whether they are active and who manages them; unknown ids are absent. */
    public List<Recipient> recipients(Collection<Long> ids) {
        return jdbc.sql("SELECT id, active, manager_id FROM person WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> new Recipient(rs.getLong(1), rs.getBoolean(2), (Long) rs.getObject(3, Long.class))).list();
    }

    /** Whether this person may decide what is routed to them: active and holding the manager role. */
    public boolean canApprove(long personId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM person p JOIN person_role pr ON pr.person_id = p.id AND pr.role = 'MANAGER'
                WHERE p.id = :p AND p.active""").param("p", personId).query(Long.class).single() > 0;
    }

    public List<Long> activeAmong(Collection<Long> ids) {
        return jdbc.sql("SELECT id FROM person WHERE id IN (:ids) AND active ORDER BY id").param("ids", ids)
                .query(Long.class).list();
    }

    // ---- writes ----

    /** Stores a pending nomination with its recipients (each to receive the level's points) and values. */
    public long insert(long nominatorId, List<Long> recipientIds, long awardLevelId, int points, List<Long> valueIds,
                       String message, @Nullable Long approverId, Instant now) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO kudos (kind, status, giver_id, message, private_kudos, award_level_id, award_points,
                                   approver_id, created_at, version)
                VALUES ('BIG', 'PENDING', :giver, :message, FALSE, :level, :points, :approver, :at, 0)""")
                .param("giver", nominatorId).param("message", message).param("level", awardLevelId)
                .param("points", points).param("approver", approverId).param("at", Timestamp.from(now))
                .update(key, "id");
        long id = key.getKeyAs(Number.class) == null ? 0 : key.getKeyAs(Number.class).longValue();
        for (long r : recipientIds) {
            jdbc.sql("INSERT INTO kudos_recipient (kudos_id, person_id, points) VALUES (:k, :p, :points)")
                    .param("k", id).param("p", r).param("points", points).update();
        }
        for (long v : valueIds) {
            jdbc.sql("INSERT INTO kudos_value (kudos_id, value_id) VALUES (:k, :v)").param("k", id).param("v", v).update();
        }
        return id;
    }

    /** Locks a big win's row until the transaction ends, so that two deciders take turns. */
    public Optional<Locked> lock(long id) {
        return jdbc.sql("""
                SELECT id, giver_id, status, approver_id, award_points, message FROM kudos
                WHERE id = :id AND kind = 'BIG' FOR UPDATE""").param("id", id)
                .query((rs, n) -> new Locked(rs.getLong(1), rs.getLong(2), BigWinStatus.valueOf(rs.getString(3)),
                        (Long) rs.getObject(4, Long.class), rs.getInt(5), rs.getString(6)))
                .optional();
    }

    /**
     * Decides a pending big win; only a row still pending changes, so of two deciders at once only
     * one succeeds even without the lock.
     *
     * @return whether this call decided it
     */
    public boolean decide(long id, BigWinStatus outcome, long deciderId, @Nullable String note, Instant now) {
        return jdbc.sql("""
                UPDATE kudos SET status = :status, decided_by = :by, decision_note = :note, decided_at = :at,
                       published_at = CASE WHEN :status = 'PUBLISHED' THEN :at ELSE NULL END, version = version + 1
                WHERE id = :id AND kind = 'BIG' AND status = 'PENDING'""")
                .param("status", outcome.name()).param("by", deciderId).param("note", note).param("at", Timestamp.from(now))
                .param("id", id).update() == 1;
    }

    public List<Long> recipientIds(long kudosId) {
        return jdbc.sql("SELECT person_id FROM kudos_recipient WHERE kudos_id = :k ORDER BY person_id")
                .param("k", kudosId).query(Long.class).list();
    }

    // ---- reads ----

    /**
     * The pending nominations this person may decide, newest first: those routed to them while
     * they can approve, and for HR those routed to HR or whose manager has left or no longer
     * manages. Never their own nominations, nor those that celebrate them.
     */
    public List<BigWin> queue(long me, boolean hr, @Nullable BigWinCursor before, int limit) {
        var params = new HashMap<String, Object>();
        String where = queueWhere(me, hr, params) + before(before, "k.created_at", params);
        return page(SELECT + where + " ORDER BY k.created_at DESC, k.id DESC LIMIT " + limit, params);
    }

    /** One nomination when it is in this person's queue ({@link #queue}'s rule). */
    public Optional<BigWin> queued(long me, boolean hr, long id) {
        var params = new HashMap<String, Object>();
        String where = queueWhere(me, hr, params) + " AND k.id = :id";
        params.put("id", id);
        return page(SELECT + where, params).stream().findFirst();
    }

    public long queueCount(long me, boolean hr) {
        var params = new HashMap<String, Object>();
        String sql = "SELECT COUNT(*) FROM kudos k LEFT JOIN person ap ON ap.id = k.approver_id WHERE k.kind = 'BIG'"
                + queueWhere(me, hr, params);
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static String queueWhere(long me, boolean hr, Map<String, Object> params) {
        params.put("me", me);
        return """
                 AND k.status = 'PENDING' AND k.giver_id <> :me
                 AND NOT EXISTS (SELECT 1 FROM kudos_recipient mine WHERE mine.kudos_id = k.id AND mine.person_id = :me)
                 AND ((k.approver_id = :me AND %s)%s)""".formatted(APPROVER_OK,
                hr ? " OR k.approver_id IS NULL OR NOT " + APPROVER_OK : "");
    }

    /** A nominator's big wins, newest first, whatever became of them. */
    public List<BigWin> nominatedBy(long nominatorId, @Nullable BigWinCursor before, int limit) {
        var params = new HashMap<String, Object>();
        params.put("giver", nominatorId);
        String where = " AND k.giver_id = :giver" + before(before, "k.created_at", params);
        return page(SELECT + where + " ORDER BY k.created_at DESC, k.id DESC LIMIT " + limit, params);
    }

    /** The latest approved big wins that everyone may see (not hidden, not private), newest first. */
    public List<BigWin> recentPublished(int limit) {
        return page(SELECT + " AND k.status = 'PUBLISHED' AND NOT k.hidden AND NOT k.private_kudos"
                + " ORDER BY k.published_at DESC, k.id DESC LIMIT " + limit, Map.of());
    }

    public Optional<BigWin> find(long id) {
        return page(SELECT + " AND k.id = :id", Map.of("id", id)).stream().findFirst();
    }

    private static String before(@Nullable BigWinCursor cursor, String column, Map<String, Object> params) {
        if (cursor == null) {
            return "";
        }
        params.put("beforeAt", Timestamp.from(cursor.at()));
        params.put("beforeId", cursor.id());
        return " AND (" + column + " < :beforeAt OR (" + column + " = :beforeAt AND k.id < :beforeId))";
    }

    private List<BigWin> page(String sql, Map<String, ?> params) {
        record Row(long id, BigWin.Who nominator, long levelId, String nameEn, String nameFa, int points, String message,
                   BigWinStatus status, BigWin.@Nullable Who approver, boolean withHr, BigWin.@Nullable Who decidedBy,
                   @Nullable String note, Instant createdAt, @Nullable Instant decidedAt, @Nullable Instant publishedAt) {
        }
        List<Row> rows = jdbc.sql(sql).params(params).query((rs, n) -> {
            Long approverId = (Long) rs.getObject("approver_id", Long.class);
            Long deciderId = (Long) rs.getObject("decided_by", Long.class);
            return new Row(rs.getLong("id"), new BigWin.Who(rs.getLong("giver_id"), rs.getString("giver_name")),
                    rs.getLong("award_level_id"), rs.getString("name_en"), rs.getString("name_fa"),
                    rs.getInt("award_points"), rs.getString("message"), BigWinStatus.valueOf(rs.getString("status")),
                    approverId == null ? null : new BigWin.Who(approverId, rs.getString("approver_name")),
                    !rs.getBoolean("approver_ok"),
                    deciderId == null ? null : new BigWin.Who(deciderId, rs.getString("decider_name")),
                    rs.getString("decision_note"), instant(rs, "created_at"), instant(rs, "decided_at"),
                    instant(rs, "published_at"));
        }).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<BigWin.Who>> recipients = new HashMap<>();
        Map<Long, List<BigWin.Who>> left = new HashMap<>();
        jdbc.sql("""
                SELECT r.kudos_id, p.id, p.display_name, p.active FROM kudos_recipient r JOIN person p ON p.id = r.person_id
                WHERE r.kudos_id IN (:ids) ORDER BY p.display_name, p.id""").param("ids", ids)
                .query((rs, n) -> {
                    var who = new BigWin.Who(rs.getLong(2), rs.getString(3));
                    if (!rs.getBoolean(4)) {
                        left.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(who);
                    }
                    return recipients.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(who);
                })
                .list();
        Map<Long, List<Long>> values = new LinkedHashMap<>();
        jdbc.sql("SELECT kudos_id, value_id FROM kudos_value WHERE kudos_id IN (:ids) ORDER BY value_id").param("ids", ids)
                .query((rs, n) -> values.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
                .list();
        return rows.stream().map(r -> new BigWin(r.id(), r.nominator(), recipients.getOrDefault(r.id(), List.of()),
                r.levelId(), r.nameEn(), r.nameFa(), r.points(), r.message(), values.getOrDefault(r.id(), List.of()),
                r.status(), r.approver(), r.withHr(), r.decidedBy(), r.note(), r.createdAt(), r.decidedAt(),
                r.publishedAt(), left.getOrDefault(r.id(), List.of()))).toList();
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
