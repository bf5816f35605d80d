package app.bravo.pulse.internal;

import app.bravo.pulse.CommentResult;
import app.bravo.pulse.Driver;
import app.bravo.pulse.QuestionType;
import app.bravo.pulse.RoundStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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
                             int audienceSize, boolean published) {
    }

    /** A free-text question of a round's survey. */
    public record TextQuestion(long id, int position, String textEn, String textFa) {
    }

    /** A numeric question of a round's survey. */
    public record NumericQuestion(long id, int position, QuestionType type, String textEn, String textFa) {
    }

    /** A single or multiple choice question of a round's survey. */
    public record ChoiceQuestion(long id, int position, QuestionType type, String textEn, String textFa) {
    }

    /** One choice of a question, in its order. */
    public record ChoiceText(long id, long questionId, String textEn, String textFa) {
    }

    /** A closed round of a survey, for trends. */
    public record ClosedRound(long id, LocalDate closeDate) {
    }

    /** One department of a round's locked tree with its name then. */
    public record TreeNode(long id, @Nullable Long parentId, String name) {
    }

    /** A published round with its survey's names. */
    public record PublishedRoundRow(long roundId, long surveyId, String nameEn, String nameFa, LocalDate closeDate,
                                    LocalDate publishedOn) {
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
        return jdbc.sql("SELECT id, survey_id, status, anonymity_threshold, comment_threshold, audience_size,"
                        + " published_at IS NOT NULL FROM pulse_round WHERE id = ?")
                .param(roundId)
                .query((rs, n) -> new RoundFacts(rs.getLong(1), rs.getLong(2), RoundStatus.valueOf(rs.getString(3)),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getBoolean(7)))
                .optional();
    }

    public boolean surveyExists(long surveyId) {
        return jdbc.sql("SELECT COUNT(*) FROM pulse_survey WHERE id = ?").param(surveyId).query(Long.class).single() > 0;
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
    public List<CommentResult.Comment> comments(long roundId, long questionId, DisclosureGroup group, int limit) {
        return jdbc.sql("SELECT LOWER(HEX(r.id)), r.body FROM pulse_comment r WHERE r.question_id = :question AND " + IN_GROUP
                        + " ORDER BY r.id LIMIT :limit")
                .param("round", roundId)
                .param("question", questionId)
                .param("dept", group.departmentId())
                .param("band", group.band())
                .param("limit", limit)
                .query((rs, n) -> new CommentResult.Comment(rs.getString(1), rs.getString(2)))
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
        return answeredWhere(roundId, "a.numeric_value IS NOT NULL");
    }

    /** Per question of the round, the people whose answer meets {@code condition} (on answer a), per atom. */
    private Map<Long, List<DisclosureCount>> answeredWhere(long roundId, String condition) {
        record Row(long question, DisclosureCount count) {
        }
        return jdbc.sql("SELECT a.question_id, t.department_id, r.tenure_band, COUNT(*) FROM pulse_response r "
                        + TREE_DEPARTMENT + " JOIN pulse_answer a ON a.response_id = r.id"
                        + " WHERE r.round_id = ? AND " + condition
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

    /** The survey's single and multiple choice questions, in their order. */
    public List<ChoiceQuestion> choiceQuestions(long surveyId) {
        return jdbc.sql("""
                SELECT id, position, type, text_en, text_fa FROM pulse_question
                WHERE survey_id = ? AND type IN ('SINGLE', 'MULTI') ORDER BY position""")
                .param(surveyId)
                .query((rs, n) -> new ChoiceQuestion(rs.getLong(1), rs.getInt(2), QuestionType.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    /** The choices of the survey's questions, per question in their order. */
    public Map<Long, List<ChoiceText>> choices(long surveyId) {
        return jdbc.sql("""
                SELECT c.id, c.question_id, c.text_en, c.text_fa FROM pulse_choice c
                JOIN pulse_question q ON q.id = c.question_id WHERE q.survey_id = ? ORDER BY c.question_id, c.position""")
                .param(surveyId)
                .query((rs, n) -> new ChoiceText(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .stream()
                .collect(Collectors.groupingBy(ChoiceText::questionId, Collectors.toList()));
    }

    /** Per choice question of the round, the people who chose at least one of its choices, per atom. */
    public Map<Long, List<DisclosureCount>> chose(long roundId) {
        return answeredWhere(roundId, "EXISTS (SELECT 1 FROM pulse_answer_choice c"
                + " WHERE c.response_id = a.response_id AND c.question_id = a.question_id)");
    }

    /** How many of the group chose each choice of the question, keyed by choice id. */
    public Map<Long, Long> choiceCounts(long roundId, long questionId, DisclosureGroup group) {
        return jdbc.sql("SELECT c.choice_id, COUNT(*) FROM pulse_response r JOIN pulse_answer_choice c ON c.response_id = r.id"
                        + " WHERE c.question_id = :question AND " + IN_GROUP + " GROUP BY c.choice_id")
                .param("round", roundId)
                .param("question", questionId)
                .param("dept", group.departmentId())
                .param("band", group.band())
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The survey's closed rounds, by close date. */
    public List<ClosedRound> closedRounds(long surveyId) {
        return jdbc.sql("SELECT id, close_date FROM pulse_round WHERE survey_id = ? AND status = 'CLOSED' ORDER BY close_date, id")
                .param(surveyId)
                .query((rs, n) -> new ClosedRound(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .list();
    }

    /** The round's locked tree with the names it had, by id. */
    public List<TreeNode> treeNodes(long roundId) {
        return jdbc.sql("SELECT department_id, parent_id, name FROM pulse_round_tree WHERE round_id = ? ORDER BY department_id")
                .param(roundId)
                .query((rs, n) -> new TreeNode(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3)))
                .list();
    }

    /** The drivers of the survey's 1-5 questions, in the order of the {@link Driver} enum. */
    public List<Driver> agreeDrivers(long surveyId) {
        return jdbc.sql("SELECT DISTINCT driver FROM pulse_question WHERE survey_id = ? AND type = 'AGREE_5' AND driver IS NOT NULL")
                .param(surveyId)
                .query((rs, n) -> Driver.valueOf(rs.getString(1)))
                .list().stream().sorted().toList();
    }

    /** Per driver of the round's 1-5 questions, the people who answered at least one of its questions, per atom. */
    public Map<Driver, List<DisclosureCount>> drivenAnswerers(long roundId) {
        record Row(Driver driver, DisclosureCount count) {
        }
        return jdbc.sql("SELECT q.driver, t.department_id, r.tenure_band, COUNT(DISTINCT r.id) FROM pulse_response r "
                        + TREE_DEPARTMENT + " JOIN pulse_answer a ON a.response_id = r.id JOIN pulse_question q ON q.id = a.question_id"
                        + " WHERE r.round_id = ? AND q.type = 'AGREE_5' AND q.driver IS NOT NULL AND a.numeric_value IS NOT NULL"
                        + " GROUP BY q.driver, t.department_id, r.tenure_band")
                .param(roundId)
                .query((rs, n) -> new Row(Driver.valueOf(rs.getString(1)),
                        new DisclosureCount(rs.getObject(2, Long.class), rs.getString(3), rs.getLong(4))))
                .stream()
                .collect(Collectors.groupingBy(Row::driver, Collectors.mapping(Row::count, Collectors.toList())));
    }

    /** The group's average 1-5 answer per driver, to two decimals. */
    public Map<Driver, Double> driverAverages(long roundId, DisclosureGroup group) {
        return jdbc.sql("SELECT q.driver, ROUND(AVG(a.numeric_value), 2) FROM pulse_response r"
                        + " JOIN pulse_answer a ON a.response_id = r.id JOIN pulse_question q ON q.id = a.question_id"
                        + " WHERE q.type = 'AGREE_5' AND q.driver IS NOT NULL AND a.numeric_value IS NOT NULL AND " + IN_GROUP
                        + " GROUP BY q.driver")
                .param("round", roundId)
                .param("dept", group.departmentId())
                .param("band", group.band())
                .query((rs, n) -> Map.entry(Driver.valueOf(rs.getString(1)), rs.getDouble(2)))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Marks a closed round published, once; false when it is not closed or already published. */
    public boolean publish(long roundId, long personId, Instant at) {
        return jdbc.sql("UPDATE pulse_round SET published_at = ?, published_by = ?"
                        + " WHERE id = ? AND status = 'CLOSED' AND published_at IS NULL")
                .params(Timestamp.from(at), personId, roundId)
                .update() == 1;
    }

    private static final String PUBLISHED = """
            SELECT r.id, r.survey_id, s.name_en, s.name_fa, r.close_date, DATE(r.published_at)
            FROM pulse_round r JOIN pulse_survey s ON s.id = r.survey_id WHERE r.published_at IS NOT NULL""";

    private static PublishedRoundRow published(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PublishedRoundRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class));
    }

    public Optional<PublishedRoundRow> publishedRound(long roundId) {
        return jdbc.sql(PUBLISHED + " AND r.id = ?").param(roundId).query((rs, n) -> published(rs)).optional();
    }

    /** The newest published rounds first, at most {@code limit}. */
    public List<PublishedRoundRow> publishedRounds(int limit) {
        return jdbc.sql(PUBLISHED + " ORDER BY r.published_at DESC, r.id DESC LIMIT ?").param(limit)
                .query((rs, n) -> published(rs)).list();
    }

    /** The person's current department, null for none. */
    public @Nullable Long departmentOf(long personId) {
        return jdbc.sql("SELECT department_id FROM person WHERE id = ?").param(personId)
                .query((rs, n) -> rs.getObject(1, Long.class)).optional().orElse(null);
    }

    /** Whether {@code departmentId} is {@code rootId} or below it in the round's locked tree. */
    public boolean inSubtree(long roundId, long rootId, long departmentId) {
        return jdbc.sql("""
                WITH RECURSIVE sub (id) AS (
                    SELECT department_id FROM pulse_round_tree WHERE round_id = :round AND department_id = :root
                    UNION ALL
                    SELECT c.department_id FROM pulse_round_tree c JOIN sub ON c.parent_id = sub.id WHERE c.round_id = :round)
                SELECT COUNT(*) FROM sub WHERE id = :dept""")
                .param("round", roundId).param("root", rootId).param("dept", departmentId)
                .query(Long.class).single() > 0;
    }
}
