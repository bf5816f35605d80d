package app.bravo.pulse.internal;

import app.bravo.pulse.ConversationReply;
import app.bravo.pulse.ReplySide;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Anonymous conversations in SQL (V027, DD022): comments found by id (HR) or by the hashes a reply
 * key may have left (their author), and the replies of a thread in their order. A reply's place in
 * its thread is the next sequence number, taken in the INSERT itself and guarded by the unique key
 * (comment, seq): two replies at once cannot share a place, and the one that loses is told to try
 * again.
 */
@Component
public class ConversationStore {

    /** A comment with what its thread shows about it. */
    public record CommentRow(byte[] id, long roundId, long questionId, boolean roundClosed, String body,
                             String questionEn, String questionFa, String surveyEn, String surveyFa, LocalDate closeDate) {

        public String hexId() {
            return HexFormat.of().formatHex(id);
        }
    }

    private static final String COMMENT = """
            SELECT c.id, c.round_id, c.question_id, r.status, c.body, q.text_en, q.text_fa, s.name_en, s.name_fa, r.close_date
            FROM pulse_comment c JOIN pulse_round r ON r.id = c.round_id JOIN pulse_question q ON q.id = c.question_id
            JOIN pulse_survey s ON s.id = r.survey_id""";

    private final JdbcClient jdbc;

    ConversationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CommentRow> comment(byte[] id) {
        return jdbc.sql(COMMENT + " WHERE c.id = ?").param(id).query((rs, n) -> row(rs)).optional();
    }

    /** The comments whose stored hash is one of these, newest round first, then by question. */
    public List<CommentRow> commentsByHash(List<byte[]> hashes) {
        if (hashes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COMMENT + " WHERE c.reply_key_hash IN (:hashes) ORDER BY r.close_date DESC, r.id DESC, q.position")
                .param("hashes", hashes).query((rs, n) -> row(rs)).list();
    }

    /** The comment, when its stored hash is one of these. */
    public Optional<CommentRow> commentByHash(byte[] id, List<byte[]> hashes) {
        return jdbc.sql(COMMENT + " WHERE c.id = :id AND c.reply_key_hash IN (:hashes)")
                .param("id", id).param("hashes", hashes).query((rs, n) -> row(rs)).optional();
    }

    /** Each comment's replies in thread order, keyed by the comment's hex id. */
    public Map<String, List<ConversationReply>> replies(List<byte[]> commentIds) {
        Map<String, List<ConversationReply>> out = new LinkedHashMap<>();
        if (commentIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT comment_id, seq, side, body, written_on FROM pulse_reply WHERE comment_id IN (:ids) ORDER BY comment_id, seq")
                .param("ids", commentIds)
                .query((rs, n) -> {
                    Date on = rs.getDate(5);
                    out.computeIfAbsent(HexFormat.of().formatHex(rs.getBytes(1)), k -> new ArrayList<>())
                            .add(new ConversationReply(rs.getInt(2), ReplySide.valueOf(rs.getString(3)), rs.getString(4),
                                    on == null ? null : on.toLocalDate()));
                    return 0;
                })
                .list();
        return out;
    }

    public boolean staffReplied(byte[] commentId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM pulse_reply WHERE comment_id = ? AND side = 'STAFF')")
                .param(commentId).query(Boolean.class).single();
    }

    /**
     * Adds a reply at the thread's next place, unless the thread has {@code max} replies already
     * (false). A reply written at the same moment may take the place first: the unique key then
     * throws DuplicateKeyException.
     */
    public boolean add(byte[] commentId, ReplySide side, @Nullable Long staffId, @Nullable LocalDate writtenOn, String body,
                       int max) {
        return jdbc.sql("""
                INSERT INTO pulse_reply (id, comment_id, seq, side, staff_id, written_on, body)
                SELECT :id, :comment, COALESCE(MAX(seq), 0) + 1, :side, :staff, :on, :body FROM pulse_reply WHERE comment_id = :comment
                HAVING COALESCE(MAX(seq), 0) < :max""")
                .param("id", RoundStore.randomId()).param("comment", commentId).param("side", side.name())
                .param("staff", staffId).param("on", writtenOn == null ? null : Date.valueOf(writtenOn))
                .param("body", body).param("max", max)
                .update() == 1;
    }

    private static CommentRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CommentRow(rs.getBytes(1), rs.getLong(2), rs.getLong(3), "CLOSED".equals(rs.getString(4)), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getDate(10).toLocalDate());
    }
}
