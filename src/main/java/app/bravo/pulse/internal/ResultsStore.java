package app.bravo.pulse.internal;

import app.bravo.pulse.QuestionType;
import app.bravo.pulse.RoundStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL aggregates behind a round's results (issue 14 point 4, DD020): counts per atom
 * (department × tenure band) for the disclosure plans, and a question's distribution restricted
 * to one group's atoms. Never a row per answer. A response's department that is not in the round's
 * locked tree (gone before the round closed) counts as no department, as the plan requires.
 */
@Component
public class ResultsStore {

    /** A round as its results need it. */
    public record RoundFacts(long id, long surveyId, RoundStatus status, int threshold, int commentThreshold,
                             int audienceSize) {
    }

    /** A free-text question of a round's survey. */
    public record TextQuestion(long id, int position, String textEn, String textFa) {
    }

    /** A numeric question of a round's survey. */
    public record NumericQuestion(long id, int position, QuestionType type, String textEn, String textFa) {
    }

    /** The atom's department as the round's locked tree knows it, else null. */
    private static final String TREE_DEPARTMENT = """
            LEFT JOIN pulse_round_tree t ON t.round_id = r.round_id AND t.department_id = r.department_id""";

    /** The responses of round :round in group (:dept with its subtree in the locked tree, :band). */
    private static final String IN_GROUP = """
            r.round_id = :round
            AND (:dept IS NULL OR r.department_id IN (
                WITH RECURSIVE sub (id) AS (
                    SELECT department_id FROM pulse_round_tree WHERE round_id = :round AND department_id = :dept
                    UNION ALL
                    SELECT c.department_id FROM pulse_round_tree c JOIN sub ON c.parent_id = sub.id WHERE c.round_id = :round)
                SELECT id FROM sub))
            AND (:band IS NULL OR r.tenure_band = :band)""";

    private final JdbcClient jdbc;

    ResultsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RoundFacts> round(long roundId) {
        return jdbc.sql("SELECT id, survey_id, status, anonymity_threshold, comment_threshold, audience_size"
                        + " FROM pulse_round WHERE id = ?")
                .param(roundId)
                .query((rs, n) -> new RoundFacts(rs.getLong(1), rs.getLong(2), RoundStatus.valueOf(rs.getString(3)),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6)))
                .optional();
    }

    /** The round's department tree as it was locked at close (empty while open). */
    public List<DisclosureDepartment> tree(long roundId) {
        return jdbc.sql("SELECT department_id, parent_id FROM pulse_round_tree WHERE round_id = ?")
                .param(roundId)
                .query((rs, n) -> new DisclosureDepartment(rs.getLong(1), rs.getObject(2, Long.class)))
                .list();
    }

    /** The survey's 1-5 and 0-10 questions, in their order. */
    public List<NumericQuestion> numericQuestions(long surveyId) {
        return jdbc.sql("""
                SELECT id, position, type, text_en, text_fa FROM pulse_question
                WHERE survey_id = ? AND type IN ('AGREE_5', 'SCALE_10') ORDER BY position""")
                .param(surveyId)
                .query((rs, n) -> new NumericQuestion(rs.getLong(1), rs.getInt(2), QuestionType.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    /** The survey's free-text questions, in their order. */
    public List<TextQuestion> textQuestions(long surveyId) {
        return jdbc.sql("SELECT id, position, text_en, text_fa FROM pulse_question WHERE survey_id = ? AND type = 'TEXT' ORDER BY position")
                .param(surveyId)
                .query((rs, n) -> new TextQuestion(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Per free-text question of the round, its comments per atom. */
    public Map<Long, List<DisclosureCount>> commented(long roundId) {
        record Row(long question, DisclosureCount count) {
        }
        return jdbc.sql("SELECT r.question_id, t.department_id, r.tenure_band, COUNT(*) FROM pulse_comment r " + TREE_DEPARTMENT
                        + " WHERE r.round_id = ? GROUP BY r.question_id, t.department_id, r.tenure_band")
                .param(roundId)
                .query((rs, n) -> new Row(rs.getLong(1),
                        new DisclosureCount(rs.getObject(2, Long.class), rs.getString(3), rs.getLong(4))))
                .stream()
                .collect(Collectors.groupingBy(Row::question, Collectors.mapping(Row::count, Collectors.toList())));
    }

    /**
     * The group's comments on the question, at most {@code limit}, in the order of their random ids: a
     * shuffle that is the same at every look, so that reloading shows nothing new about the order in
     * which they were written.
     */
    public List<String> comments(long roundId, long questionId, DisclosureGroup group, int limit) {
        return jdbc.sql("SELECT r.body FROM pulse_comment r WHERE r.question_id = :question AND " + IN_GROUP
                        + " ORDER BY r.id LIMIT :limit")
                .param("round", roundId)
                .param("question", questionId)
                .param("dept", group.departmentId())
                .param("band", group.band())
                .param("limit", limit)
                .query(String.class)
                .list();
    }

    /** Respondents of the round per atom. */
    public List<DisclosureCount> respondents(long roundId) {
        return jdbc.sql("SELECT t.department_id, r.tenure_band, COUNT(*) FROM pulse_response r " + TREE_DEPARTMENT
                        + " WHERE r.round_id = ? GROUP BY t.department_id, r.tenure_band")
                .param(roundId)
                .query((rs, n) -> new DisclosureCount(rs.getObject(1, Long.class), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** Per question of the round, the people who gave it a number, per atom. */
    public Map<Long, List<DisclosureCount>> answered(long roundId) {
        record Row(long question, DisclosureCount count) {
        }
        return jdbc.sql("SELECT a.question_id, t.department_id, r.tenure_band, COUNT(*) FROM pulse_response r "
                        + TREE_DEPARTMENT + " JOIN pulse_answer a ON a.response_id = r.id"
                        + " WHERE r.round_id = ? AND a.numeric_value IS NOT NULL"
                        + " GROUP BY a.question_id, t.department_id, r.tenure_band")
                .param(roundId)
                .query((rs, n) -> new Row(rs.getLong(1),
                        new DisclosureCount(rs.getObject(2, Long.class), rs.getString(3), rs.getLong(4))))
                .stream()
                .collect(Collectors.groupingBy(Row::question, Collectors.mapping(Row::count, Collectors.toList())));
    }

    /** How many of the group gave question {@code questionId} each value, keyed by value. */
    public Map<Integer, Long> distribution(long roundId, long questionId, DisclosureGroup group) {
        return jdbc.sql("SELECT a.numeric_value, COUNT(*) FROM pulse_response r JOIN pulse_answer a ON a.response_id = r.id"
                        + " WHERE a.question_id = :question AND a.numeric_value IS NOT NULL AND " + IN_GROUP
                        + " GROUP BY a.numeric_value")
                .param("round", roundId)
                .param("question", questionId)
                .param("dept", group.departmentId())
                .param("band", group.band())
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2)))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The group's average answer to the question, to two decimals; null when nobody in it answered. */
    public @Nullable Double average(long roundId, long questionId, DisclosureGroup group) {
        return jdbc.sql("SELECT ROUND(AVG(a.numeric_value), 2) FROM pulse_response r JOIN pulse_answer a ON a.response_id = r.id"
                        + " WHERE a.question_id = :question AND a.numeric_value IS NOT NULL AND " + IN_GROUP)
                .param("round", roundId)
                .param("question", questionId)
                .param("dept", group.departmentId())
                .param("band", group.band())
                .query((rs, n) -> rs.getObject(1) == null ? null : rs.getDouble(1))
                .list()
                .getFirst();
    }
}
