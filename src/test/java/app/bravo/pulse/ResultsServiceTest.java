package app.bravo.pulse;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.TestClock;
import app.bravo.people.Person;
import app.bravo.pulse.internal.DisclosureGroup;
import app.bravo.pulse.internal.RoundsJob;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A closed round's results: exact figures from SQL aggregates, only for groups the disclosure plans show. */
@IntegrationTest
class ResultsServiceTest {

    private static final LocalDate HIRED = LocalDate.of(2020, 1, 1);

    @Autowired ResultsService results;
    @Autowired PulseService pulses;
    @Autowired SurveyService surveys;
    @Autowired PulseTestData data;
    @Autowired RoundsJob job;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    private String refusal(Runnable r) {
        return catchThrowableOfType(UserError.class, r::run).key();
    }

    /**
     * A one-off round of {@link PulseTestData#draft()} with a fifth, optional 1-5 question, open now,
     * from 2033-03-07 for a week, for these departments.
     */
    private long round(Set<Long> departments) {
        long survey = data.draft();
        surveys.addQuestion(survey, new QuestionForm(QuestionType.AGREE_5, "I would stay.", "می‌مانم.", false, null, null, List.of()));
        return data.openOneOff(survey, new Audience(departments, Set.of()));
    }

    /** New people of the department, made before the round opens so that they count in its audience. */
    private List<Person> people(long department, int n) {
        return IntStream.range(0, n).mapToObj(i -> data.employee(department, HIRED)).toList();
    }

    /** The person answers the required 0-10 and 1-5 questions with these numbers. */
    private void answer(long round, Person p, int score, int agree) {
        answer(round, p, score, agree, null);
    }

    /** The person answers the required questions and, unless null, the optional fifth one. */
    private void answer(long round, Person p, int score, int agree, @Nullable Integer stay) {
        fixtures.signIn(p);
        List<Question> q = pulses.sheet(round).questions();
        var given = new ArrayList<>(List.of(GivenAnswer.number(q.get(0).id(), score), GivenAnswer.number(q.get(1).id(), agree)));
        if (stay != null) {
            given.add(GivenAnswer.number(q.get(4).id(), stay));
        }
        pulses.submit(round, given);
    }

    private void close() {
        clock.set(Instant.parse("2033-03-15T00:00:00Z"));
        job.closeOverdue();
        fixtures.signInAs(Role.HR);
    }

    @Test
    void a_closed_round_gives_the_exact_distribution_average_enps_and_response_rate() {
        long dept = data.department(null);
        List<Person> people = people(dept, 8); // the last one never answers
        long round = round(Set.of(dept));
        int[] scores = {10, 9, 9, 8, 7, 6, 3};
        int[] agree = {5, 4, 4, 3, 3, 2, 1};
        for (int i = 0; i < scores.length; i++) {
            if (i < 2) {
                answer(round, people.get(i), scores[i], agree[i], 5);
            } else {
                answer(round, people.get(i), scores[i], agree[i]);
            }
        }
        close();

        for (DisclosureGroup group : List.of(DisclosureGroup.ALL, DisclosureGroup.department(dept),
                DisclosureGroup.band(TenureBand.OVER_5_YEARS.name()))) {
            RoundResults r = results.results(round, group);
            assertThat(r.threshold()).isEqualTo(5);
            assertThat(r.responses()).isEqualTo(7);
            assertThat(r.audienceSize()).isEqualTo(8);
            assertThat(r.questions()).extracting(QuestionResult::type)
                    .containsExactly(QuestionType.SCALE_10, QuestionType.AGREE_5, QuestionType.AGREE_5);
            QuestionResult scale = r.questions().get(0);
            assertThat(scale.answered()).isEqualTo(7);
            assertThat(scale.distribution()).containsExactly(0L, 0L, 0L, 1L, 0L, 0L, 1L, 1L, 1L, 2L, 1L);
            assertThat(scale.average()).isEqualTo(7.43); // 52 / 7
            assertThat(scale.enps()).isEqualTo(14); // promoters 3, detractors 2: round(100 * 1 / 7)
            QuestionResult agreeing = r.questions().get(1);
            assertThat(agreeing.answered()).isEqualTo(7);
            assertThat(agreeing.distribution()).containsExactly(1L, 1L, 2L, 2L, 1L);
            assertThat(agreeing.average()).isEqualTo(3.14); // 22 / 7
            assertThat(agreeing.enps()).isNull();
            // the optional question's own plan: 2 answers stay hidden though the group is shown
            QuestionResult staying = r.questions().get(2);
            assertThat(staying.hidden()).isTrue();
            assertThat(staying.position()).isEqualTo(5);
            assertThat(staying.distribution()).isNull();
            assertThat(staying.average()).isNull();
        }
        // 7 of 8: 87.5 % rounds up; the rate is the whole round's only
        assertThat(results.results(round, DisclosureGroup.ALL).responseRate()).isEqualTo(88);
        assertThat(results.results(round, DisclosureGroup.department(dept)).responseRate()).isNull();
    }

    @Test
    void a_department_of_two_beside_a_big_one_is_hidden_and_so_is_the_big_one_that_all_minus_it_would_give() {
        long big = data.department(null);
        long small = data.department(null);
        List<Person> many = people(big, 6);
        List<Person> two = people(small, 2);
        long round = round(Set.of(big, small));
        int[] scores = {10, 10, 9, 8, 7, 0};
        for (int i = 0; i < scores.length; i++) {
            answer(round, many.get(i), scores[i], 4);
        }
        answer(round, two.get(0), 2, 1);
        answer(round, two.get(1), 3, 1);
        close();

        assertThat(refusal(() -> results.results(round, DisclosureGroup.department(small)))).isEqualTo("pulse.disclosure.hidden");
        assertThat(refusal(() -> results.results(round, DisclosureGroup.department(big)))).isEqualTo("pulse.disclosure.hidden");
        RoundResults all = results.results(round, DisclosureGroup.ALL);
        assertThat(all.responses()).isEqualTo(8);
        QuestionResult scale = all.questions().getFirst();
        assertThat(scale.hidden()).isFalse();
        assertThat(scale.distribution()).containsExactly(1L, 0L, 1L, 1L, 0L, 0L, 0L, 1L, 1L, 1L, 2L);
        assertThat(scale.enps()).isEqualTo(0); // promoters 3, detractors 3
        assertThat(scale.average()).isEqualTo(6.13); // 49 / 8
    }

    @Test
    void a_department_counts_its_sub_departments_as_the_locked_tree_has_them() {
        long parent = data.department(null);
        long child = data.department(parent);
        List<Person> own = people(parent, 3);
        List<Person> below = people(child, 5);
        long round = round(Set.of(parent));
        for (Person p : own) {
            answer(round, p, 0, 1);
        }
        for (Person p : below) {
            answer(round, p, 10, 5);
        }
        close();

        RoundResults r = results.results(round, DisclosureGroup.department(parent));
        assertThat(r.responses()).isEqualTo(8);
        QuestionResult scale = r.questions().getFirst();
        assertThat(scale.distribution()).containsExactly(3L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 5L);
        assertThat(scale.average()).isEqualTo(6.25); // 50 / 8
        assertThat(scale.enps()).isEqualTo(25); // promoters 5, detractors 3: round(100 * 2 / 8)
        // the child alone (5) would leave the parent's own 3 by subtraction: hidden
        assertThat(refusal(() -> results.results(round, DisclosureGroup.department(child)))).isEqualTo("pulse.disclosure.hidden");
        assertThat(refusal(() -> results.results(round, DisclosureGroup.band("NO_SUCH_BAND")))).isEqualTo("pulse.disclosure.unknown-band");
    }

    @Test
    void a_department_crossed_with_a_tenure_band_counts_only_its_people_of_that_band() {
        long dept = data.department(null);
        List<Person> old = people(dept, 5);
        List<Person> recent = IntStream.range(0, 5)
                .mapToObj(i -> data.employee(dept, LocalDate.of(2032, 6, 1))).toList(); // 9 months at open
        long round = round(Set.of(dept));
        for (Person p : old) {
            answer(round, p, 9, 2);
        }
        int[] scores = {10, 8, 6, 5, 1};
        for (int i = 0; i < scores.length; i++) {
            answer(round, recent.get(i), scores[i], 4);
        }
        close();

        RoundResults r = results.results(round, DisclosureGroup.crossing(dept, TenureBand.UNDER_1_YEAR.name()));
        assertThat(r.responses()).isEqualTo(5);
        QuestionResult scale = r.questions().getFirst();
        assertThat(scale.distribution()).containsExactly(0L, 1L, 0L, 0L, 0L, 1L, 1L, 0L, 1L, 0L, 1L);
        assertThat(scale.average()).isEqualTo(6.0); // 30 / 5
        assertThat(scale.enps()).isEqualTo(-40); // promoters 1, detractors 3
        assertThat(r.questions().get(1).distribution()).containsExactly(0L, 0L, 0L, 5L, 0L);
    }

    @Test
    void an_open_round_shows_no_results_and_an_unknown_round_is_refused() {
        long dept = data.department(null);
        List<Person> people = people(dept, 6);
        long round = round(Set.of(dept));
        for (Person p : people) {
            answer(round, p, 9, 5);
        }
        fixtures.signInAs(Role.HR);
        assertThat(refusal(() -> results.results(round, DisclosureGroup.ALL))).isEqualTo("pulse.disclosure.open");
        assertThat(refusal(() -> results.results(-1, DisclosureGroup.ALL))).isEqualTo("pulse.error.unknown-round");
    }

    /** The person answers the required questions and writes this comment on the free-text question. */
    private void comment(long round, Person p, String text) {
        fixtures.signIn(p);
        List<Question> q = pulses.sheet(round).questions();
        pulses.submit(round, List.of(GivenAnswer.number(q.get(0).id(), 8), GivenAnswer.number(q.get(1).id(), 4),
                GivenAnswer.text(q.get(3).id(), text)));
    }

    @Test
    void comments_show_behind_their_own_higher_threshold_exactly_as_written_in_one_fixed_shuffle() {
        long big = data.department(null);
        long small = data.department(null);
        List<Person> many = people(big, 9);
        List<Person> few = people(small, 3);
        long round = round(Set.of(big, small));
        var written = new ArrayList<String>();
        for (int i = 0; i < many.size(); i++) {
            String text = "Big team note " + i + " — «خیلی خوب» 🎉 <b>" + i + "</b>";
            comment(round, many.get(i), text);
            written.add(text);
        }
        for (int i = 0; i < few.size(); i++) {
            String text = "Small team note " + i;
            comment(round, few.get(i), text);
            written.add(text);
        }
        close();

        RoundResults all = results.results(round, DisclosureGroup.ALL);
        assertThat(all.comments()).hasSize(1);
        CommentResult c = all.comments().getFirst();
        assertThat(c.textEn()).isEqualTo("Anything else?");
        assertThat(c.count()).isEqualTo(12);
        assertThat(c.comments()).containsExactlyInAnyOrderElementsOf(written);
        assertThat(results.results(round, DisclosureGroup.ALL).comments().getFirst().comments())
                .as("the same order at every look").containsExactlyElementsOf(c.comments());
        // the small department (3) is below both thresholds, and the big one is "all but it"
        assertThat(refusal(() -> results.results(round, DisclosureGroup.department(small)))).isEqualTo("pulse.disclosure.hidden");
        assertThat(refusal(() -> results.results(round, DisclosureGroup.department(big)))).isEqualTo("pulse.disclosure.hidden");
    }

    @Test
    void seven_comments_stay_hidden_where_nine_answers_are_shown() {
        long dept = data.department(null);
        List<Person> people = people(dept, 9);
        long round = round(Set.of(dept));
        for (int i = 0; i < people.size(); i++) {
            if (i < 7) {
                comment(round, people.get(i), "Note " + i);
            } else {
                answer(round, people.get(i), 7, 3);
            }
        }
        close();

        RoundResults all = results.results(round, DisclosureGroup.ALL);
        assertThat(all.responses()).isEqualTo(9);
        assertThat(all.questions().getFirst().answered()).isEqualTo(9);
        CommentResult c = all.comments().getFirst();
        assertThat(c.hidden()).isTrue();
        assertThat(c.count()).isNull();
        assertThat(c.comments()).isNull();
    }
}
