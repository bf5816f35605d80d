package app.bravo.pulse;

import app.bravo.pulse.internal.RoundStore;
import app.bravo.pulse.internal.RoundsJob;
import app.bravo.pulse.internal.SurveyStore;
import app.bravo.pulse.internal.TemplateLibrary;
import app.bravo.shared.time.CompanyCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo company's pulse (issue 14 point 9), for the demo seeder only: the engagement template,
 * made by the demo HR person for everyone, monthly in the company calendar from four months back.
 * The four past months are closed rounds with the demo company's answers ({@link PulseDemoAnswers}),
 * written as real answers are (random ids, no person, a participation row each, the tree kept at
 * close); the current month's round is opened by the rounds job, as every round is, so the demo
 * employees find it on /pulse and on home, and each new month brings the next. Written through the
 * stores (the seeder acts as the system, not as HR); {@link #remove} takes it away again with its
 * rounds and their answers.
 */
@Component
public class PulseDemo {

    static final String TEMPLATE = "engagement";
    static final int PAST_ROUNDS = 4;
    /** The demo department that stays below the threshold: its head is its only member, and always answers. */
    static final String SMALL_DEPARTMENT = "Executive Office";

    /** The demo pulse: its survey, and its closed rounds oldest first (what actions and the journey map hang on). */
    public record Seeded(long surveyId, List<Long> closedRoundIds) {
        public Seeded {
            closedRoundIds = List.copyOf(closedRoundIds);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(PulseDemo.class);

    private final SurveyStore store;
    private final TemplateLibrary templates;
    private final RoundsJob rounds;
    private final RoundStore roundStore;
    private final JdbcClient jdbc;
    private final CompanyCalendar calendar;
    private final TransactionTemplate tx;

    PulseDemo(SurveyStore store, TemplateLibrary templates, RoundsJob rounds, RoundStore roundStore, JdbcClient jdbc,
              CompanyCalendar calendar, PlatformTransactionManager transactions) {
        this.store = store;
        this.templates = templates;
        this.rounds = rounds;
        this.roundStore = roundStore;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * Adds the demo pulse once, made by {@code hrEmail}: when a demo person already made a survey,
     * nothing is added. Returns {@code hrEmail}'s engagement survey with its closed rounds, or empty
     * when there is none (no such person).
     */
    public Optional<Seeded> seed(String domain, String hrEmail) {
        long started = System.nanoTime();
        Long created = tx.execute(s -> create(domain, hrEmail).orElse(null));
        // the current round opens in the job's own transaction, as every round does
        rounds.openDue();
        if (created != null) {
            log.info("Demo pulse ready: {} past rounds answered in {} ms", PAST_ROUNDS, (System.nanoTime() - started) / 1_000_000);
        }
        return find(hrEmail);
    }

    /** {@code hrEmail}'s survey made from the engagement template, with its closed rounds. */
    public Optional<Seeded> find(String hrEmail) {
        return jdbc.sql("""
                SELECT s.id FROM pulse_survey s JOIN person p ON p.id = s.created_by
                WHERE p.email = ? AND s.template_key = ? ORDER BY s.id LIMIT 1""")
                .params(hrEmail, TEMPLATE).query(Long.class).optional()
                .map(id -> new Seeded(id, jdbc.sql("""
                        SELECT id FROM pulse_round WHERE survey_id = ? AND status = 'CLOSED' ORDER BY opens_at, id""")
                        .param(id).query(Long.class).list()));
    }

    private Optional<Long> create(String domain, String hrEmail) {
        boolean seeded = jdbc.sql("SELECT COUNT(*) FROM pulse_survey s JOIN person p ON p.id = s.created_by WHERE p.email LIKE :d")
                .param("d", "%@" + domain).query(Long.class).single() > 0;
        Optional<Long> hr = jdbc.sql("SELECT id FROM person WHERE email = ? AND active").param(hrEmail).query(Long.class).optional();
        Optional<SurveyTemplate> template = templates.find(TEMPLATE);
        if (seeded || hr.isEmpty() || template.isEmpty()) {
            return Optional.empty();
        }
        SurveyTemplate t = template.get();
        // made the day before the first round opened
        List<CompanyCalendar.Month> past = pastMonths();
        long id = store.create(SurveyService.checked(SurveyForm.of(t.nameEn(), t.nameFa(), t.kind())), t.key(), hr.get(),
                past.getFirst().start().minus(Duration.ofDays(1)));
        for (QuestionForm q : t.questions()) {
            store.addQuestion(id, SurveyService.checked(q));
        }
        store.schedule(id, new Schedule(day(past.getFirst().start()), null, Recurrence.MONTHLY));
        answerPast(id, domain, past);
        return Optional.of(id);
    }

    /** The {@link #PAST_ROUNDS} months before the current one, oldest first. */
    private List<CompanyCalendar.Month> pastMonths() {
        var months = new ArrayList<CompanyCalendar.Month>();
        CompanyCalendar.Month m = calendar.currentMonth();
        for (int i = 0; i < PAST_ROUNDS; i++) {
            m = calendar.previous(m);
            months.addFirst(m);
        }
        return months;
    }

    private LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, calendar.zone());
    }

    /**
     * Each past month's round, opened, answered and closed as the rounds job and the answer form do
     * it: the round copies the survey's thresholds and audience when it opens, the demo people who
     * worked here then answer with the grouping of a day in the round, and closing keeps the tree.
     * No RoundClosed event: nobody is to be told about a round that closed before the demo began.
     */
    private void answerPast(long surveyId, String domain, List<CompanyCalendar.Month> months) {
        int[] thresholds = roundStore.lockScheduled(surveyId).orElseThrow();
        List<Question> questions = store.questions(surveyId);
        Optional<Long> small = jdbc.sql("""
                SELECT p.id FROM person p JOIN department d ON d.id = p.department_id
                WHERE d.name = ? AND p.email LIKE ? AND p.active ORDER BY p.id LIMIT 1""")
                .params(SMALL_DEPARTMENT, "%@" + domain).query(Long.class).optional();
        for (int i = 0; i < months.size(); i++) {
            CompanyCalendar.Month m = months.get(i);
            LocalDate openDate = day(m.start());
            LocalDate closeDate = day(m.end());
            long round = roundStore.open(surveyId, m.key(), m.start(), m.end(), openDate, closeDate, thresholds[0], thresholds[1]);
            List<PulseDemoAnswers.Respondent> people = jdbc.sql("""
                    SELECT p.id, d.name FROM person p LEFT JOIN department d ON d.id = p.department_id
                    WHERE p.email LIKE ? AND p.active AND p.hire_date <= ? ORDER BY p.id""")
                    .params("%@" + domain, java.sql.Date.valueOf(openDate))
                    .query((rs, n) -> new PulseDemoAnswers.Respondent(rs.getLong(1), rs.getString(2))).list();
            List<PulseDemoAnswers.Given> given = PulseDemoAnswers.round(i, people, small.orElse(null));
            LocalDate answeredOn = openDate.plusDays(9);
            var submissions = new ArrayList<RoundStore.Submission>();
            for (PulseDemoAnswers.Given g : given) {
                List<GivenAnswer> answers = new ArrayList<>();
                for (Question q : questions) {
                    if (q.type() == QuestionType.TEXT && g.comment() != null) {
                        answers.add(GivenAnswer.text(q.id(), g.comment()));
                    } else if (q.type() == QuestionType.AGREE_5 && q.driver() != null && g.scores().containsKey(q.driver())) {
                        answers.add(GivenAnswer.number(q.id(), g.scores().get(q.driver())));
                    }
                }
                submissions.add(new RoundStore.Submission(roundStore.grouping(g.personId(), answeredOn),
                        PulseService.checked(questions, answers), null));
            }
            roundStore.participateAll(round, given.stream().map(PulseDemoAnswers.Given::personId).toList());
            roundStore.submitAll(round, submissions);
            roundStore.close(round, m.end());
        }
    }

    /**
     * Removes the surveys the demo people made, with their rounds, answers and comments, and every
     * participation of the demo people (so that they can go; the anonymous answers they gave to real
     * surveys stay, as nothing links them to anyone). Surveys real HR people made stay.
     */
    @Transactional
    public String remove(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return "no pulse";
        }
        var people = List.copyOf(personIds);
        List<Long> surveys = jdbc.sql("SELECT id FROM pulse_survey WHERE created_by IN (:p)").param("p", people)
                .query(Long.class).list();
        if (!surveys.isEmpty()) {
            String roundsOf = "SELECT id FROM pulse_round WHERE survey_id IN (:s)";
            String responsesOf = "SELECT id FROM pulse_response WHERE round_id IN (" + roundsOf + ")";
            jdbc.sql("DELETE FROM pulse_answer_choice WHERE response_id IN (" + responsesOf + ")").param("s", surveys).update();
            jdbc.sql("DELETE FROM pulse_answer WHERE response_id IN (" + responsesOf + ")").param("s", surveys).update();
            for (String table : List.of("pulse_response", "pulse_comment", "pulse_participation", "pulse_round_tree",
                    "pulse_round_tenure", "pulse_round_department")) {
                jdbc.sql("DELETE FROM " + table + " WHERE round_id IN (" + roundsOf + ")").param("s", surveys).update();
            }
            jdbc.sql("DELETE FROM pulse_round WHERE survey_id IN (:s)").param("s", surveys).update();
            jdbc.sql("DELETE FROM pulse_survey WHERE id IN (:s)").param("s", surveys).update();
        }
        jdbc.sql("DELETE FROM pulse_participation WHERE person_id IN (:p)").param("p", people).update();
        return surveys.size() + " pulse surveys";
    }
}
