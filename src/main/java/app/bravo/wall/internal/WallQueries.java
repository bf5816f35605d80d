package app.bravo.wall.internal;

import app.bravo.shared.search.SearchTokens;
import app.bravo.shared.search.TokenIndex;
import app.bravo.wall.Channel;
import app.bravo.wall.FeedbackSource;
import app.bravo.wall.FeedbackStatus;
import app.bravo.wall.Reaction;
import app.bravo.wall.Reactions;
import app.bravo.wall.ScoreType;
import app.bravo.wall.WallCursor;
import app.bravo.wall.WallFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The wall's reading queries in SQL, the one read path of published notes (the wall, the API, the
 * office screens, profiles, the home page, the note of the day): a filtered page of published notes
 * (the filters run in the database, never in Java) in keyset order (published time, then id, both
 * descending, along ix_feedback_note_status_published), the details of the notes on a page in a few
 * batch queries, and the reaction ledger. Search looks words up in the token table of V012
 * ({@link WallSearchIndex}).
 */
@Component
public class WallQueries {

    /** A published note's columns, before tags and credits are added. */
    public record NoteRow(long id, FeedbackStatus status, String quote, boolean redacted, @Nullable String customerName,
                          @Nullable String company, Channel channel, @Nullable Integer score, @Nullable ScoreType scoreType,
                          LocalDate receivedOn, FeedbackSource source, Instant createdAt, @Nullable Instant publishedAt) {
    }


    private final JdbcClient jdbc;
    private final TokenIndex tokens;

    WallQueries(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.tokens = WallSearchIndex.tokenIndex(jdbc);
    }

    /**
     * Published notes matching the filter, most recently published first, starting just after the
     * cursor (from the newest without one); {@code onlyId} narrows it to one note (to ask whether a
     * newly approved note belongs on a filtered wall).
     */
    public List<NoteRow> page(WallFilter f, @Nullable Long onlyId, @Nullable WallCursor after, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT n.id, n.status, n.quote, n.redacted, n.customer_name, n.company, n.channel, n.score, n.score_type,
                       n.received_on, n.source, n.created_at, n.published_at
                FROM feedback_note n
                WHERE n.status = 'PUBLISHED'""");
        Map<String, Object> params = new HashMap<>();
        if (onlyId != null) {
            sql.append(" AND n.id = :onlyId");
            params.put("onlyId", onlyId);
        }
        if (after != null) {
            sql.append(" AND (n.published_at < :afterAt OR (n.published_at = :afterAt AND n.id < :afterId))");
            params.put("afterAt", Timestamp.from(after.publishedAt()));
            params.put("afterId", after.id());
        }
        String words = tokens.condition(SearchTokens.query(f.text()), "n.id", "word", params);
        if (!words.isEmpty()) {
            sql.append(" AND ").append(words);
        }
        if (f.departmentId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM feedback_credit_department d WHERE d.note_id = n.id AND d.department_id = :dept)");
            params.put("dept", f.departmentId());
        }
        if (!f.anyOfDepartments().isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM feedback_credit_department d WHERE d.note_id = n.id AND d.department_id IN (:depts))");
            params.put("depts", f.anyOfDepartments());
        }
        if (f.personId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM feedback_credit_person p WHERE p.note_id = n.id AND p.person_id = :person)");
            params.put("person", f.personId());
        }
        if (f.channel() != null) {
            sql.append(" AND n.channel = :channel");
            params.put("channel", f.channel().name());
        }
        if (f.tag() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM feedback_tag t WHERE t.note_id = n.id AND t.tag = :tag)");
            params.put("tag", f.tag());
        }
        if (f.from() != null) {
            sql.append(" AND n.received_on >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            sql.append(" AND n.received_on <= :to");
            params.put("to", f.to());
        }
        sql.append(" ORDER BY n.published_at DESC, n.id DESC LIMIT :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> row(rs)).list();
    }

    /** The note featured on this day, if it is published. */
    public Optional<Long> featuredOn(LocalDate day) {
        return jdbc.sql("SELECT id FROM feedback_note WHERE featured_on = :day AND status = 'PUBLISHED'")
                .param("day", day).query(Long.class).optional();
    }

    private static NoteRow row(ResultSet rs) throws SQLException {
        String scoreType = rs.getString("score_type");
        int score = rs.getInt("score");
        Integer scoreOrNull = rs.wasNull() ? null : score;
        return new NoteRow(rs.getLong("id"), FeedbackStatus.valueOf(rs.getString("status")), rs.getString("quote"),
                rs.getBoolean("redacted"), rs.getString("customer_name"), rs.getString("company"),
                Channel.valueOf(rs.getString("channel")), scoreOrNull, scoreType == null ? null : ScoreType.valueOf(scoreType),
                rs.getObject("received_on", LocalDate.class), FeedbackSource.valueOf(rs.getString("source")),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("published_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** The tags of these notes, sorted. */
    public Map<Long, List<String>> tags(Collection<Long> noteIds) {
        Map<Long, List<String>> tags = new HashMap<>();
        if (!noteIds.isEmpty()) {
            jdbc.sql("SELECT note_id, tag FROM feedback_tag WHERE note_id IN (:ids) ORDER BY tag")
                    .param("ids", noteIds)
                    .query(rs -> {
                        tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                    });
        }
        return tags;
    }

    /** The people these notes credit, by note. */
    public Map<Long, List<Long>> creditedPeople(Collection<Long> noteIds) {
        return idsByNote("SELECT note_id, person_id FROM feedback_credit_person WHERE note_id IN (:ids) ORDER BY person_id", noteIds);
    }

    /** The departments these notes credit, by note. */
    public Map<Long, List<Long>> creditedDepartments(Collection<Long> noteIds) {
        return idsByNote("SELECT note_id, department_id FROM feedback_credit_department WHERE note_id IN (:ids) ORDER BY department_id", noteIds);
    }

    private Map<Long, List<Long>> idsByNote(String sql, Collection<Long> noteIds) {
        Map<Long, List<Long>> ids = new HashMap<>();
        if (!noteIds.isEmpty()) {
            jdbc.sql(sql).param("ids", noteIds)
                    .query(rs -> {
                        ids.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    });
        }
        return ids;
    }

    /** The reactions to these notes, with the reader's own marked. */
    public Map<Long, Reactions> reactions(Collection<Long> noteIds, long reader) {
        Map<Long, Map<Reaction, Long>> counts = new LinkedHashMap<>();
        Map<Long, Set<Reaction>> mine = new HashMap<>();
        if (!noteIds.isEmpty()) {
            jdbc.sql("""
                    SELECT note_id, kind, COUNT(*), MAX(person_id = :reader)
                    FROM note_reaction WHERE note_id IN (:ids) GROUP BY note_id, kind""")
                    .param("ids", noteIds).param("reader", reader)
                    .query(rs -> {
                        long note = rs.getLong(1);
                        Reaction kind;
                        try {
                            kind = Reaction.valueOf(rs.getString(2));
                        } catch (IllegalArgumentException retired) {
                            return;
                        }
                        counts.computeIfAbsent(note, k -> new EnumMap<>(Reaction.class)).put(kind, rs.getLong(3));
                        if (rs.getInt(4) == 1) {
                            mine.computeIfAbsent(note, k -> EnumSet.noneOf(Reaction.class)).add(kind);
                        }
                    });
        }
        Map<Long, Reactions> result = new HashMap<>();
        counts.forEach((note, c) -> result.put(note, new Reactions(c, mine.getOrDefault(note, Set.of()))));
        return result;
    }

    /** How many comments employees see on each of these notes. */
    public Map<Long, Long> visibleComments(Collection<Long> noteIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!noteIds.isEmpty()) {
            jdbc.sql("SELECT note_id, COUNT(*) FROM note_comment WHERE note_id IN (:ids) AND hidden = FALSE GROUP BY note_id")
                    .param("ids", noteIds)
                    .query(rs -> {
                        counts.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return counts;
    }

    public boolean isPublished(long noteId) {
        return jdbc.sql("SELECT COUNT(*) FROM feedback_note WHERE id = :id AND status = 'PUBLISHED'")
                .param("id", noteId).query(Long.class).single() > 0;
    }

    /**
     * Gives the reaction, or takes it back if the person had given it; returns whether it is given now.
     * Two quick clicks meet the unique key, so a person never holds the same reaction twice.
     */
    public boolean toggleReaction(long noteId, long personId, Reaction kind) {
        int removed = jdbc.sql("DELETE FROM note_reaction WHERE note_id = :note AND person_id = :person AND kind = :kind")
                .param("note", noteId).param("person", personId).param("kind", kind.name()).update();
        if (removed > 0) {
            return false;
        }
        jdbc.sql("INSERT IGNORE INTO note_reaction (note_id, person_id, kind, created_at) VALUES (:note, :person, :kind, CURRENT_TIMESTAMP(6))")
                .param("note", noteId).param("person", personId).param("kind", kind.name()).update();
        return true;
    }

    /** The most used tags of published notes, for the wall's tag filter. */
    public List<String> popularTags(int limit) {
        return jdbc.sql("""
                SELECT t.tag FROM feedback_tag t JOIN feedback_note n ON n.id = t.note_id
                WHERE n.status = 'PUBLISHED' GROUP BY t.tag ORDER BY COUNT(*) DESC, t.tag LIMIT :limit""")
                .param("limit", limit).query(String.class).list();
    }
}
