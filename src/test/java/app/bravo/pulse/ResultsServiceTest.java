package app.bravo.pulse;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.TestClock;
import app.bravo.people.Person;
import app.bravo.pulse.internal.DisclosureGroup;
import app.bravo.shared.time.CompanyCalendar;
import app.bravo.pulse.internal.RoundsJob;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

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
    @Autowired CompanyCalendar calendar;
    @Autowired JdbcClient jdbc;

    private CompanyCalendar.System system;
    private DayOfWeek firstDay;

    @BeforeEach
    void keep() {
        system = calendar.system();
        firstDay = calendar.firstDayOfWeek();
    }

    @AfterEach
    void reset() {
        calendar.set(system, firstDay);
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

    @Test
    void single_and_multiple_choice_questions_count_each_choice_behind_their_own_answerers_plan() {
        long dept = data.department(null);
        List<Person> people = people(dept, 7);
        long survey = data.draft();
        surveys.addQuestion(survey, new QuestionForm(QuestionType.MULTI, "What helps?", "چه کمک می‌کند؟", false, null, null,
                List.of(new ChoiceForm("Quiet", "سکوت"), new ChoiceForm("Coffee", "قهوه"), new ChoiceForm("Music", "موسیقی"))));
        surveys.addQuestion(survey, new QuestionForm(QuestionType.MULTI, "What hinders?", "چه مانع می‌شود؟", false, null, null,
                List.of(new ChoiceForm("Noise", "سروصدا"), new ChoiceForm("Meetings", "جلسه"))));
        long round = data.openOneOff(survey, new Audience(Set.of(dept), Set.of()));
        fixtures.signIn(people.getFirst());
        List<Question> q = pulses.sheet(round).questions();
        long office = q.get(2).choices().get(0).id();
        long home = q.get(2).choices().get(1).id();
        List<Long> helps = q.get(4).choices().stream().map(Choice::id).toList();
        long noise = q.get(5).choices().get(0).id();
        // single: Office ×4, Home ×2, one skips it; multi "helps": 5 answer, Quiet 4, Coffee 3, Music 2
        List<List<Long>> helped = List.of(List.of(helps.get(0), helps.get(1)), List.of(helps.get(0)),
                List.of(helps.get(0), helps.get(2)), List.of(helps.get(1)), List.of(helps.get(0), helps.get(1), helps.get(2)),
                List.of(), List.of());
        for (int i = 0; i < people.size(); i++) {
            fixtures.signIn(people.get(i));
            var given = new ArrayList<>(List.of(GivenAnswer.number(q.get(0).id(), 8), GivenAnswer.number(q.get(1).id(), 4)));
            if (i < 6) {
                given.add(GivenAnswer.choices(q.get(2).id(), i < 4 ? office : home));
            }
            if (!helped.get(i).isEmpty()) {
                given.add(GivenAnswer.choices(q.get(4).id(), helped.get(i).toArray(Long[]::new)));
            }
            if (i < 2) { // only two answer "hinders": below the threshold
                given.add(GivenAnswer.choices(q.get(5).id(), noise));
            }
            pulses.submit(round, given);
        }
        close();

        RoundResults r = results.results(round, DisclosureGroup.department(dept));
        assertThat(r.responses()).isEqualTo(7);
        assertThat(r.questions()).extracting(QuestionResult::type).containsExactly(QuestionType.SCALE_10, QuestionType.AGREE_5);
        assertThat(r.choiceQuestions()).extracting(ChoiceResult::position).containsExactly(3, 5, 6);
        ChoiceResult single = r.choiceQuestions().get(0);
        assertThat(single.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(single.answered()).isEqualTo(6);
        assertThat(single.choices()).extracting(ChoiceResult.ChoiceCount::textEn).containsExactly("Office", "Home");
        assertThat(single.choices()).extracting(ChoiceResult.ChoiceCount::count).containsExactly(4L, 2L);
        ChoiceResult multi = r.choiceQuestions().get(1);
        assertThat(multi.answered()).isEqualTo(5);
        assertThat(multi.choices()).extracting(ChoiceResult.ChoiceCount::count).containsExactly(4L, 3L, 2L);
        ChoiceResult hinders = r.choiceQuestions().get(2);
        assertThat(hinders.hidden()).isTrue();
        assertThat(hinders.choices()).isNull();
    }

    /** The draft with an optional 1-5 growth question fifth, for the audience of these departments, open now. */
    private long growthRound(Set<Long> departments) {
        long survey = data.draft();
        surveys.addQuestion(survey, new QuestionForm(QuestionType.AGREE_5, "I grow here.", "این‌جا رشد می‌کنم.", false,
                Driver.GROWTH, null, List.of()));
        return data.openOneOff(survey, new Audience(departments, Set.of()));
    }

    /** A parent department (3 own people), its child (5) and another top-level department (6 people, not answering yet). */
    private record Three(long parent, long child, long other, List<Person> others, long round) {
    }

    /**
     * The three departments with a round for them from {@code opener}, whose parent's own people
     * answer 0 and 1, and the child's 10 and 5.
     */
    private Three three(Function<Set<Long>, Long> opener) {
        long parent = data.department(null);
        long child = data.department(parent);
        long other = data.department(null);
        List<Person> own = people(parent, 3);
        List<Person> below = people(child, 5);
        List<Person> others = people(other, 6);
        long round = opener.apply(Set.of(parent, other));
        for (Person p : own) {
            answer(round, p, 0, 1);
        }
        for (Person p : below) {
            answer(round, p, 10, 5);
        }
        return new Three(parent, child, other, others, round);
    }

    @Test
    void the_heatmap_averages_each_drivers_agreement_per_shown_department_and_hides_cells_its_own_plan_hides() {
        Three t = three(this::growthRound);
        long round = t.round();
        long parent = t.parent();
        long other = t.other();
        List<Person> others = t.others();
        int[] agree = {2, 2, 3, 3, 4, 4};
        Integer[] growth = {5, 5, 4, 4, 2, null};
        for (int i = 0; i < others.size(); i++) {
            answer(round, others.get(i), 9, agree[i], growth[i]);
        }
        close();

        Heatmap map = results.heatmap(round);
        // LOYALTY is on the 0-10 question: left out; columns in the enum's order
        assertThat(map.drivers()).containsExactly(Driver.RECOGNITION, Driver.GROWTH);
        // the child (5) would leave the parent's own 3 by subtraction: not a row
        assertThat(map.rows()).extracting(Heatmap.Row::departmentId).containsExactly(parent, other);
        assertThat(map.rows().get(0).name()).startsWith("pulse-dept");
        assertThat(map.rows().get(0).parentId()).isNull();
        assertThat(map.rows().get(0).cells()).containsExactly(3.5, null); // (3 + 25) / 8; nobody there answered growth
        assertThat(map.rows().get(1).cells()).containsExactly(3.0, 4.0); // 18 / 6; 20 / 5
        assertThat(refusal(() -> results.heatmap(-1))).isEqualTo("pulse.error.unknown-round");
    }

    @Test
    void the_heatmap_of_an_open_round_is_refused() {
        long dept = data.department(null);
        people(dept, 1);
        long round = growthRound(Set.of(dept));
        fixtures.signInAs(Role.HR);
        assertThat(refusal(() -> results.heatmap(round))).isEqualTo("pulse.disclosure.open");
    }

    @Test
    void a_trend_gives_each_closed_round_by_close_date_with_null_where_that_rounds_plan_hides_the_group() {
        calendar.set(CompanyCalendar.System.GREGORIAN, DayOfWeek.MONDAY);
        long dept = data.department(null);
        List<Person> people = people(dept, 6);
        long survey = data.draft();
        surveys.setAudience(survey, new Audience(Set.of(dept), Set.of()));
        clock.set(Instant.parse("2033-03-07T09:00:00Z")); // a Monday
        surveys.schedule(survey, new Schedule(LocalDate.of(2033, 3, 7), null, Recurrence.WEEKLY));
        job.openDue();
        int[][] scores = {{10, 10, 9, 8, 7, 6}, {9, 9, 9, 9}, {0, 5, 6, 9, 10}};
        int[][] agree = {{5, 4, 4, 4, 3, 3}, {5, 5, 5, 5}, {1, 2, 3, 4, 5}};
        fixtures.signIn(people.getFirst());
        List<Long> questions = pulses.sheet(data.rounds(survey).getFirst().id()).questions().stream().map(Question::id).toList();
        for (int week = 0; week < 3; week++) {
            long round = data.rounds(survey).get(week).id();
            for (int i = 0; i < scores[week].length; i++) {
                answer(round, people.get(i), scores[week][i], agree[week][i]);
            }
            clock.set(Instant.parse("2033-03-07T00:01:00Z").plus(Duration.ofDays(7L * (week + 1))));
            job.closeOverdue();
            job.openDue();
        }
        fixtures.signInAs(Role.HR);

        for (DisclosureGroup group : List.of(DisclosureGroup.ALL, DisclosureGroup.department(dept))) {
            SurveyTrend trend = results.trend(survey, group);
            assertThat(trend.enpsQuestionId()).isEqualTo(questions.get(0));
            assertThat(trend.rounds()).extracting(SurveyTrend.Point::roundId)
                    .containsExactlyElementsOf(data.rounds(survey).subList(0, 3).stream().map(PulseTestData.Round::id).toList());
            assertThat(trend.rounds()).extracting(SurveyTrend.Point::closeDate)
                    .containsExactly(LocalDate.of(2033, 3, 14), LocalDate.of(2033, 3, 21), LocalDate.of(2033, 3, 28));
            assertThat(trend.rounds()).extracting(SurveyTrend.Point::responses).containsExactly(6L, null, 5L);
            assertThat(trend.rounds()).extracting(SurveyTrend.Point::enps).containsExactly(33, null, -20);
            SurveyTrend.Point first = trend.rounds().get(0);
            assertThat(first.questions()).extracting(SurveyTrend.Value::questionId).containsExactly(questions.get(0), questions.get(1));
            assertThat(first.questions()).extracting(SurveyTrend.Value::average).containsExactly(8.33, 3.83); // 50 / 6, 23 / 6
            assertThat(first.questions()).extracting(SurveyTrend.Value::enps).containsExactly(33, null); // round(100 * 2 / 6)
            assertThat(trend.rounds().get(1).questions()).extracting(SurveyTrend.Value::average).containsExactly(null, null);
            assertThat(trend.rounds().get(2).questions()).extracting(SurveyTrend.Value::average).containsExactly(6.0, 3.0);
        }
        assertThat(refusal(() -> results.trend(-1, DisclosureGroup.ALL))).isEqualTo("pulse.error.no-survey");
    }

    @Test
    void hr_publishes_a_closed_round_once_and_then_every_employee_sees_the_company_and_their_own_department_as_the_plan_allows() {
        long a = data.department(null);
        long b = data.department(null);
        long c = data.department(null);
        List<Person> inA = people(a, 6);
        List<Person> inB = people(b, 7);
        List<Person> inC = people(c, 2);
        long round = round(Set.of(a, b, c));
        assertThat(refusal(() -> results.publish(round))).isEqualTo("pulse.disclosure.open");
        for (Person p : inA) {
            answer(round, p, 10, 5);
        }
        for (Person p : inB) {
            answer(round, p, 6, 2);
        }
        for (Person p : inC) {
            answer(round, p, 0, 1);
        }
        close();
        Person outsider = data.employee(null, HIRED);
        fixtures.signIn(inB.getFirst());
        assertThat(refusal(() -> results.publishedResults(round))).isEqualTo("pulse.results.not-published");
        assertThat(results.publishedRounds()).extracting(PublishedRound::roundId).doesNotContain(round);

        fixtures.signInAs(Role.HR);
        results.publish(round);
        assertThat(refusal(() -> results.publish(round))).isEqualTo("pulse.results.already-published");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'RESULTS_PUBLISHED' AND target_id = ?")
                .param(String.valueOf(round)).query(Long.class).single()).isEqualTo(1);

        fixtures.signIn(inB.getFirst());
        PublishedRound listed = results.publishedRounds().stream().filter(r -> r.roundId() == round).findFirst().orElseThrow();
        assertThat(listed.publishedOn()).isEqualTo(LocalDate.of(2033, 3, 15));
        PublishedResults seenByB = results.publishedResults(round);
        assertThat(seenByB.company().responses()).isEqualTo(15);
        assertThat(seenByB.company().questions().getFirst().average()).isEqualTo(6.8); // (60 + 42) / 15
        assertThat(seenByB.departmentId()).isEqualTo(b);
        assertThat(seenByB.department().responses()).isEqualTo(7);
        assertThat(seenByB.department().questions().getFirst().average()).isEqualTo(6.0);
        // "all" minus A minus B would leave C's 2: the smaller of the two, A, is hidden, and C (2) itself
        fixtures.signIn(inA.getFirst());
        PublishedResults seenByA = results.publishedResults(round);
        assertThat(seenByA.departmentId()).isEqualTo(a);
        assertThat(seenByA.departmentHidden()).isTrue();
        assertThat(seenByA.company().responses()).isEqualTo(15);
        fixtures.signIn(inC.getFirst());
        assertThat(results.publishedResults(round).departmentHidden()).isTrue();
        fixtures.signIn(outsider);
        PublishedResults seenByOutsider = results.publishedResults(round);
        assertThat(seenByOutsider.departmentId()).isNull();
        assertThat(seenByOutsider.department()).isNull();
        assertThat(seenByOutsider.departmentHidden()).isFalse();
    }

    @Test
    void a_manager_reads_their_own_department_with_its_sub_departments_under_the_same_thresholds_and_nothing_else() {
        Three t = three(this::round);
        long round = t.round();
        long parent = t.parent();
        long child = t.child();
        long other = t.other();
        for (Person p : t.others()) {
            answer(round, p, 8, 3);
        }
        close();
        Person manager = fixtures.person("Pulse Manager", Role.MANAGER);
        jdbc.sql("UPDATE person SET department_id = ? WHERE id = ?").params(parent, manager.getId()).update();
        Person childManager = fixtures.person("Pulse Child Manager", Role.MANAGER);
        jdbc.sql("UPDATE person SET department_id = ? WHERE id = ?").params(child, childManager.getId()).update();

        fixtures.signIn(manager);
        RoundResults mine = results.results(round, DisclosureGroup.department(parent));
        assertThat(mine.responses()).isEqualTo(8);
        assertThat(mine.questions().getFirst().average()).isEqualTo(6.25); // 50 / 8
        // the child is within reach, but hidden as it is for HR: its 5 would leave the parent's own 3
        assertThat(refusal(() -> results.results(round, DisclosureGroup.department(child)))).isEqualTo("pulse.disclosure.hidden");
        assertThat(refusal(() -> results.results(round, DisclosureGroup.department(other)))).isEqualTo("pulse.results.not-your-department");
        assertThat(refusal(() -> results.results(round, DisclosureGroup.ALL))).isEqualTo("pulse.results.not-your-department");
        assertThat(refusal(() -> results.results(round, DisclosureGroup.band(TenureBand.OVER_5_YEARS.name()))))
                .isEqualTo("pulse.results.not-your-department");
        fixtures.signIn(childManager);
        assertThat(refusal(() -> results.results(round, DisclosureGroup.department(parent)))).isEqualTo("pulse.results.not-your-department");
        fixtures.signInAs(Role.HR);
        assertThat(results.results(round, DisclosureGroup.department(other)).responses()).isEqualTo(6);
    }
}
