package app.bravo.recognition.internal;

import app.bravo.recognition.KudosCursor;
import app.bravo.recognition.KudosItem;
import app.bravo.recognition.KudosKind;
import app.bravo.recognition.KudosPerson;
import app.bravo.recognition.KudosReaction;
import app.bravo.shared.KeysetToken;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The recognition feed's SQL, its one read path (DESIGN section 4): a filtered page of published
 * kudos in keyset order (published time, then id, both descending, along ix_kudos_feed and
 * ix_kudos_feed_kind), the filters and the privacy rule in the database, never in Java, then the
 * details of the page's kudos (recipients, values, add-ons, reactions, comment counts) in a few
 * batch queries; and the writes of kudos, add-ons, reactions, comments, reports and hiding.
 * <p>
 * Names and photos are read from the directory's {@code person} table as a read model, like
 * {@link RecognitionSettingsStore}: a feed page would otherwise need a round trip through the people
 * service per page for data it does not offer (photos). Times are bound and read as plain
 * Timestamps; the connection's UTC rule (DD018) makes them UTC instants.
 */
@Component
public class KudosQueries {


    /** Who reads: {@code personId} null for the public (the API), else the reader; moderators also see hidden kudos. */
    public record Reader(@Nullable Long personId, boolean moderator) {
        public static final Reader PUBLIC = new Reader(null, false);
    }

    /** What the feed's SQL narrows to: departments already widened to their sub-departments. */
    public record Where(Set<Long> departments, @Nullable Long valueId, @Nullable Long personId, @Nullable KudosKind kind) {
        public static final Where NONE = new Where(Set.of(), null, null, null);
    }

    /** A kudos row before its details. */
    public record Row(long id, KudosKind kind, @Nullable KudosPerson giver, String message, @Nullable String quote,
                      boolean privateKudos, boolean hidden, @Nullable String hiddenReason, @Nullable String awardEn,
                      @Nullable String awardFa, Instant createdAt, Instant publishedAt, @Nullable Instant editedAt) {
    }

    /** A kudos as its writes need it, read under its row lock. */
    public record Locked(long id, KudosKind kind, String status, @Nullable Long giverId, boolean hidden, boolean privateKudos,
                         String message, Instant createdAt) {
    }

    /** A comment as hiding and reporting need it. */
    public record CommentRow(long id, long kudosId, @Nullable Long authorId, String text, boolean hidden) {
    }

    private final JdbcClient jdbc;

    KudosQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- the feed ----

    /**
     * Published kudos matching the filter that the reader may see, most recently published first,
     * just after the cursor (from the newest without one); {@code onlyId} narrows it to one kudos.
     */
    public List<Row> page(Where w, Reader reader, @Nullable Long onlyId, @Nullable KudosCursor after, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT k.id, k.kind, k.giver_id, g.display_name, g.photo_key, k.message, k.quote, k.private_kudos, k.hidden,
                       k.hidden_reason, al.name_en, al.name_fa, k.created_at, k.published_at, k.edited_at
                FROM kudos k
                LEFT JOIN person g ON g.id = k.giver_id
                LEFT JOIN award_level al ON al.id = k.award_level_id
                WHERE k.status = 'PUBLISHED' AND k.published_at IS NOT NULL""");
        Map<String, Object> params = new HashMap<>();
        if (!reader.moderator()) {
            sql.append(" AND k.hidden = FALSE");
        }
        if (reader.personId() == null) {
            sql.append(" AND k.private_kudos = FALSE");
        } else {
            sql.append(" ").append("""
                     AND (k.private_kudos = FALSE OR k.giver_id = :reader OR EXISTS (
                        SELECT 1 FROM kudos_recipient pr JOIN person pp ON pp.id = pr.person_id
                        WHERE pr.kudos_id = k.id AND (pr.person_id = :reader OR pp.manager_id = :reader)))""");
            params.put("reader", reader.personId());
        }
        if (onlyId != null) {
            sql.append(" AND k.id = :onlyId");
            params.put("onlyId", onlyId);
        }
        if (after != null) {
            sql.append(" AND (k.published_at < :afterAt OR (k.published_at = :afterAt AND k.id < :afterId))");
            params.put("afterAt", Timestamp.from(after.publishedAt()));
            params.put("afterId", after.id());
        }
        if (w.kind() != null) {
            sql.append(" AND k.kind = :kind");
            params.put("kind", w.kind().name());
        }
        if (!w.departments().isEmpty()) {
            sql.append(" ").append("""
                     AND EXISTS (SELECT 1 FROM kudos_recipient dr JOIN person dp ON dp.id = dr.person_id
                        WHERE dr.kudos_id = k.id AND dp.department_id IN (:departments))""");
            params.put("departments", w.departments());
        }
        if (w.valueId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM kudos_value v WHERE v.kudos_id = k.id AND v.value_id = :value)");
            params.put("value", w.valueId());
        }
        if (w.personId() != null) {
            sql.append(" ").append("""
                     AND (k.giver_id = :person
                        OR EXISTS (SELECT 1 FROM kudos_recipient r WHERE r.kudos_id = k.id AND r.person_id = :person))""");
            params.put("person", w.personId());
        }
        sql.append(" ORDER BY k.published_at DESC, k.id DESC LIMIT :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> row(rs)).list();
    }

    private static Row row(ResultSet rs) throws SQLException {
        long giverId = rs.getLong("giver_id");
        KudosPerson giver = rs.wasNull() ? null : new KudosPerson(giverId, rs.getString("display_name"), rs.getString("photo_key"));
        return new Row(rs.getLong("id"), KudosKind.valueOf(rs.getString("kind")), giver, rs.getString("message"),
                rs.getString("quote"), rs.getBoolean("private_kudos"), rs.getBoolean("hidden"), rs.getString("hidden_reason"),
                rs.getString("name_en"), rs.getString("name_fa"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("published_at")), nullableInstant(rs.getTimestamp("edited_at")));
    }

    /** A recipient with the points they got from the kudos itself. */
    public record Recipient(KudosPerson person, int points) {
    }

    public Map<Long, List<Recipient>> recipients(Collection<Long> kudosIds) {
        Map<Long, List<Recipient>> map = new HashMap<>();
        if (!kudosIds.isEmpty()) {
            jdbc.sql("""
                    SELECT r.kudos_id, p.id, p.display_name, p.photo_key, r.points FROM kudos_recipient r
                    JOIN person p ON p.id = r.person_id WHERE r.kudos_id IN (:ids) ORDER BY p.display_name, p.id""")
                    .param("ids", kudosIds)
                    .query(rs -> {
                        map.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
                                new Recipient(new KudosPerson(rs.getLong(2), rs.getString(3), rs.getString(4)), rs.getInt(5)));
                    });
        }
        return map;
    }

    public Map<Long, List<KudosItem.Value>> values(Collection<Long> kudosIds) {
        Map<Long, List<KudosItem.Value>> map = new HashMap<>();
        if (!kudosIds.isEmpty()) {
            jdbc.sql("""
                    SELECT kv.kudos_id, v.id, v.name, v.name_fa FROM kudos_value kv JOIN company_value v ON v.id = kv.value_id
                    WHERE kv.kudos_id IN (:ids) ORDER BY v.position, v.name""")
                    .param("ids", kudosIds)
                    .query(rs -> {
                        map.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new KudosItem.Value(rs.getLong(2), rs.getString(3), rs.getString(4)));
                    });
        }
        return map;
    }

    /** The visible add-ons of these kudos, oldest first. */
    public Map<Long, List<KudosItem.AddOn>> addOns(Collection<Long> kudosIds) {
        Map<Long, List<KudosItem.AddOn>> map = new HashMap<>();
        if (!kudosIds.isEmpty()) {
            jdbc.sql("""
                    SELECT a.kudos_id, a.id, p.id, p.display_name, p.photo_key, a.message, a.points, a.created_at
                    FROM kudos_addon a JOIN person p ON p.id = a.giver_id
                    WHERE a.kudos_id IN (:ids) AND a.deleted = FALSE AND a.hidden = FALSE ORDER BY a.created_at, a.id""")
                    .param("ids", kudosIds)
                    .query(rs -> {
                        map.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new KudosItem.AddOn(rs.getLong(2),
                                new KudosPerson(rs.getLong(3), rs.getString(4), rs.getString(5)), rs.getString(6), rs.getInt(7),
                                instant(rs.getTimestamp(8))));
                    });
        }
        return map;
    }

    /** The kudos among these that this person joined already (a deleted add-on still counts: once per kudos). */
    public Set<Long> joinedBy(Collection<Long> kudosIds, long personId) {
        if (kudosIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT kudos_id FROM kudos_addon WHERE kudos_id IN (:ids) AND giver_id = :p")
                .param("ids", kudosIds).param("p", personId).query(Long.class).list());
    }

    public Map<Long, KudosItem.Reactions> reactions(Collection<Long> kudosIds, @Nullable Long reader) {
        Map<Long, Map<KudosReaction, Long>> counts = new HashMap<>();
        Map<Long, Set<KudosReaction>> mine = new HashMap<>();
        if (!kudosIds.isEmpty()) {
            jdbc.sql("""
                    SELECT kudos_id, reaction, COUNT(*), MAX(person_id <=> :reader)
                    FROM kudos_reaction WHERE kudos_id IN (:ids) GROUP BY kudos_id, reaction""")
                    .param("ids", kudosIds).param("reader", reader)
                    .query(rs -> {
                        KudosReaction kind;
                        try {
                            kind = KudosReaction.valueOf(rs.getString(2));
                        } catch (IllegalArgumentException retired) {
                            return;
                        }
                        long id = rs.getLong(1);
                        counts.computeIfAbsent(id, k -> new EnumMap<>(KudosReaction.class)).put(kind, rs.getLong(3));
                        if (rs.getInt(4) == 1) {
                            mine.computeIfAbsent(id, k -> EnumSet.noneOf(KudosReaction.class)).add(kind);
                        }
                    });
        }
        Map<Long, KudosItem.Reactions> result = new HashMap<>();
        counts.forEach((id, c) -> result.put(id, new KudosItem.Reactions(c, mine.getOrDefault(id, Set.of()))));
        return result;
    }

    /** How many comments employees see on each of these kudos. */
    public Map<Long, Long> visibleComments(Collection<Long> kudosIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!kudosIds.isEmpty()) {
            jdbc.sql("SELECT kudos_id, COUNT(*) FROM kudos_comment WHERE kudos_id IN (:ids) AND hidden = FALSE GROUP BY kudos_id")
                    .param("ids", kudosIds)
                    .query(rs -> {
                        counts.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return counts;
    }

    /** A kudos's comments, oldest first; hidden ones only when asked. */
    public List<app.bravo.recognition.KudosComment> comments(long kudosId, boolean withHidden, @Nullable KeysetToken after, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT c.id, c.kudos_id, c.author_id, p.display_name, p.photo_key, c.text, c.created_at, c.hidden
                FROM kudos_comment c LEFT JOIN person p ON p.id = c.author_id
                WHERE c.kudos_id = :k AND (:all OR c.hidden = FALSE)""");
        Map<String, Object> params = new HashMap<>(Map.of("k", kudosId, "all", withHidden, "limit", limit));
        if (after != null) {
            sql.append(" AND (c.created_at > :afterAt OR (c.created_at = :afterAt AND c.id > :afterId))");
            params.put("afterAt", Timestamp.from(after.at()));
            params.put("afterId", after.id());
        }
        sql.append(" ORDER BY c.created_at, c.id LIMIT :limit");
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> {
                    long author = rs.getLong(3);
                    KudosPerson a = rs.wasNull() ? null : new KudosPerson(author, rs.getString(4), rs.getString(5));
                    return new app.bravo.recognition.KudosComment(rs.getLong(1), rs.getLong(2), a, rs.getString(6),
                            instant(rs.getTimestamp(7)), rs.getBoolean(8));
                }).list();
    }

    /** Published public kudos a person received and gave. */
    public long[] counts(long personId) {
        long received = jdbc.sql("""
                SELECT COUNT(*) FROM kudos_recipient r JOIN kudos k ON k.id = r.kudos_id
                WHERE r.person_id = :p AND k.status = 'PUBLISHED' AND k.hidden = FALSE AND k.private_kudos = FALSE""")
                .param("p", personId).query(Long.class).single();
        long given = jdbc.sql("""
                SELECT COUNT(*) FROM kudos k
                WHERE k.giver_id = :p AND k.status = 'PUBLISHED' AND k.hidden = FALSE AND k.private_kudos = FALSE""")
                .param("p", personId).query(Long.class).single();
        return new long[] {received, given};
    }

    // ---- rules' lookups ----

    /** Those of these people whose manager is this person. */
    public Set<Long> directReportsAmong(long managerId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT id FROM person WHERE manager_id = :m AND id IN (:ids)")
                .param("m", managerId).param("ids", ids).query(Long.class).list());
    }

    // ---- writes ----

    /** A new published small win; returns its id. */
    public long insertSmall(long giverId, String message, @Nullable String quote, boolean privateKudos, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO kudos (kind, status, giver_id, message, quote, private_kudos, created_at, published_at)
                VALUES ('SMALL', 'PUBLISHED', :g, :m, :q, :p, :now, :now)""")
                .param("g", giverId).param("m", message).param("q", quote).param("p", privateKudos).param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public void insertRecipients(long kudosId, Map<Long, Integer> points) {
        points.forEach((person, p) -> jdbc.sql("INSERT INTO kudos_recipient (kudos_id, person_id, points) VALUES (:k, :p, :pts)")
                .param("k", kudosId).param("p", person).param("pts", p).update());
    }

    public void replaceValues(long kudosId, Collection<Long> valueIds) {
        jdbc.sql("DELETE FROM kudos_value WHERE kudos_id = :k").param("k", kudosId).update();
        valueIds.forEach(v -> jdbc.sql("INSERT INTO kudos_value (kudos_id, value_id) VALUES (:k, :v)")
                .param("k", kudosId).param("v", v).update());
    }

    /** The kudos, its row locked until the transaction ends: edits, deletes and add-ons of one kudos run one at a time. */
    public Optional<Locked> lock(long kudosId) {
        return jdbc.sql("""
                SELECT id, kind, status, giver_id, hidden, private_kudos, message, created_at FROM kudos WHERE id = :k FOR UPDATE""")
                .param("k", kudosId)
                .query((rs, n) -> {
                    long giver = rs.getLong(4);
                    Long g = rs.wasNull() ? null : giver;
                    return new Locked(rs.getLong(1), KudosKind.valueOf(rs.getString(2)), rs.getString(3), g, rs.getBoolean(5),
                            rs.getBoolean(6), rs.getString(7), instant(rs.getTimestamp(8)));
                }).optional();
    }

    public List<Long> recipientIds(long kudosId) {
        return jdbc.sql("SELECT person_id FROM kudos_recipient WHERE kudos_id = :k ORDER BY person_id")
                .param("k", kudosId).query(Long.class).list();
    }

    public void updateMessage(long kudosId, String message, Instant now) {
        jdbc.sql("UPDATE kudos SET message = :m, edited_at = :now, version = version + 1 WHERE id = :k")
                .param("m", message).param("now", Timestamp.from(now)).param("k", kudosId).update();
    }

    /** Marks a published kudos and its add-ons deleted; false when it was not published any more. */
    public boolean markDeleted(long kudosId) {
        int n = jdbc.sql("UPDATE kudos SET status = 'DELETED', version = version + 1 WHERE id = :k AND status = 'PUBLISHED'")
                .param("k", kudosId).update();
        jdbc.sql("UPDATE kudos_addon SET deleted = TRUE WHERE kudos_id = :k").param("k", kudosId).update();
        return n == 1;
    }

    /** The ids of a kudos's add-ons that are not deleted. */
    public List<Long> liveAddOnIds(long kudosId) {
        return jdbc.sql("SELECT id FROM kudos_addon WHERE kudos_id = :k AND deleted = FALSE ORDER BY id")
                .param("k", kudosId).query(Long.class).list();
    }

    /** A new add-on; empty when this person joined this kudos already (uk_kudos_addon_once). */
    public Optional<Long> insertAddOn(long kudosId, long giverId, String message, int points, Instant now) {
        var keys = new GeneratedKeyHolder();
        int n = jdbc.sql("""
                INSERT IGNORE INTO kudos_addon (kudos_id, giver_id, message, points, created_at)
                VALUES (:k, :g, :m, :p, :now)""")
                .param("k", kudosId).param("g", giverId).param("m", message).param("p", points).param("now", Timestamp.from(now))
                .update(keys, "id");
        return n == 0 ? Optional.empty() : Optional.of(keys.getKeyAs(Number.class).longValue());
    }

    /** Gives the reaction, or takes it back; the primary key keeps two quick clicks from giving it twice. */
    public boolean toggleReaction(long kudosId, long personId, KudosReaction kind) {
        int removed = jdbc.sql("DELETE FROM kudos_reaction WHERE kudos_id = :k AND person_id = :p AND reaction = :r")
                .param("k", kudosId).param("p", personId).param("r", kind.name()).update();
        if (removed > 0) {
            return false;
        }
        jdbc.sql("INSERT IGNORE INTO kudos_reaction (kudos_id, person_id, reaction) VALUES (:k, :p, :r)")
                .param("k", kudosId).param("p", personId).param("r", kind.name()).update();
        return true;
    }

    public long insertComment(long kudosId, long authorId, String text, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO kudos_comment (kudos_id, author_id, text, created_at) VALUES (:k, :a, :t, :now)")
                .param("k", kudosId).param("a", authorId).param("t", text).param("now", Timestamp.from(now)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<CommentRow> comment(long commentId) {
        return jdbc.sql("SELECT id, kudos_id, author_id, text, hidden FROM kudos_comment WHERE id = :c")
                .param("c", commentId)
                .query((rs, n) -> {
                    long author = rs.getLong(3);
                    Long a = rs.wasNull() ? null : author;
                    return new CommentRow(rs.getLong(1), rs.getLong(2), a, rs.getString(4), rs.getBoolean(5));
                }).optional();
    }

    /** Hides a comment; false when it was hidden already. */
    public boolean hideComment(long commentId) {
        return jdbc.sql("UPDATE kudos_comment SET hidden = TRUE, version = version + 1 WHERE id = :c AND hidden = FALSE")
                .param("c", commentId).update() == 1;
    }

    /** Hides a kudos; false when it was hidden already. */
    public boolean hideKudos(long kudosId, String by, String reason) {
        return jdbc.sql("""
                UPDATE kudos SET hidden = TRUE, hidden_by = :by, hidden_reason = :reason, version = version + 1
                WHERE id = :k AND hidden = FALSE""")
                .param("by", by).param("reason", reason).param("k", kudosId).update() == 1;
    }

    /** Records a report; false when this person reported this kudos or comment already (uk_kudos_report_once). */
    public boolean insertReport(long kudosId, @Nullable Long commentId, long reporterId, String reason, Instant now) {
        String target = commentId == null ? "K" + kudosId : "C" + commentId;
        return jdbc.sql("""
                INSERT IGNORE INTO kudos_report (kudos_id, comment_id, target_key, reporter_id, reason, created_at)
                VALUES (:k, :c, :t, :r, :reason, :now)""")
                .param("k", kudosId).param("c", commentId).param("t", target).param("r", reporterId).param("reason", reason)
                .param("now", Timestamp.from(now)).update() == 1;
    }

    /** Closes the open reports of a kudos (or of one comment) when a moderator hides it. */
    public void resolveReports(long kudosId, @Nullable Long commentId, String by, Instant now) {
        jdbc.sql("""
                UPDATE kudos_report SET resolved_at = :now, resolved_by = :by
                WHERE kudos_id = :k AND (comment_id <=> :c) AND resolved_at IS NULL""")
                .param("now", Timestamp.from(now)).param("by", by).param("k", kudosId).param("c", commentId).update();
    }

    private static Instant instant(Timestamp t) {
        return t.toInstant();
    }

    private static @Nullable Instant nullableInstant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
