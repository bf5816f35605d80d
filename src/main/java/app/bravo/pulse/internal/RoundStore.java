package app.bravo.pulse.internal;

import app.bravo.pulse.GivenAnswer;
import app.bravo.pulse.OpenRound;
import app.bravo.pulse.Recurrence;
import app.bravo.pulse.RoundStatus;
import app.bravo.pulse.Schedule;
import app.bravo.pulse.TenureBand;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Rounds, participation and anonymous answers in SQL (V025). A round opens under its survey's row
 * lock and the unique key (survey, period), and closes by a conditional write on its status, so
 * each happens once however many instances try. Answers get random ids from a {@link SecureRandom}
 * and carry only the round and the grouping attributes: see V025 and {@link #submit}.
 * <p>
 * Who is in a round's audience is one SQL condition ({@link #IN_AUDIENCE}), with the tenure band
 * counted in whole months from the hire date ({@link #band(String)}); the audience size, the list of
 * someone's open rounds and the reminders all use it.
 */
@Component
public class RoundStore {

    /** A survey that may have a round due: its schedule and thresholds. */
    public record Due(long surveyId, Schedule schedule, int threshold, int commentThreshold) {
    }

    /** A round as answering needs it. */
    public record RoundRow(long id, long surveyId, RoundStatus status, Instant opensAt, Instant closesAt,
                           int threshold, int commentThreshold, String nameEn, String nameFa) {
    }

    /** A round whose next reminder step may be due. */
    public record Reminding(long id, String nameEn, String nameFa, Instant opensAt, Instant closesAt, int step) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The tenure band of person {@code p} on the date the SQL expression {@code on} gives. */
    static String band(String on) {
        String months = "TIMESTAMPDIFF(MONTH, p.hire_date, " + on + ")";
        return "CASE WHEN p.hire_date IS NULL THEN 'UNKNOWN' WHEN " + months + " < 3 THEN 'UNDER_3_MONTHS' WHEN "
                + months + " < 12 THEN 'UNDER_1_YEAR' WHEN " + months + " < 36 THEN 'UNDER_3_YEARS' WHEN "
                + months + " < 60 THEN 'UNDER_5_YEARS' ELSE 'OVER_5_YEARS' END";
    }

    /** Person {@code p} is in the audience of round {@code r}, as it was locked at open. */
    static final String IN_AUDIENCE = " (" + """
            p.active AND (r.audience_all_departments
                          OR p.department_id IN (SELECT rd.department_id FROM pulse_round_department rd WHERE rd.round_id = r.id))
            AND (NOT EXISTS (SELECT 1 FROM pulse_round_tenure rt WHERE rt.round_id = r.id)
                 OR %s IN (SELECT rt.band FROM pulse_round_tenure rt WHERE rt.round_id = r.id))"""
            .formatted(band("r.open_date")) + ") ";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RoundStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    // ---- the rounds job ----

    /** Scheduled surveys whose first day has come. */
    public List<Due> scheduled(LocalDate today) {
        return jdbc.sql("""
                SELECT id, opens_on, closes_on, recurrence, anonymity_threshold, comment_threshold FROM pulse_survey
                WHERE status = 'SCHEDULED' AND opens_on <= ? ORDER BY id""")
                .param(Date.valueOf(today))
                .query((rs, n) -> new Due(rs.getLong("id"), new Schedule(rs.getDate("opens_on").toLocalDate(),
                        rs.getDate("closes_on") == null ? null : rs.getDate("closes_on").toLocalDate(),
                        Recurrence.valueOf(rs.getString("recurrence"))), rs.getInt("anonymity_threshold"),
                        rs.getInt("comment_threshold")))
                .list();
    }

    /** Locks a scheduled survey's row and reads its thresholds again, or empty when it is no longer scheduled. */
    public Optional<int[]> lockScheduled(long surveyId) {
        return jdbc.sql("SELECT anonymity_threshold, comment_threshold FROM pulse_survey WHERE id = ? AND status = 'SCHEDULED' FOR UPDATE")
                .param(surveyId).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).optional();
    }

    public boolean roundExists(long surveyId, String periodKey) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM pulse_round WHERE survey_id = ? AND period_key = ?)")
                .params(surveyId, periodKey).query(Boolean.class).single();
    }

    /**
     * Opens a round: copies the thresholds and the audience (the chosen departments with all their
     * sub-departments of this moment, and the tenure bands) and counts the audience. The caller holds
     * the survey's row lock.
     */
    public long open(long surveyId, String periodKey, Instant opensAt, Instant closesAt, LocalDate openDate,
                     LocalDate closeDate, int threshold, int commentThreshold) {
        boolean all = !jdbc.sql("SELECT EXISTS (SELECT 1 FROM pulse_survey_department WHERE survey_id = ?)")
                .param(surveyId).query(Boolean.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pulse_round (survey_id, period_key, opens_at, closes_at, open_date, close_date, anonymity_threshold,
                                         comment_threshold, audience_all_departments, audience_size, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'OPEN')""")
                .params(surveyId, periodKey, Timestamp.from(opensAt), Timestamp.from(closesAt), Date.valueOf(openDate),
                        Date.valueOf(closeDate), threshold, commentThreshold, all)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        jdbc.sql("""
                INSERT INTO pulse_round_department (round_id, department_id)
                WITH RECURSIVE tree (id) AS (
                    SELECT department_id FROM pulse_survey_department WHERE survey_id = ?
                    UNION SELECT d.id FROM department d JOIN tree t ON d.parent_id = t.id)
                SELECT ?, id FROM tree""")
                .params(surveyId, id).update();
        jdbc.sql("INSERT INTO pulse_round_tenure (round_id, band) SELECT ?, band FROM pulse_survey_tenure WHERE survey_id = ?")
                .params(id, surveyId).update();
        jdbc.sql("UPDATE pulse_round r SET audience_size = (SELECT COUNT(*) FROM person p WHERE " + IN_AUDIENCE + ") WHERE r.id = ?")
                .param(id).update();
        return id;
    }

    /** Open rounds whose close has come, oldest first. */
    public List<Long> overdue(Instant now) {
        return jdbc.sql("SELECT id FROM pulse_round WHERE status = 'OPEN' AND closes_at <= ? ORDER BY closes_at, id")
                .param(Timestamp.from(now)).query(Long.class).list();
    }

    /** Closes an open round and keeps the department tree of this moment; false when it was closed already. */
    public boolean close(long roundId, Instant now) {
        int changed = jdbc.sql("UPDATE pulse_round SET status = 'CLOSED', closed_at = ? WHERE id = ? AND status = 'OPEN'")
                .params(Timestamp.from(now), roundId).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("INSERT INTO pulse_round_tree (round_id, department_id, parent_id, name) SELECT ?, id, parent_id, name FROM department")
                .param(roundId).update();
        return true;
    }

    public Optional<Long> surveyOf(long roundId) {
        return jdbc.sql("SELECT survey_id FROM pulse_round WHERE id = ?").param(roundId).query(Long.class).optional();
    }

    /** Ends a scheduled survey that has no round left. */
    public void end(long surveyId) {
        jdbc.sql("UPDATE pulse_survey SET status = 'ENDED' WHERE id = ? AND status = 'SCHEDULED'").param(surveyId).update();
    }

    // ---- reminders ----

    public List<Reminding> openRounds() {
        return jdbc.sql("""
                SELECT r.id, s.name_en, s.name_fa, r.opens_at, r.closes_at, r.reminder_step FROM pulse_round r
                JOIN pulse_survey s ON s.id = r.survey_id WHERE r.status = 'OPEN' ORDER BY r.id""")
                .query((rs, n) -> new Reminding(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getInt(6)))
                .list();
    }

    /** Moves the round's reminder step up to {@code step}; false when it was there already (another run sent it). */
    public boolean advanceReminder(long roundId, int step) {
        return jdbc.sql("UPDATE pulse_round SET reminder_step = ? WHERE id = ? AND status = 'OPEN' AND reminder_step < ?")
                .params(step, roundId, step).update() == 1;
    }

    /** The people of the round's audience who have not answered it. */
    public List<Long> notAnswered(long roundId) {
        return jdbc.sql("SELECT p.id FROM pulse_round r JOIN person p ON " + IN_AUDIENCE + """
                 WHERE r.id = ? AND NOT EXISTS (SELECT 1 FROM pulse_participation pp WHERE pp.round_id = r.id AND pp.person_id = p.id)
                 ORDER BY p.id""")
                .param(roundId).query(Long.class).list();
    }

    // ---- answering ----

    /** The open rounds whose audience holds this person, soonest to close first. */
    public List<OpenRound> openFor(long personId, Instant now, int limit) {
        return jdbc.sql("""
                SELECT r.id, r.survey_id, s.name_en, s.name_fa, r.closes_at,
                       (SELECT COUNT(*) FROM pulse_question q WHERE q.survey_id = s.id) AS questions
                FROM pulse_round r JOIN pulse_survey s ON s.id = r.survey_id JOIN person p ON p.id = :person
                WHERE r.status = 'OPEN' AND r.opens_at <= :now AND r.closes_at > :now AND """ + IN_AUDIENCE + """
                 AND NOT EXISTS (SELECT 1 FROM pulse_participation pp WHERE pp.round_id = r.id AND pp.person_id = p.id)
                ORDER BY r.closes_at, r.id LIMIT :limit""")
                .param("person", personId).param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new OpenRound(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getInt(6)))
                .list();
    }

    public Optional<RoundRow> round(long roundId) {
        return jdbc.sql("""
                SELECT r.id, r.survey_id, r.status, r.opens_at, r.closes_at, r.anonymity_threshold, r.comment_threshold,
                       s.name_en, s.name_fa
                FROM pulse_round r JOIN pulse_survey s ON s.id = r.survey_id WHERE r.id = ?""")
                .param(roundId)
                .query((rs, n) -> new RoundRow(rs.getLong(1), rs.getLong(2), RoundStatus.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getInt(6), rs.getInt(7),
                        rs.getString(8), rs.getString(9)))
                .optional();
    }

    public boolean inAudience(long roundId, long personId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM pulse_round r JOIN person p ON p.id = ? WHERE r.id = ? AND " + IN_AUDIENCE + ")")
                .params(personId, roundId).query(Boolean.class).single();
    }

    public boolean answered(long roundId, long personId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM pulse_participation WHERE round_id = ? AND person_id = ?)")
                .params(roundId, personId).query(Boolean.class).single();
    }

    /** Records that the person has answered; the primary key refuses a second time (DuplicateKeyException). */
    public void participate(long roundId, long personId) {
        jdbc.sql("INSERT INTO pulse_participation (round_id, person_id) VALUES (?, ?)").params(roundId, personId).update();
    }

    /** The grouping attributes of a respondent today: department (or null) and tenure band. */
    public Grouping grouping(long personId, LocalDate today) {
        return jdbc.sql("SELECT p.department_id, " + band(":today") + " FROM person p WHERE p.id = :person")
                .param("today", Date.valueOf(today)).param("person", personId)
                .query((rs, n) -> new Grouping((Long) rs.getObject(1, Long.class), TenureBand.valueOf(rs.getString(2))))
                .single();
    }

    /** What an answer keeps of its author: what results group by, nothing more. */
    public record Grouping(@Nullable Long departmentId, TenureBand band) {
    }

    /**
     * Writes one anonymous response: a row with a random id, the round and the grouping, an answer
     * per closed question, and each text as a comment with a random id of its own. The caller writes
     * the participation in the same transaction, so that both are kept or neither. With a reply key,
     * the n-th comment keeps the key's n-th hash ({@link ReplyKeys#hash}), never the key (DD022).
     */
    public void submit(long roundId, Grouping grouping, List<Typed> answers, byte @Nullable [] replyKey) {
        submitAll(roundId, List.of(new Submission(grouping, answers, replyKey)));
    }

    /** One respondent's answers, as {@link #submit} writes them, with the reply key of its comments if any. */
    public record Submission(Grouping grouping, List<Typed> answers, byte @Nullable [] replyKey) {
    }

    /**
     * Writes many anonymous responses as {@link #submit} writes one, in a batch per table (the demo's
     * past rounds): the rows carry random ids, so the order they go in says nothing.
     */
    public void submitAll(long roundId, List<Submission> submissions) {
        List<Object[]> responses = new ArrayList<>();
        List<Object[]> comments = new ArrayList<>();
        List<Object[]> numbers = new ArrayList<>();
        List<Object[]> choices = new ArrayList<>();
        for (Submission s : submissions) {
            byte[] id = randomId();
            Long department = s.grouping().departmentId();
            String band = s.grouping().band().name();
            responses.add(new Object[] {id, roundId, department, band});
            int comment = 0;
            for (Typed t : s.answers()) {
                GivenAnswer a = t.answer();
                if (t.text()) {
                    byte[] hash = s.replyKey() == null || comment >= ReplyKeys.COMMENTS_PER_KEY ? null
                            : ReplyKeys.hash(s.replyKey(), comment);
                    comments.add(new Object[] {randomId(), roundId, a.questionId(), department, band, a.text().strip(), hash});
                    comment++;
                    continue;
                }
                numbers.add(new Object[] {id, a.questionId(), a.value()});
                for (long choice : a.choiceIds()) {
                    choices.add(new Object[] {id, a.questionId(), choice});
                }
            }
        }
        batch("INSERT INTO pulse_response (id, round_id, department_id, tenure_band) VALUES (?, ?, ?, ?)", responses);
        batch("""
                INSERT INTO pulse_comment (id, round_id, question_id, department_id, tenure_band, body, reply_key_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", comments);
        batch("INSERT INTO pulse_answer (response_id, question_id, numeric_value) VALUES (?, ?, ?)", numbers);
        batch("INSERT INTO pulse_answer_choice (response_id, question_id, choice_id) VALUES (?, ?, ?)", choices);
    }

    /** Records that these people have answered, as {@link #participate} does one by one. */
    public void participateAll(long roundId, List<Long> personIds) {
        batch("INSERT INTO pulse_participation (round_id, person_id) VALUES (?, ?)",
                personIds.stream().map(p -> new Object[] {roundId, p}).toList());
    }

    private void batch(String sql, List<Object[]> rows) {
        if (rows.size() == 1) {
            jdbc.sql(sql).params(rows.getFirst()).update();
        } else if (!rows.isEmpty()) {
            batch.batchUpdate(sql, rows);
        }
    }

    /** An answer the service has checked, and whether it is free text. */
    public record Typed(GivenAnswer answer, boolean text) {
    }

    /** 16 random bytes: no order, no time, nothing to join on. */
    public static byte[] randomId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
    }
}
