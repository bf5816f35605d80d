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
    private final PulseService pulses;

    PulseTestData(SurveyService surveys, Fixtures fixtures, JdbcClient jdbc, TestClock clock, RoundsJob job, PulseService pulses) {
        this.pulses = pulses;
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

    /** A round's authors, their comments on its two text questions (hex ids) and the reply keys their browsers got. */
    public record Commented(long round, List<Person> people, List<String> keys, List<String> first, List<String> second) {
    }

    /**
     * A one-off round with thresholds 3 and 3 for a new department of {@code n} people, each of whom
     * answers with a comment on both text questions ("Anything else?", then "What should change?");
     * closed unless {@code open}, then a new HR person signed in.
     */
    public Commented commented(int n, boolean open) {
        long dept = department(null);
        List<Person> people = java.util.stream.IntStream.range(0, n).mapToObj(i -> employee(dept, LocalDate.of(2020, 1, 1))).toList();
        long survey = draft();
        surveys.update(survey, new SurveyForm(Fixtures.unique("Talk"), "گفت‌وگو", SurveyKind.PULSE, 3, 3));
        surveys.addQuestion(survey, new QuestionForm(QuestionType.TEXT, "What should change?", "چه باید تغییر کند؟", false, null,
                null, List.of()));
        long round = openOneOff(survey, new Audience(java.util.Set.of(dept), java.util.Set.of()));
        var keys = new java.util.ArrayList<String>();
        var first = new java.util.ArrayList<String>();
        var second = new java.util.ArrayList<String>();
        for (Person p : people) {
            fixtures.signIn(p);
            List<Question> q = pulses.sheet(round).questions();
            String a = Fixtures.unique("The stand-ups run long");
            String b = Fixtures.unique("More quiet rooms");
            Submitted s = pulses.submit(round, List.of(GivenAnswer.number(q.get(0).id(), 7), GivenAnswer.number(q.get(1).id(), 3),
                    GivenAnswer.text(q.get(3).id(), a), GivenAnswer.text(q.get(4).id(), b)));
            keys.add(s.replyKey());
            first.add(commentId(a));
            second.add(commentId(b));
        }
        if (!open) {
            clock.set(Instant.parse("2033-03-15T00:00:00Z"));
            job.closeOverdue();
        }
        fixtures.signInAs(Role.HR);
        return new Commented(round, people, keys, first, second);
    }

    /** The hex id of the comment with this body. */
    public String commentId(String body) {
        return jdbc.sql("SELECT LOWER(HEX(id)) FROM pulse_comment WHERE body = ?").param(body).query(String.class).single();
    }

    public TestClock clock() {
        return clock;
    }
}
