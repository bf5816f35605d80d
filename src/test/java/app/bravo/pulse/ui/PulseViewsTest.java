package app.bravo.pulse.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.TestClock;
import app.bravo.people.Person;
import app.bravo.pulse.Audience;
import app.bravo.pulse.ChoiceForm;
import app.bravo.pulse.Choice;
import app.bravo.pulse.PulseService;
import app.bravo.pulse.PulseTestData;
import app.bravo.pulse.Question;
import app.bravo.pulse.QuestionForm;
import app.bravo.pulse.QuestionType;
import app.bravo.pulse.Recurrence;
import app.bravo.pulse.Schedule;
import app.bravo.pulse.SurveyService;
import app.bravo.pulse.internal.RoundsJob;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /pulse}, {@code /pulse/{roundId}} and the home card, as an employee uses them. */
@IntegrationTest
class PulseViewsTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired PulseTestData data;
    @Autowired SurveyService surveys;
    @Autowired PulseService pulses;
    @Autowired RoundsJob job;
    @Autowired TestClock clock;
    @Autowired PulseHomeCard homeCard;

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    /** A round open now for everyone, with a 0-10, a 1-5, a single choice, a text and a multiple choice question. */
    private long round(String name) {
        clock.set(Instant.parse("2033-03-07T09:00:00Z"));
        long survey = data.draft();
        surveys.update(survey, new app.bravo.pulse.SurveyForm(name, "نبض " + name, app.bravo.pulse.SurveyKind.PULSE, 5, 8));
        surveys.addQuestion(survey, new QuestionForm(QuestionType.MULTI, "What helps?", "چه چیزی کمک می‌کند؟", true, null, null,
                List.of(new ChoiceForm("Quiet", "آرامش"), new ChoiceForm("Coffee", "قهوه"), new ChoiceForm("Sun", "آفتاب"))));
        surveys.setAudience(survey, Audience.EVERYONE);
        surveys.schedule(survey, new Schedule(LocalDate.of(2033, 3, 7), LocalDate.of(2033, 3, 14), Recurrence.NONE));
        job.openDue();
        return data.rounds(survey).getFirst().id();
    }

    private PulseAnswerView answer(long round) {
        UI.getCurrent().navigate(app.bravo.home.HomeView.class);
        UI.getCurrent().navigate("pulse/" + round);
        return $(PulseAnswerView.class).first();
    }

    @Test
    void the_list_and_the_home_card_link_my_open_round_and_forget_it_once_answered() {
        String name = Fixtures.unique("Listed pulse");
        Person me = data.employee(null, LocalDate.of(2030, 1, 1));
        long round = round(name);
        fixtures.signIn(me);

        PulseListView list = navigate(PulseListView.class);
        List<RouterLink> links = $(RouterLink.class, list.rounds).all();
        assertThat(links).anySatisfy(l -> {
            assertThat(l.getText()).contains(name);
            assertThat(l.getHref()).isEqualTo("pulse/" + round);
        });
        assertThat(list.empty.isVisible()).isFalse();
        Section card = (Section) homeCard.create().orElseThrow();
        assertThat(card.getElement().getTextRecursively()).contains("Open pulses for me");
        assertThat($(RouterLink.class, card).all()).anySatisfy(l -> assertThat(l.getHref()).isEqualTo("pulse/" + round));

        List<Question> q = pulses.sheet(round).questions();
        pulses.submit(round, List.of(app.bravo.pulse.GivenAnswer.number(q.get(0).id(), 9),
                app.bravo.pulse.GivenAnswer.number(q.get(1).id(), 4),
                app.bravo.pulse.GivenAnswer.choices(q.get(4).id(), q.get(4).choices().getFirst().id())));
        navigate(app.bravo.home.HomeView.class);
        list = navigate(PulseListView.class);
        assertThat($(RouterLink.class, list.rounds).all()).noneSatisfy(l -> assertThat(l.getHref()).isEqualTo("pulse/" + round));
    }

    @Test
    void someone_with_nothing_to_answer_sees_the_empty_list_and_no_home_card() {
        fixtures.signIn(data.employee(null, LocalDate.of(2030, 1, 1)));
        clock.set(Instant.parse("2099-01-01T09:00:00Z"));
        PulseListView list = navigate(PulseListView.class);
        assertThat(list.rounds.getComponentCount()).isZero();
        assertThat(list.empty.isVisible()).isTrue();
        assertThat(list.empty.getText()).isEqualTo("No pulse is waiting for you. Thank you!");
        assertThat(homeCard.create()).isEmpty();
    }

    @Test
    void an_employee_answers_every_type_is_told_of_a_missing_required_answer_and_answers_once() {
        Person me = data.employee(null, LocalDate.of(2030, 1, 1));
        long round = round(Fixtures.unique("Answered pulse"));
        fixtures.signIn(me);
        PulseAnswerView view = answer(round);
        List<Question> q = pulses.sheet(round).questions();
        assertThat(view.anonymity.getText()).contains("groups of at least 5 people").contains("groups of at least 8");
        assertThat(view.questions.scales.get(q.get(0).id())).hasSize(11);
        assertThat(view.questions.scales.get(q.get(1).id()).get(5).getText()).isEqualTo("Strongly agree");
        assertThat(view.questions.getElement().getTextRecursively()).contains("(optional) Anything else?");

        test(view.questions.scales.get(q.get(0).id()).get(8)).click();
        test(view.submit).click();
        assertThat(view.error.getText()).isEqualTo("Question 2 needs an answer.");
        assertThat(view.done.isVisible()).isFalse();

        test(view.questions.scales.get(q.get(1).id()).get(4)).click();
        @SuppressWarnings("unchecked")
        var single = (RadioButtonGroup<Choice>) view.questions.choices.get(q.get(2).id());
        single.setValue(q.get(2).choices().get(1));
        view.questions.texts.get(q.get(3).id()).setValue("سپاس 🙏");
        @SuppressWarnings("unchecked")
        var multi = (CheckboxGroup<Choice>) view.questions.choices.get(q.get(4).id());
        multi.setValue(Set.of(q.get(4).choices().get(0), q.get(4).choices().get(2)));
        test(view.submit).click();
        assertThat(view.error.getText()).isEmpty();
        assertThat(view.done.isVisible()).isTrue();
        assertThat(view.submit.isVisible()).isFalse();
        assertThat(pulses.sheet(round).answered()).isTrue();

        PulseAnswerView again = answer(round);
        assertThat(again.done.isVisible()).isTrue();
        assertThat(again.done.getText()).isEqualTo("Thank you: your answers are in. You cannot change them, and nobody can tell they are yours.");
        assertThat(again.submit.isVisible()).isFalse();
        assertThat(again.questions.answers).isEmpty();
    }

    @Test
    void a_round_that_is_not_mine_says_so() {
        fixtures.signIn(data.employee(null, LocalDate.of(2030, 1, 1)));
        PulseAnswerView view = answer(Long.MAX_VALUE);
        assertThat(view.title.getText()).isEqualTo("This pulse cannot be answered");
        assertThat(view.error.getText()).isEqualTo("This pulse is not open to you.");
        assertThat(view.submit.isVisible()).isFalse();
    }
}
