package app.bravo.pulse;

import app.bravo.Fixtures;
import app.bravo.TestClock;
import app.bravo.people.Person;
import app.bravo.pulse.internal.RoundsJob;
import app.bravo.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Surveys, people and rounds for the pulse tests, each test its own. */
@Component
public class PulseTestData {

    private final SurveyService surveys;
    private final Fixtures fixtures;
    private final JdbcClient jdbc;
    private final TestClock clock;
    private final RoundsJob job;

    PulseTestData(SurveyService surveys, Fixtures fixtures, JdbcClient jdbc, TestClock clock, RoundsJob job) {
        this.surveys = surveys;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
        this.clock = clock;
        this.job = job;
    }

    /** A draft survey with a 0-10 question, a 1-5 question, a single choice and an optional text, made by a new HR person. */
    public long draft() {
        fixtures.signInAs(Role.HR);
        long id = surveys.create(SurveyForm.of(Fixtures.unique("Pulse"), "نبض " + Fixtures.unique("ن"), SurveyKind.PULSE));
        surveys.addQuestion(id, new QuestionForm(QuestionType.SCALE_10, "Recommend us?", "ما را پیشنهاد می‌کنید؟", true,
                Driver.LOYALTY, null, List.of()));
        surveys.addQuestion(id, new QuestionForm(QuestionType.AGREE_5, "I am recognised.", "از من قدردانی می‌شود.", true,
                Driver.RECOGNITION, JourneyStage.RECOGNITION, List.of()));
        surveys.addQuestion(id, new QuestionForm(QuestionType.SINGLE, "Where do you work?", "کجا کار می‌کنید؟", false, null, null,
                List.of(new ChoiceForm("Office", "دفتر"), new ChoiceForm("Home", "خانه"))));
        surveys.addQuestion(id, new QuestionForm(QuestionType.TEXT, "Anything else?", "چیز دیگری؟", false, null, null, List.of()));
        return id;
    }

    /** The draft scheduled (by HR, who must be signed in) from today with this recurrence. */
    public long scheduled(Recurrence recurrence, LocalDate opensOn, @Nullable LocalDate closesOn) {
        long id = draft();
        surveys.schedule(id, new Schedule(opensOn, closesOn, recurrence));
        return id;
    }

    /**
     * The draft survey (HR signed in) for this audience, as a one-off from 2033-03-07 for a week, its
     * round opened now (the clock set to 2033-03-07 09:00 UTC); returns the round's id.
     */
    public long openOneOff(long surveyId, Audience audience) {
        clock.set(Instant.parse("2033-03-07T09:00:00Z"));
        surveys.setAudience(surveyId, audience);
        surveys.schedule(surveyId, new Schedule(LocalDate.of(2033, 3, 7), LocalDate.of(2033, 3, 14), Recurrence.NONE));
        job.openDue();
        return rounds(surveyId).getFirst().id();
    }

    public List<Round> rounds(long surveyId) {
        return jdbc.sql("SELECT id, period_key, opens_at, closes_at, status FROM pulse_round WHERE survey_id = ? ORDER BY opens_at")
                .param(surveyId)
                .query((rs, n) -> new Round(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(), RoundStatus.valueOf(rs.getString(5))))
                .list();
    }

    public record Round(long id, String key, java.time.Instant opensAt, java.time.Instant closesAt, RoundStatus status) {
    }

    /** A new employee in this department (or none), hired on this day. */
    public Person employee(@Nullable Long departmentId, LocalDate hired) {
        Person p = fixtures.person("Pulse Person");
        jdbc.sql("UPDATE person SET department_id = ?, hire_date = ? WHERE id = ?").params(departmentId, hired, p.getId()).update();
        return p;
    }

    public long department(@Nullable Long parentId) {
        long id = fixtures.department("pulse-dept").getId();
        jdbc.sql("UPDATE department SET parent_id = ? WHERE id = ?").params(parentId, id).update();
        return id;
    }

    public TestClock clock() {
        return clock;
    }
}
