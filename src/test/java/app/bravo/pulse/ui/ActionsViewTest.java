package app.bravo.pulse.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.TestClock;
import app.bravo.pulse.ActionForm;
import app.bravo.pulse.ActionPlan;
import app.bravo.pulse.ActionService;
import app.bravo.pulse.ActionStatus;
import app.bravo.pulse.Audience;
import app.bravo.pulse.PulseTestData;
import app.bravo.pulse.internal.RoundsJob;
import app.bravo.security.BravoUser;
import app.bravo.security.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /actions}: an employee follows a round's actions; HR publishes one and moves another on, through the dialogs. */
@IntegrationTest
class ActionsViewTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired PulseTestData data;
    @Autowired ActionService actions;
    @Autowired RoundsJob job;
    @Autowired TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    /** A closed round of a new survey, HR signed in. */
    private long closedRound() {
        long round = data.openOneOff(data.draft(), Audience.EVERYONE);
        clock.set(Instant.parse("2033-03-15T00:00:00Z"));
        job.closeOverdue();
        return round;
    }

    private ActionsView open(long round) {
        UI.getCurrent().navigate(ActionsView.class, QueryParameters.simple(Map.of("round", String.valueOf(round))));
        return (ActionsView) getCurrentView();
    }

    @Test
    void an_employee_reads_a_rounds_actions_with_their_progress_and_filters_them_by_status() {
        long round = closedRound();
        BravoUser hr = fixtures.signInAs(Role.HR);
        long planned = actions.create(new ActionForm(round, null, "برنامهٔ رشد برای هر نقش", "Paths per role.", hr.personId(), null));
        long done = actions.create(new ActionForm(round, null, "Kudos in the all-hands", "", hr.personId(), null));
        actions.changeStatus(done, 0, ActionStatus.DONE, "Held on Monday.");
        fixtures.signInAs();

        ActionsView view = open(round);

        assertThat(view.cards.keySet()).containsExactly(done, planned);
        assertThat(view.newAction.isVisible()).isFalse();
        assertThat(view.roundBanner.isVisible()).isTrue();
        ActionCard card = view.cards.get(done);
        assertThat(card.status.getText()).isEqualTo("Done");
        assertThat(card.timeline.getComponentCount()).isEqualTo(2);
        assertThat(card.timeline.getElement().getChild(1).getTextRecursively()).contains("Held on Monday.");
        assertThat(card.updateStatus.getParent()).isEmpty();
        assertThat(view.cards.get(planned).title.getText()).isEqualTo("برنامهٔ رشد برای هر نقش");

        test(view.chips.get(ActionStatus.PLANNED)).click();
        assertThat(view.cards.keySet()).containsExactly(planned);
        test(view.clearRound).click();
        assertThat(view.roundBanner.isVisible()).isFalse();
        assertThat(view.cards.keySet()).doesNotContain(done).contains(planned);
    }

    @Test
    void hr_publishes_an_action_through_the_dialog_and_updates_its_status() {
        long round = closedRound();
        BravoUser hr = fixtures.signInAs(Role.HR);
        ActionsView view = open(round);
        assertThat(view.cards).isEmpty();
        assertThat(view.newAction.isVisible()).isTrue();

        test(view.newAction).click();
        ActionDialog dialog = view.dialog;
        assertThat(dialog).isNotNull();
        assertThat(dialog.round.getValue().roundId()).isEqualTo(round);
        assertThat(dialog.owner.getValue().id()).isEqualTo(hr.personId());
        test(dialog.save).click();
        assertThat(dialog.error.getMessage()).isEqualTo("Enter a title.");
        dialog.question.setValue(dialog.question.getListDataView().getItem(1));
        dialog.title.setValue("Quiet mornings");
        dialog.body.setValue("You said: too many meetings.");
        test(dialog.save).click();

        ActionPlan saved = actions.actionsOfRound(round).getFirst();
        assertThat(saved.title()).isEqualTo("Quiet mornings");
        assertThat(saved.questionEn()).isEqualTo("I am recognised.");
        assertThat(view.cards.keySet()).containsExactly(saved.id());
        ActionCard card = view.cards.get(saved.id());
        assertThat(card.status.getText()).isEqualTo("Planned");

        test(card.updateStatus).click();
        ActionStatusDialog status = view.statusDialog;
        assertThat(status).isNotNull();
        status.status.setValue(ActionStatus.IN_PROGRESS);
        status.note.setValue("Two teams started.");
        test(status.save).click();

        ActionCard after = view.cards.get(saved.id());
        assertThat(after.status.getText()).isEqualTo("In progress");
        assertThat(after.timeline.getComponentCount()).isEqualTo(2);
        assertThat(actions.action(saved.id()).progress().getLast().note()).isEqualTo("Two teams started.");
    }
}
