package app.bravo.demo;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.PeopleService;
import app.bravo.people.Person;
import app.bravo.pulse.GivenAnswer;
import app.bravo.pulse.OpenRound;
import app.bravo.pulse.PulseDemo;
import app.bravo.pulse.PulseService;
import app.bravo.pulse.SurveyForm;
import app.bravo.pulse.SurveyKind;
import app.bravo.pulse.SurveyService;
import app.bravo.recognition.RecognitionDemo;
import app.bravo.security.Role;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo company's engagement pulse: one round open to everyone, seeded once, and gone with the demo company. */
@IntegrationTest
class DemoPulseTest {

    @Autowired PeopleService people;
    @Autowired RecognitionDemo recognition;
    @Autowired PulseDemo pulseDemo;
    @Autowired DemoPulse demoPulse;
    @Autowired PulseService pulses;
    @Autowired SurveyService surveys;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }

    @Test
    void the_engagement_pulse_is_open_to_the_demo_employee_once_and_goes_with_the_demo_company() {
        DemoMode.asSystem();
        new DemoData(people, clock, recognition).seed();
        demoPulse.remove();
        Person employee = fixtures.person("Pulse demo reader");
        fixtures.signInAs(Role.HR);
        long real = surveys.create(SurveyForm.of(Fixtures.unique("Real pulse"), "نبض واقعی", SurveyKind.PULSE));

        DemoMode.asSystem();
        demoPulse.seed();
        demoPulse.seed();

        List<Long> demo = jdbc.sql("""
                SELECT s.id FROM pulse_survey s JOIN person p ON p.id = s.created_by WHERE p.email = 'hr@bravo.demo'""")
                .query(Long.class).list();
        assertThat(demo).hasSize(1);
        long survey = demo.getFirst();
        assertThat(jdbc.sql("SELECT template_key FROM pulse_survey WHERE id = ?").param(survey).query(String.class).single())
                .isEqualTo("engagement");
        assertThat(count("SELECT COUNT(*) FROM pulse_round WHERE status = 'OPEN' AND survey_id = ?", survey)).isEqualTo(1);
        fixtures.signIn(employee);
        assertThat(pulses.myOpenRounds()).extracting(OpenRound::surveyId).contains(survey);
        long round = pulses.myOpenRounds().stream().filter(r -> r.surveyId() == survey).findFirst().orElseThrow().roundId();
        assertThat(pulses.sheet(round).nameEn()).isEqualTo("Engagement drivers");
        // an answer, a comment and a participation that removal must take with the round
        pulses.submit(round, pulses.sheet(round).questions().stream().map(q -> switch (q.type()) {
            case AGREE_5, SCALE_10 -> GivenAnswer.number(q.id(), q.type().max());
            case SINGLE, MULTI -> GivenAnswer.choices(q.id(), q.choices().getFirst().id());
            case TEXT -> GivenAnswer.text(q.id(), "خوب است 👍");
        }).toList());
        assertThat(count("SELECT COUNT(*) FROM pulse_response WHERE round_id = ?", round)).isEqualTo(1);

        DemoMode.asSystem();
        assertThat(demoPulse.remove()).isEqualTo("1 pulse surveys");

        assertThat(count("SELECT COUNT(*) FROM pulse_survey WHERE id = ?", survey)).isZero();
        assertThat(count("SELECT COUNT(*) FROM pulse_round WHERE survey_id = ?", survey)).isZero();
        assertThat(count("SELECT COUNT(*) FROM pulse_question WHERE survey_id = ?", survey)).isZero();
        assertThat(count("SELECT COUNT(*) FROM pulse_participation WHERE round_id = ?", round)).isZero();
        assertThat(count("SELECT COUNT(*) FROM pulse_response WHERE round_id = ?", round)).isZero();
        assertThat(count("SELECT COUNT(*) FROM pulse_survey WHERE id = ?", real)).isEqualTo(1);
    }
}
