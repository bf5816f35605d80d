package app.bravo.pulse.internal;

import app.bravo.pulse.Audience;
import app.bravo.pulse.Choice;
import app.bravo.pulse.ChoiceForm;
import app.bravo.pulse.Driver;
import app.bravo.pulse.JourneyStage;
import app.bravo.pulse.Question;
import app.bravo.pulse.QuestionForm;
import app.bravo.pulse.QuestionType;
import app.bravo.pulse.Recurrence;
import app.bravo.pulse.Schedule;
import app.bravo.pulse.SurveyDetails;
import app.bravo.pulse.SurveyForm;
import app.bravo.pulse.SurveyKind;
import app.bravo.pulse.SurveyStatus;
import app.bravo.pulse.SurveySummary;
import app.bravo.pulse.TenureBand;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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
 * Surveys, their questions, choices and audience in SQL (V025). The service checks the rules; a
 * survey's row is locked ({@link #lock(long)}) before any change, and the rounds job locks it before
 * opening a round, so that an edit and an opening never cross.
 */
@Component
public class SurveyStore {

    private final JdbcClient jdbc;

    SurveyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the survey's row for the transaction; the status, or empty when there is no such survey. */
    public Optional<SurveyStatus> lock(long surveyId) {
        return jdbc.sql("SELECT status FROM pulse_survey WHERE id = ? FOR UPDATE").param(surveyId)
                .query(String.class).optional().map(SurveyStatus::valueOf);
    }

    /** Whether a round of the survey has ever opened. */
    public boolean hasRounds(long surveyId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM pulse_round WHERE survey_id = ?)").param(surveyId)
                .query(Boolean.class).single();
    }

    public long create(SurveyForm form, @Nullable String templateKey, long createdBy, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pulse_survey (name_en, name_fa, kind, template_key, anonymity_threshold, comment_threshold,
                                          created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(form.nameEn(), form.nameFa(), form.kind().name(), templateKey, form.anonymityThreshold(),
                        form.commentThreshold(), createdBy, Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public void update(long id, SurveyForm form) {
        jdbc.sql("""
                UPDATE pulse_survey SET name_en = ?, name_fa = ?, kind = ?, anonymity_threshold = ?, comment_threshold = ?,
                                        version = version + 1
                WHERE id = ?""")
                .params(form.nameEn(), form.nameFa(), form.kind().name(), form.anonymityThreshold(), form.commentThreshold(), id)
                .update();
    }

    public void schedule(long id, @Nullable Schedule schedule) {
        jdbc.sql("""
                UPDATE pulse_survey SET opens_on = ?, closes_on = ?, recurrence = ?, status = ?, version = version + 1
                WHERE id = ?""")
                .params(schedule == null ? null : Date.valueOf(schedule.opensOn()),
                        schedule == null || schedule.closesOn() == null ? null : Date.valueOf(schedule.closesOn()),
                        schedule == null ? Recurrence.NONE.name() : schedule.recurrence().name(),
                        (schedule == null ? SurveyStatus.DRAFT : SurveyStatus.SCHEDULED).name(), id)
                .update();
    }

    public void setAudience(long id, Audience audience) {
        jdbc.sql("DELETE FROM pulse_survey_department WHERE survey_id = ?").param(id).update();
        jdbc.sql("DELETE FROM pulse_survey_tenure WHERE survey_id = ?").param(id).update();
        for (long d : audience.departmentIds()) {
            jdbc.sql("INSERT INTO pulse_survey_department (survey_id, department_id) VALUES (?, ?)").params(id, d).update();
        }
        for (TenureBand b : audience.tenureBands()) {
            jdbc.sql("INSERT INTO pulse_survey_tenure (survey_id, band) VALUES (?, ?)").params(id, b.name()).update();
        }
    }

    /** How many of these departments exist. */
    public int existingDepartments(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM department WHERE id IN (:ids)").param("ids", ids).query(Integer.class).single();
    }

    // ---- questions ----

    public int questionCount(long surveyId) {
        return jdbc.sql("SELECT COUNT(*) FROM pulse_question WHERE survey_id = ?").param(surveyId).query(Integer.class).single();
    }

    /** Adds a question at the end; returns its id. */
    public long addQuestion(long surveyId, QuestionForm q) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pulse_question (survey_id, position, type, text_en, text_fa, required, driver, journey_stage)
                SELECT ?, COALESCE(MAX(position), 0) + 1, ?, ?, ?, ?, ?, ? FROM pulse_question WHERE survey_id = ?""")
                .params(surveyId, q.type().name(), q.textEn(), q.textFa(), q.required(), name(q.driver()), name(q.stage()), surveyId)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        insertChoices(id, q.choices());
        return id;
    }

    public void updateQuestion(long questionId, QuestionForm q) {
        jdbc.sql("""
                UPDATE pulse_question SET type = ?, text_en = ?, text_fa = ?, required = ?, driver = ?, journey_stage = ?
                WHERE id = ?""")
                .params(q.type().name(), q.textEn(), q.textFa(), q.required(), name(q.driver()), name(q.stage()), questionId)
                .update();
        jdbc.sql("DELETE FROM pulse_choice WHERE question_id = ?").param(questionId).update();
        insertChoices(questionId, q.choices());
    }

    /** Removes a question and closes the gap in the positions. */
    public void removeQuestion(long surveyId, long questionId) {
        jdbc.sql("DELETE FROM pulse_question WHERE id = ?").param(questionId).update();
        renumber(surveyId, null, 0);
    }

    /** Puts a question at this position (1 first, clamped to the list), the others keeping their order. */
    public void moveQuestion(long surveyId, long questionId, int position) {
        renumber(surveyId, questionId, position);
    }

    private void renumber(long surveyId, @Nullable Long moved, int target) {
        List<Long> order = new java.util.ArrayList<>(jdbc.sql("SELECT id FROM pulse_question WHERE survey_id = ? ORDER BY position, id")
                .param(surveyId).query(Long.class).list());
        if (moved != null) {
            order.remove(moved);
            order.add(Math.clamp(target - 1, 0, order.size()), moved);
        }
        for (int i = 0; i < order.size(); i++) {
            jdbc.sql("UPDATE pulse_question SET position = ? WHERE id = ?").params(i + 1, order.get(i)).update();
        }
    }

    /** The survey a question belongs to. */
    public Optional<Long> surveyOfQuestion(long questionId) {
        return jdbc.sql("SELECT survey_id FROM pulse_question WHERE id = ?").param(questionId).query(Long.class).optional();
    }

    private void insertChoices(long questionId, List<ChoiceForm> choices) {
        for (int i = 0; i < choices.size(); i++) {
            jdbc.sql("INSERT INTO pulse_choice (question_id, position, text_en, text_fa) VALUES (?, ?, ?, ?)")
                    .params(questionId, i + 1, choices.get(i).textEn(), choices.get(i).textFa()).update();
        }
    }

    /** The survey's questions in order, with their choices. */
    public List<Question> questions(long surveyId) {
        Map<Long, List<Choice>> choices = jdbc.sql("""
                SELECT c.question_id, c.id, c.text_en, c.text_fa FROM pulse_choice c
                JOIN pulse_question q ON q.id = c.question_id WHERE q.survey_id = ? ORDER BY c.question_id, c.position""")
                .param(surveyId)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Choice(rs.getLong(2), rs.getString(3), rs.getString(4))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                SELECT id, position, type, text_en, text_fa, required, driver, journey_stage
                FROM pulse_question WHERE survey_id = ? ORDER BY position, id""")
                .param(surveyId)
                .query((rs, n) -> new Question(rs.getLong("id"), rs.getInt("position"), QuestionType.valueOf(rs.getString("type")),
                        rs.getString("text_en"), rs.getString("text_fa"), rs.getBoolean("required"),
                        rs.getString("driver") == null ? null : Driver.valueOf(rs.getString("driver")),
                        rs.getString("journey_stage") == null ? null : JourneyStage.valueOf(rs.getString("journey_stage")),
                        choices.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    // ---- reading ----

    public Optional<SurveyDetails> details(long id) {
        return jdbc.sql("""
                SELECT id, name_en, name_fa, kind, template_key, anonymity_threshold, comment_threshold, opens_on, closes_on,
                       recurrence, status, EXISTS (SELECT 1 FROM pulse_round r WHERE r.survey_id = s.id) AS locked
                FROM pulse_survey s WHERE id = ?""")
                .param(id)
                .query((rs, n) -> {
                    Date opens = rs.getDate("opens_on");
                    Date closes = rs.getDate("closes_on");
                    Schedule schedule = opens == null ? null : new Schedule(opens.toLocalDate(),
                            closes == null ? null : closes.toLocalDate(), Recurrence.valueOf(rs.getString("recurrence")));
                    return new SurveyDetails(id, new SurveyForm(rs.getString("name_en"), rs.getString("name_fa"),
                            SurveyKind.valueOf(rs.getString("kind")), rs.getInt("anonymity_threshold"), rs.getInt("comment_threshold")),
                            rs.getString("template_key"), audience(id), schedule, SurveyStatus.valueOf(rs.getString("status")),
                            rs.getBoolean("locked"), questions(id));
                })
                .optional();
    }

    private Audience audience(long id) {
        var departments = jdbc.sql("SELECT department_id FROM pulse_survey_department WHERE survey_id = ?").param(id)
                .query(Long.class).set();
        var bands = jdbc.sql("SELECT band FROM pulse_survey_tenure WHERE survey_id = ?").param(id)
                .query(String.class).list().stream().map(TenureBand::valueOf).collect(Collectors.toSet());
        return new Audience(departments, bands);
    }

    /** Surveys newest first, before the one with id {@code beforeId} (keyset). */
    public List<SurveySummary> page(@Nullable Long beforeId, int size) {
        return jdbc.sql("""
                SELECT s.id, s.name_en, s.name_fa, s.kind, s.status, s.recurrence, s.opens_on, s.closes_on,
                       (SELECT COUNT(*) FROM pulse_question q WHERE q.survey_id = s.id) AS questions,
                       (SELECT COUNT(*) FROM pulse_round r WHERE r.survey_id = s.id) AS rounds,
                       (SELECT COUNT(*) FROM pulse_round r WHERE r.survey_id = s.id AND r.status = 'CLOSED') AS closed_rounds
                FROM pulse_survey s WHERE (:before IS NULL OR s.id < :before) ORDER BY s.id DESC LIMIT :size""")
                .param("before", beforeId).param("size", size)
                .query((rs, n) -> new SurveySummary(rs.getLong("id"), rs.getString("name_en"), rs.getString("name_fa"),
                        SurveyKind.valueOf(rs.getString("kind")), SurveyStatus.valueOf(rs.getString("status")),
                        Recurrence.valueOf(rs.getString("recurrence")), localDate(rs.getDate("opens_on")),
                        localDate(rs.getDate("closes_on")), rs.getInt("questions"), rs.getInt("rounds"),
                        rs.getInt("closed_rounds")))
                .list();
    }

    private static @Nullable LocalDate localDate(@Nullable Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static @Nullable String name(@Nullable Enum<?> e) {
        return e == null ? null : e.name();
    }
}
