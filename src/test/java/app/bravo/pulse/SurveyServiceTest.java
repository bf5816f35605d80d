package app.bravo.pulse;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.TestClock;
import app.bravo.pulse.internal.RoundsJob;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** HR builds and schedules surveys: the rules, the templates, reordering and the lock once a round opened. */
@IntegrationTest
class SurveyServiceTest {

    @Autowired SurveyService surveys;
    @Autowired PulseTestData data;
    @Autowired RoundsJob job;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    private String refusal(Runnable r) {
        return catchThrowableOfType(UserError.class, r::run).key();
    }

    @Test
    void a_threshold_below_three_and_a_comment_threshold_below_it_are_refused() {
        fixtures.signInAs(Role.HR);
        assertThat(refusal(() -> surveys.create(new SurveyForm("Pulse", "نبض", SurveyKind.PULSE, 2, 8))))
                .isEqualTo("pulse.error.threshold-too-low");
        assertThat(refusal(() -> surveys.create(new SurveyForm("Pulse", "نبض", SurveyKind.PULSE, 6, 5))))
                .isEqualTo("pulse.error.comment-threshold-too-low");
        assertThat(refusal(() -> surveys.create(new SurveyForm("Pulse", " ", SurveyKind.PULSE, 5, 8))))
                .isEqualTo("pulse.error.name-fa.required");
        assertThat(refusal(() -> surveys.create(new SurveyForm("Pulse", "نبض", SurveyKind.PULSE, 5, 51))))
                .as("above what the disclosure engine takes").isEqualTo("pulse.error.threshold-too-high");
        assertThat(surveys.survey(surveys.create(new SurveyForm("Pulse", "نبض", SurveyKind.PULSE, 50, 50))).form().anonymityThreshold())
                .isEqualTo(50);
    }

    @Test
    void the_database_refuses_a_threshold_below_three_too() {
        long id = data.draft();
        var e = catchThrowableOfType(RuntimeException.class, () -> jdbc
                .sql("UPDATE pulse_survey SET anonymity_threshold = 2, comment_threshold = 8 WHERE id = ?").param(id).update());
        assertThat(e).isNotNull();
        assertThat(surveys.survey(id).form().anonymityThreshold()).isEqualTo(5);
    }

    @Test
    void a_question_needs_both_texts_and_a_choice_question_two_choices() {
        long id = data.draft();
        assertThat(refusal(() -> surveys.addQuestion(id, new QuestionForm(QuestionType.AGREE_5, "Text", "", true, null, null,
                List.of())))).isEqualTo("pulse.error.question-fa.required");
        assertThat(refusal(() -> surveys.addQuestion(id, new QuestionForm(QuestionType.SINGLE, "Text", "متن", true, null, null,
                List.of(new ChoiceForm("One", "یک")))))).isEqualTo("pulse.error.too-few-choices");
        assertThat(refusal(() -> surveys.addQuestion(id, new QuestionForm(QuestionType.SINGLE, "Text", "متن", true, null, null,
                List.of(new ChoiceForm("One", "یک"), new ChoiceForm("Two", "")))))).isEqualTo("pulse.error.choice-fa.required");
    }

    @Test
    void scheduling_needs_a_question_and_a_close_after_the_open() {
        clock.set(Instant.parse("2031-05-05T08:00:00Z"));
        fixtures.signInAs(Role.HR);
        long empty = surveys.create(SurveyForm.of("Empty", "خالی", SurveyKind.PULSE));
        LocalDate today = LocalDate.of(2031, 5, 5);

        assertThat(refusal(() -> surveys.schedule(empty, new Schedule(today, today.plusDays(5), Recurrence.NONE))))
                .isEqualTo("pulse.error.no-questions");
        long id = data.draft();
        assertThat(refusal(() -> surveys.schedule(id, new Schedule(today, today, Recurrence.NONE))))
                .isEqualTo("pulse.error.close-before-open");
        assertThat(refusal(() -> surveys.schedule(id, new Schedule(today, null, Recurrence.NONE))))
                .isEqualTo("pulse.error.close-required");
        assertThat(refusal(() -> surveys.schedule(id, new Schedule(today.minusDays(1), null, Recurrence.WEEKLY))))
                .isEqualTo("pulse.error.opens-in-past");
        surveys.schedule(id, new Schedule(today, null, Recurrence.MONTHLY));
        assertThat(surveys.survey(id).status()).isEqualTo(SurveyStatus.SCHEDULED);
    }

    @Test
    void every_template_is_in_both_languages_and_makes_a_survey_with_its_questions() {
        fixtures.signInAs(Role.HR);
        List<SurveyTemplate> all = surveys.templates();
        assertThat(all).extracting(SurveyTemplate::key).contains("enps", "engagement", "onboarding-30", "onboarding-60",
                "onboarding-90", "exit", "journey-recruiting", "journey-onboarding", "journey-everyday", "journey-growth",
                "journey-recognition", "journey-leaving");
        for (SurveyTemplate t : all) {
            long id = surveys.createFromTemplate(t.key());
            SurveyDetails s = surveys.survey(id);
            assertThat(s.templateKey()).isEqualTo(t.key());
            assertThat(s.form().nameFa()).matches(".*[\\u0600-\\u06FF].*");
            assertThat(s.questions()).extracting(Question::textEn).containsExactlyElementsOf(t.questions().stream()
                    .map(QuestionForm::textEn).toList());
            assertThat(s.questions()).allSatisfy(q -> assertThat(q.textFa()).matches(".*[\\u0600-\\u06FF].*"));
        }
        assertThat(refusal(() -> surveys.createFromTemplate("no-such"))).isEqualTo("pulse.error.no-template");
    }

    @Test
    void questions_are_reordered_and_removed_without_gaps() {
        long id = data.draft();
        List<Question> before = surveys.survey(id).questions();

        surveys.moveQuestion(before.get(3).id(), 1);
        surveys.removeQuestion(before.get(1).id());

        List<Question> after = surveys.survey(id).questions();
        assertThat(after).extracting(Question::id).containsExactly(before.get(3).id(), before.get(0).id(), before.get(2).id());
        assertThat(after).extracting(Question::position).containsExactly(1, 2, 3);
    }

    @Test
    void once_a_round_opened_the_survey_is_locked() {
        clock.set(Instant.parse("2031-06-02T08:00:00Z"));
        long id = data.scheduled(Recurrence.WEEKLY, LocalDate.of(2031, 6, 2), null);
        long question = surveys.survey(id).questions().getFirst().id();
        job.openDue();

        assertThat(surveys.survey(id).locked()).isTrue();
        assertThat(refusal(() -> surveys.update(id, SurveyForm.of("New", "تازه", SurveyKind.PULSE)))).isEqualTo("pulse.error.locked");
        assertThat(refusal(() -> surveys.removeQuestion(question))).isEqualTo("pulse.error.locked");
        assertThat(refusal(() -> surveys.setAudience(id, new Audience(Set.of(), Set.of(TenureBand.OVER_5_YEARS)))))
                .isEqualTo("pulse.error.locked");
        assertThat(refusal(() -> surveys.unschedule(id))).isEqualTo("pulse.error.locked");
    }

    @Test
    void the_preview_shows_the_questions_as_an_employee_sees_them() {
        long id = data.draft();
        AnswerSheet sheet = surveys.preview(id);
        assertThat(sheet.roundId()).isNull();
        assertThat(sheet.anonymityThreshold()).isEqualTo(5);
        assertThat(sheet.questions()).extracting(Question::type)
                .containsExactly(QuestionType.SCALE_10, QuestionType.AGREE_5, QuestionType.SINGLE, QuestionType.TEXT);
    }
}
