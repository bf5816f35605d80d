package app.bravo.pulse.internal;

import app.bravo.pulse.ActionFilter;
import app.bravo.pulse.ActionForm;
import app.bravo.pulse.ActionPlan;
import app.bravo.pulse.ActionProgress;
import app.bravo.pulse.ActionStatus;
import app.bravo.pulse.ClosedRound;
import app.bravo.pulse.RoundStatus;
import app.bravo.shared.KeysetToken;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Action plans and their progress timelines in SQL (V026). Lists read newest first by keyset
 * (created_at, id); every change names the version it read and changes nothing when another came
 * first (optimistic locking in the WHERE clause, so it holds across instances).
 */
@Component
public class ActionStore {

    private static final String SELECT = """
            SELECT a.id, a.round_id, r.survey_id, s.name_en, s.name_fa, r.close_date, a.question_id, q.text_en, q.text_fa,
                   a.title, a.body, a.owner_id, o.display_name AS owner_name, a.due_date, a.status, a.created_by,
                   a.created_at, a.updated_at, a.version
            FROM pulse_action a
            JOIN pulse_round r ON r.id = a.round_id
            JOIN pulse_survey s ON s.id = r.survey_id
            JOIN person o ON o.id = a.owner_id
            LEFT JOIN pulse_question q ON q.id = a.question_id
            """;

    private final JdbcClient jdbc;

    ActionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The round's status and survey, or empty when there is no such round. */
    public Optional<RoundFacts> round(long roundId) {
        return jdbc.sql("SELECT status, survey_id, close_date FROM pulse_round WHERE id = ?").param(roundId)
                .query((rs, n) -> new RoundFacts(RoundStatus.valueOf(rs.getString(1)), rs.getLong(2),
                        rs.getDate(3).toLocalDate()))
                .optional();
    }

    public record RoundFacts(RoundStatus status, long surveyId, java.time.LocalDate closeDate) {
    }

    /** The closed rounds, the latest to close first. */
    public List<ClosedRound> closedRounds(int limit) {
        return jdbc.sql("""
                SELECT r.id, r.survey_id, s.name_en, s.name_fa, r.close_date FROM pulse_round r
                JOIN pulse_survey s ON s.id = r.survey_id
                WHERE r.status = 'CLOSED' ORDER BY r.close_date DESC, r.id DESC LIMIT ?""")
                .param(limit)
                .query((rs, n) -> new ClosedRound(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getDate(5).toLocalDate()))
                .list();
    }

    /** One closed round, or empty when it is not (yet) closed. */
    public Optional<ClosedRound> closedRound(long roundId) {
        return jdbc.sql("""
                SELECT r.id, r.survey_id, s.name_en, s.name_fa, r.close_date FROM pulse_round r
                JOIN pulse_survey s ON s.id = r.survey_id WHERE r.id = ? AND r.status = 'CLOSED'""")
                .param(roundId)
                .query((rs, n) -> new ClosedRound(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getDate(5).toLocalDate()))
                .optional();
    }

    public long create(ActionForm f, long by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pulse_action (round_id, question_id, title, body, owner_id, due_date, status, created_by,
                                          created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(f.roundId(), f.questionId(), f.title(), f.body(), f.ownerId(), date(f), ActionStatus.PLANNED.name(),
                        by, Timestamp.from(at), Timestamp.from(at))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        addProgress(id, ActionStatus.PLANNED, null, by, at);
        return id;
    }

    /** Saves the form over version {@code version}; false when the action changed since (or is gone). */
    public boolean update(long id, int version, ActionForm f, Instant at) {
        return jdbc.sql("""
                UPDATE pulse_action SET round_id = ?, question_id = ?, title = ?, body = ?, owner_id = ?, due_date = ?,
                                        updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(f.roundId(), f.questionId(), f.title(), f.body(), f.ownerId(), date(f), Timestamp.from(at), id, version)
                .update() == 1;
    }

    /** Sets the status over version {@code version} and adds the step to the timeline; false when it changed since. */
    public boolean changeStatus(long id, int version, ActionStatus status, @Nullable String note, long by, Instant at) {
        int changed = jdbc.sql("""
                UPDATE pulse_action SET status = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?""")
                .params(status.name(), Timestamp.from(at), id, version).update();
        if (changed == 1) {
            addProgress(id, status, note, by, at);
        }
        return changed == 1;
    }

    private void addProgress(long id, ActionStatus status, @Nullable String note, long by, Instant at) {
        jdbc.sql("INSERT INTO pulse_action_progress (action_id, status, note, by_id, at) VALUES (?, ?, ?, ?, ?)")
                .params(id, status.name(), note, by, Timestamp.from(at)).update();
    }

    public Optional<ActionPlan> find(long id) {
        return withProgress(jdbc.sql(SELECT + " WHERE a.id = ?").param(id).query(ActionStore::plan).list()).stream().findFirst();
    }

    /** Newest first, after the cursor, at most {@code limit}. */
    public List<ActionPlan> page(ActionFilter f, @Nullable KeysetToken after, int limit) {
        List<ActionPlan> rows = jdbc.sql(SELECT + """
                WHERE (:status IS NULL OR a.status = :status) AND (:round IS NULL OR a.round_id = :round)
                  AND (:survey IS NULL OR r.survey_id = :survey)
                  AND (:at IS NULL OR a.created_at < :at OR (a.created_at = :at AND a.id < :id))
                ORDER BY a.created_at DESC, a.id DESC LIMIT :limit""")
                .param("status", f.status() == null ? null : f.status().name()).param("round", f.roundId())
                .param("survey", f.surveyId()).param("at", after == null ? null : Timestamp.from(after.at()))
                .param("id", after == null ? null : after.id()).param("limit", limit)
                .query(ActionStore::plan).list();
        return withProgress(rows);
    }

    private List<ActionPlan> withProgress(List<ActionPlan> plans) {
        if (plans.isEmpty()) {
            return plans;
        }
        Map<Long, List<ActionProgress>> steps = progress(plans.stream().map(ActionPlan::id).toList());
        return plans.stream().map(p -> new ActionPlan(p.id(), p.round(), p.questionId(), p.questionEn(), p.questionFa(),
                p.title(), p.body(), p.ownerId(), p.ownerName(), p.dueDate(), p.status(), p.createdBy(), p.createdAt(),
                p.updatedAt(), p.version(), steps.getOrDefault(p.id(), List.of()), false)).toList();
    }

    private Map<Long, List<ActionProgress>> progress(Collection<Long> ids) {
        return jdbc.sql("""
                SELECT g.action_id, g.id, g.status, g.note, g.by_id, p.display_name, g.at FROM pulse_action_progress g
                JOIN person p ON p.id = g.by_id WHERE g.action_id IN (:ids) ORDER BY g.action_id, g.at, g.id""")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), new ActionProgress(rs.getLong(2), ActionStatus.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant())))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** Removes the actions these people made or own and the progress notes they wrote (demo removal, erasure). */
    public int removeOf(Collection<Long> people) {
        if (people.isEmpty()) {
            return 0;
        }
        jdbc.sql("DELETE FROM pulse_action_progress WHERE by_id IN (:p)").param("p", people).update();
        return jdbc.sql("DELETE FROM pulse_action WHERE created_by IN (:p) OR owner_id IN (:p)").param("p", people).update();
    }

    private static ActionPlan plan(ResultSet rs, int n) throws SQLException {
        Date due = rs.getDate("due_date");
        long question = rs.getLong("question_id");
        boolean hasQuestion = !rs.wasNull();
        return new ActionPlan(rs.getLong("id"), new ClosedRound(rs.getLong("round_id"), rs.getLong("survey_id"),
                rs.getString("name_en"), rs.getString("name_fa"), rs.getDate("close_date").toLocalDate()),
                hasQuestion ? question : null, rs.getString("text_en"), rs.getString("text_fa"), rs.getString("title"),
                rs.getString("body"), rs.getLong("owner_id"), rs.getString("owner_name"),
                due == null ? null : due.toLocalDate(), ActionStatus.valueOf(rs.getString("status")), rs.getLong("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"),
                List.of(), false);
    }

    private static @Nullable Date date(ActionForm f) {
        return f.dueDate() == null ? null : Date.valueOf(f.dueDate());
    }
}
