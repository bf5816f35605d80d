package app.bravo.demo;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.TestClock;
import app.bravo.people.PeopleService;
import app.bravo.people.Person;
import app.bravo.people.internal.PersonRepository;
import app.bravo.pulse.GivenAnswer;
import app.bravo.pulse.OpenRound;
import app.bravo.pulse.PulseDemo;
import app.bravo.pulse.PulseService;
import app.bravo.pulse.QuestionResult;
import app.bravo.pulse.ResultsService;
import app.bravo.pulse.RoundResults;
import app.bravo.pulse.SurveyForm;
import app.bravo.pulse.SurveyKind;
import app.bravo.pulse.SurveyService;
import app.bravo.pulse.internal.DisclosureGroup;
import app.bravo.recognition.RecognitionDemo;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import app.bravo.shared.time.CompanyCalendar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo company's engagement pulse: four past monthly rounds closed with answers behind the
 * thresholds, this month's round open to everyone, seeded once, and gone with the demo company.
 */
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
    @Autowired TestClock clock;
    @Autowired ResultsService results;
    @Autowired PersonRepository personRepository;
    @Autowired CompanyCalendar calendar;

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
        long actions = count("""
                SELECT COUNT(*) FROM pulse_action a JOIN pulse_round r ON r.id = a.round_id WHERE r.survey_id = ?""", survey);
        assertThat(actions).as("the demo's you-said-we-did actions, published once").isEqualTo(3);
        assertThat(demoPulse.remove()).isEqualTo("3 pulse actions, 1 pulse surveys");
        assertThat(count("SELECT COUNT(*) FROM pulse_action a JOIN pulse_round r ON r.id = a.round_id WHERE r.survey_id = ?", survey))
                .isZero();

        assertThat(count("SELECT COUNT(*) FROM pulse_survey WHERE id = ?", survey)).isZero();
        assertThat(count("SELECT COUNT(*) FROM pulse_round WHERE survey_id = ?", survey)).isZero();
        assertThat(count("SELECT COUNT(*) FROM pulse_question WHERE survey_id = ?", survey)).isZero();
        assertThat(count("SELECT COUNT(*) FROM pulse_participation WHERE round_id = ?", round)).isZero();
        assertThat(count("SELECT COUNT(*) FROM pulse_response WHERE round_id = ?", round)).isZero();
        assertThat(count("SELECT COUNT(*) FROM pulse_survey WHERE id = ?", real)).isEqualTo(1);
    }

    @Test
    void four_past_monthly_rounds_are_closed_with_answers_behind_the_thresholds_and_seeded_once() {
        clock.reset();
        DemoMode.asSystem();
        new DemoData(people, clock, recognition).seed();
        demoPulse.remove();

        long started = System.nanoTime();
        PulseDemo.Seeded seeded = pulseDemo.seed(DemoData.DOMAIN, DemoPulse.HR).orElseThrow();
        System.out.println("Demo pulse seeding took " + (System.nanoTime() - started) / 1_000_000 + " ms");
        long survey = seeded.surveyId();

        // four closed months before the current one, by the company calendar, and the current one open
        List<String> keys = new ArrayList<>();
        CompanyCalendar.Month m = calendar.currentMonth();
        for (int i = 0; i < 4; i++) {
            m = calendar.previous(m);
            keys.addFirst(m.key());
        }
        keys.add(calendar.currentMonth().key());
        List<String> shape = jdbc.sql("SELECT CONCAT(period_key, ' ', status) FROM pulse_round WHERE survey_id = ? ORDER BY opens_at")
                .param(survey).query(String.class).list();
        assertThat(shape).containsExactly(keys.get(0) + " CLOSED", keys.get(1) + " CLOSED", keys.get(2) + " CLOSED",
                keys.get(3) + " CLOSED", keys.get(4) + " OPEN");
        assertThat(seeded.closedRoundIds()).hasSize(4).isEqualTo(jdbc.sql(
                "SELECT id FROM pulse_round WHERE survey_id = ? AND status = 'CLOSED' ORDER BY opens_at").param(survey)
                .query(Long.class).list());
        assertThat(jdbc.sql("SELECT recurrence FROM pulse_survey WHERE id = ?").param(survey).query(String.class).single())
                .isEqualTo("MONTHLY");

        Map<String, Long> departments = new HashMap<>();
        people.departments().forEach(d -> departments.put(d.name(), d.id()));
        fixtures.signInAs(Role.HR);
        List<RoundResults> all = new ArrayList<>();
        for (long round : seeded.closedRoundIds()) {
            assertThat(count("SELECT COUNT(*) FROM pulse_round WHERE closes_at <= NOW(6) AND closed_at = closes_at AND id = ?", round))
                    .isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM pulse_round_tree WHERE round_id = ?", round)).isGreaterThanOrEqualTo(13);
            long answered = count("SELECT COUNT(*) FROM pulse_participation WHERE round_id = ?", round);
            assertThat(count("SELECT COUNT(*) FROM pulse_response WHERE round_id = ?", round)).isEqualTo(answered);
            long workedThere = jdbc.sql("""
                    SELECT COUNT(*) FROM person p JOIN pulse_round r ON r.id = ?
                    WHERE p.email LIKE '%@bravo.demo' AND p.active AND p.hire_date <= r.open_date""")
                    .param(round).query(Long.class).single();
            assertThat((double) answered / workedThere).isBetween(0.6, 0.85);

            RoundResults everyone = results.results(round, DisclosureGroup.ALL);
            assertThat(everyone.responses()).isEqualTo(answered);
            assertThat(everyone.questions()).hasSize(6).allSatisfy(q -> assertThat(q.average()).isBetween(1.5, 4.8));
            all.add(everyone);
            // the two big departments with their sub-departments; comments for one of them at least (which one
            // the comments' own complementary suppression hides depends on how the demo crowd fell into teams)
            long withComments = 0;
            for (String big : List.of("Customer Success", "Engineering")) {
                RoundResults r = results.results(round, DisclosureGroup.department(departments.get(big)));
                assertThat(r.responses()).isGreaterThanOrEqualTo(15);
                assertThat(r.questions()).allSatisfy(q -> assertThat(q.average()).isNotNull());
                withComments += r.comments().getFirst().hidden() ? 0 : 1;
                if (!r.comments().getFirst().hidden()) {
                    assertThat(r.comments().getFirst().comments()).hasSizeGreaterThanOrEqualTo(8);
                }
            }
            assertThat(withComments).isPositive();
            // most of the other departments shown; the Executive Office (one person) never, and so one sibling
            // with it, which complementary suppression hides so that "all" minus the others does not show it
            List<String> shown = new ArrayList<>();
            for (String[] d : DemoData.DEPARTMENTS) {
                if (refusal(() -> results.results(round, DisclosureGroup.department(departments.get(d[0])))).equals("shown")) {
                    shown.add(d[0]);
                }
            }
            System.out.println("Demo pulse round " + round + ": " + answered + " answers, averages for all "
                    + everyone.questions().stream().map(QuestionResult::average).toList() + ", "
                    + everyone.comments().getFirst().count() + " comments, departments shown: " + shown);
            assertThat(shown).hasSizeGreaterThanOrEqualTo(9).doesNotContain("Executive Office");
            assertThat(refusal(() -> results.results(round, DisclosureGroup.department(departments.get("Executive Office")))))
                    .isEqualTo("pulse.disclosure.hidden");
        }
        // the story: recognition (the first question) up from the first month to the last, wellbeing (the sixth) down
        assertThat(all.getLast().questions().get(0).average()).isGreaterThan(all.getFirst().questions().get(0).average() + 0.4);
        assertThat(all.getLast().questions().get(5).average()).isLessThan(all.getFirst().questions().get(5).average() - 0.3);
        // comments for everyone, in both languages
        List<String> comments = all.getFirst().comments().getFirst().comments();
        assertThat(comments).isNotNull().hasSizeGreaterThanOrEqualTo(8)
                .anyMatch(c -> c.matches(".*[\\u0600-\\u06FF].*")).anyMatch(c -> c.matches("[A-Za-z].*"));

        // the demo employee still has this month's round to answer
        fixtures.signIn(personRepository.findById(
                count("SELECT id FROM person WHERE email = ?", "employee@bravo.demo")).orElseThrow());
        long open = jdbc.sql("SELECT id FROM pulse_round WHERE survey_id = ? AND status = 'OPEN'").param(survey).query(Long.class).single();
        assertThat(pulses.myOpenRounds()).extracting(OpenRound::roundId).contains(open);

        // a second start adds nothing
        DemoMode.asSystem();
        long responses = count("SELECT COUNT(*) FROM pulse_response r JOIN pulse_round o ON o.id = r.round_id WHERE o.survey_id = ?", survey);
        long commented = count("SELECT COUNT(*) FROM pulse_comment r JOIN pulse_round o ON o.id = r.round_id WHERE o.survey_id = ?", survey);
        assertThat(pulseDemo.seed(DemoData.DOMAIN, DemoPulse.HR)).contains(seeded);
        demoPulse.seed();
        assertThat(count("SELECT COUNT(*) FROM pulse_round WHERE survey_id = ?", survey)).isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM pulse_response r JOIN pulse_round o ON o.id = r.round_id WHERE o.survey_id = ?", survey))
                .isEqualTo(responses);
        assertThat(count("SELECT COUNT(*) FROM pulse_comment r JOIN pulse_round o ON o.id = r.round_id WHERE o.survey_id = ?", survey))
                .isEqualTo(commented);
        assertThat(count("""
                SELECT COUNT(*) FROM pulse_survey s JOIN person p ON p.id = s.created_by WHERE p.email LIKE ?""", "%@bravo.demo"))
                .isEqualTo(1);
    }

    private static String refusal(Runnable call) {
        try {
            call.run();
        } catch (UserError e) {
            return e.key();
        }
        return "shown";
    }
}
