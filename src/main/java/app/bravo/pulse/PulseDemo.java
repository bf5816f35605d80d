package app.bravo.pulse;

import app.bravo.pulse.internal.RoundsJob;
import app.bravo.pulse.internal.SurveyStore;
import app.bravo.pulse.internal.TemplateLibrary;
import app.bravo.shared.time.CompanyCalendar;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo company's pulse (issue 14), for the demo seeder only: the engagement template, made by
 * the demo HR person, for everyone, one-off from today for two weeks, so that its round is open for
 * the demo employees on /pulse and on home. Written through the survey store (the seeder acts as the
 * system, not as HR); {@link #remove} takes it away again with its rounds and their answers.
 */
@Component
public class PulseDemo {

    static final String TEMPLATE = "engagement";
    static final int OPEN_DAYS = 14;

    private final SurveyStore store;
    private final TemplateLibrary templates;
    private final RoundsJob rounds;
    private final JdbcClient jdbc;
    private final CompanyCalendar calendar;
    private final TransactionTemplate tx;

    PulseDemo(SurveyStore store, TemplateLibrary templates, RoundsJob rounds, JdbcClient jdbc, CompanyCalendar calendar,
              PlatformTransactionManager transactions) {
        this.store = store;
        this.templates = templates;
        this.rounds = rounds;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Adds the demo pulse once, made by {@code hrEmail}: nothing happens when a demo person already made a survey. Returns the survey's id. */
    public Optional<Long> seed(String domain, String hrEmail) {
        Optional<Long> survey = Optional.ofNullable(tx.execute(s -> create(domain, hrEmail).orElse(null)));
        // the round opens in the job's own transaction, as every round does
        survey.ifPresent(s -> rounds.openDue());
        return survey;
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
        long id = store.create(SurveyService.checked(SurveyForm.of(t.nameEn(), t.nameFa(), t.kind())), t.key(), hr.get(),
                calendar.now());
        for (QuestionForm q : t.questions()) {
            store.addQuestion(id, SurveyService.checked(q));
        }
        store.schedule(id, new Schedule(calendar.today(), calendar.today().plusDays(OPEN_DAYS), Recurrence.NONE));
        return Optional.of(id);
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
