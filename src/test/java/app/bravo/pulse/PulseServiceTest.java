package app.bravo.pulse;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.TestClock;
import app.bravo.people.Person;
import app.bravo.pulse.internal.RoundsJob;
import app.bravo.shared.UserError;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Employees answer their open rounds once, anonymously; reminders reach only those who have not answered. */
@IntegrationTest
class PulseServiceTest {

    @Autowired PulseService pulses;
    @Autowired SurveyService surveys;
    @Autowired PulseTestData data;
    @Autowired RoundsJob job;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    private String refusal(Runnable r) {
        return catchThrowableOfType(UserError.class, r::run).key();
    }

    /** A one-off round of a new draft open now, from 2033-03-07 for a week, for this audience. */
    private long round(Audience audience) {
        return data.openOneOff(data.draft(), audience);
    }

    private List<GivenAnswer> answers(long round, int score) {
        List<Question> q = pulses.sheet(round).questions();
        return List.of(GivenAnswer.number(q.get(0).id(), score), GivenAnswer.number(q.get(1).id(), 4),
                GivenAnswer.choices(q.get(2).id(), q.get(2).choices().get(1).id()), GivenAnswer.text(q.get(3).id(), "سپاس 🙏"));
    }

    @Test
    void the_audience_is_the_chosen_department_with_its_sub_departments_and_the_tenure_bands() {
        long parent = data.department(null);
        long child = data.department(parent);
        long other = data.department(null);
        Person inChild = data.employee(child, LocalDate.of(2020, 1, 1));
        Person newInChild = data.employee(child, LocalDate.of(2033, 2, 1));
        Person elsewhere = data.employee(other, LocalDate.of(2020, 1, 1));
        long round = round(new Audience(Set.of(parent), Set.of(TenureBand.OVER_5_YEARS, TenureBand.UNDER_5_YEARS,
                TenureBand.UNDER_3_YEARS)));

        fixtures.signIn(inChild);
        assertThat(pulses.myOpenRounds()).extracting(OpenRound::roundId).contains(round);
        fixtures.signIn(newInChild);
        assertThat(pulses.myOpenRounds()).extracting(OpenRound::roundId).doesNotContain(round);
        assertThat(refusal(() -> pulses.sheet(round))).isEqualTo("pulse.error.no-round");
        fixtures.signIn(elsewhere);
        assertThat(pulses.myOpenRounds()).extracting(OpenRound::roundId).doesNotContain(round);
        assertThat(jdbc.sql("SELECT audience_size FROM pulse_round WHERE id = ?").param(round).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void an_answer_is_kept_with_the_department_and_band_but_no_person_and_a_second_is_refused() {
        long dept = data.department(null);
        Person p = data.employee(dept, LocalDate.of(2031, 1, 1));
        long round = round(Audience.EVERYONE);
        fixtures.signIn(p);

        pulses.submit(round, answers(round, 9));

        assertThat(pulses.sheet(round).answered()).isTrue();
        assertThat(pulses.myOpenRounds()).extracting(OpenRound::roundId).doesNotContain(round);
        assertThat(refusal(() -> pulses.submit(round, answers(round, 3)))).isEqualTo("pulse.error.already-answered");
        var row = jdbc.sql("SELECT department_id, tenure_band, LENGTH(id) FROM pulse_response WHERE round_id = ?").param(round)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getString(2), rs.getInt(3))).single();
        assertThat(row).containsExactly(dept, "UNDER_3_YEARS", 16);
        assertThat(jdbc.sql("SELECT body FROM pulse_comment WHERE round_id = ?").param(round).query(String.class).single())
                .isEqualTo("سپاس 🙏");
        assertThat(jdbc.sql("SELECT numeric_value FROM pulse_answer a JOIN pulse_response r ON r.id = a.response_id WHERE r.round_id = ?")
                .param(round).query(Integer.class).list()).containsExactlyInAnyOrder(9, 4, null);
    }

    @Test
    void two_submissions_at_once_keep_one() throws Exception {
        Person p = data.employee(null, LocalDate.of(2020, 1, 1));
        long round = round(Audience.EVERYONE);
        fixtures.signIn(p);
        List<GivenAnswer> answers = answers(round, 7);
        var barrier = new CyclicBarrier(2);
        List<String> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
        Runnable submit = () -> {
            fixtures.signIn(p);
            try {
                barrier.await();
                pulses.submit(round, answers);
                outcomes.add("ok");
            } catch (UserError e) {
                outcomes.add(e.key());
            } catch (Exception e) {
                outcomes.add(e.toString());
            }
        };
        CompletableFuture.allOf(CompletableFuture.runAsync(submit), CompletableFuture.runAsync(submit)).get();

        assertThat(outcomes).containsExactlyInAnyOrder("ok", "pulse.error.already-answered");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pulse_response WHERE round_id = ?").param(round).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void required_questions_and_values_are_checked_per_type() {
        Person p = data.employee(null, LocalDate.of(2020, 1, 1));
        long round = round(Audience.EVERYONE);
        fixtures.signIn(p);
        List<Question> q = pulses.sheet(round).questions();

        assertThat(refusal(() -> pulses.submit(round, List.of(GivenAnswer.number(q.get(0).id(), 9)))))
                .isEqualTo("pulse.error.required");
        assertThat(refusal(() -> pulses.submit(round, List.of(GivenAnswer.number(q.get(0).id(), 11),
                GivenAnswer.number(q.get(1).id(), 3))))).isEqualTo("pulse.error.out-of-range");
        assertThat(refusal(() -> pulses.submit(round, List.of(GivenAnswer.number(q.get(0).id(), 10),
                GivenAnswer.number(q.get(1).id(), 0))))).isEqualTo("pulse.error.out-of-range");
        assertThat(refusal(() -> pulses.submit(round, List.of(GivenAnswer.number(q.get(0).id(), 10),
                GivenAnswer.number(q.get(1).id(), 5), GivenAnswer.choices(q.get(2).id(), q.get(2).choices().get(0).id(),
                        q.get(2).choices().get(1).id()))))).isEqualTo("pulse.error.one-choice");
        assertThat(refusal(() -> pulses.submit(round, List.of(GivenAnswer.number(q.get(0).id(), 10),
                GivenAnswer.number(q.get(1).id(), 5), GivenAnswer.choices(q.get(2).id(), -1L))))).isEqualTo("pulse.error.bad-choice");
        assertThat(pulses.sheet(round).answered()).isFalse();

        pulses.submit(round, List.of(GivenAnswer.number(q.get(0).id(), 0), GivenAnswer.number(q.get(1).id(), 1)));
        assertThat(pulses.sheet(round).answered()).isTrue();
    }

    @Test
    void a_closed_round_takes_no_answer() {
        Person p = data.employee(null, LocalDate.of(2020, 1, 1));
        long round = round(Audience.EVERYONE);
        fixtures.signIn(p);
        List<GivenAnswer> answers = answers(round, 8);
        clock.advance(Duration.ofDays(8));

        assertThat(refusal(() -> pulses.submit(round, answers))).isEqualTo("pulse.error.round-closed");
    }

    @Test
    void reminders_go_once_per_step_to_those_who_have_not_answered_only() {
        long dept = data.department(null);
        Person answered = data.employee(dept, LocalDate.of(2020, 1, 1));
        Person waiting = data.employee(dept, LocalDate.of(2020, 1, 1));
        long round = round(new Audience(Set.of(dept), Set.of()));
        fixtures.signIn(answered);
        pulses.submit(round, answers(round, 10));

        clock.advance(Duration.ofDays(4)); // past half of the week
        job.remind();
        job.remind();

        assertThat(reminders(waiting, round)).isEqualTo(1);
        assertThat(reminders(answered, round)).isZero();

        clock.advance(Duration.ofDays(2)); // past 85 %
        job.remind();
        assertThat(reminders(waiting, round)).isEqualTo(2);
        assertThat(reminders(answered, round)).isZero();
    }

    private int reminders(Person p, long round) {
        return jdbc.sql("SELECT COUNT(*) FROM inbox_message WHERE person_id = ? AND message_key = 'pulse.inbox.reminder' AND link = ?")
                .params(p.getId(), "pulse/" + round).query(Integer.class).single();
    }
}
