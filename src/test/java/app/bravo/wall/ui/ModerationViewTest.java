package app.bravo.wall.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.PeopleService;
import app.bravo.security.Role;
import app.bravo.shell.ErrorPages;
import app.bravo.wall.Channel;
import app.bravo.wall.Credit;
import app.bravo.wall.FeedbackForm;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.FeedbackStatus;
import app.bravo.wall.NoteView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ModerationViewTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired FeedbackService feedback;
    @Autowired PeopleService people;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    /** An employee submits a note; then a moderator signs in. */
    long submitted(String quote) {
        fixtures.signInAs();
        long id = feedback.submit(FeedbackForm.of(quote, Channel.EMAIL)).id();
        fixtures.signInAs(Role.MODERATOR);
        return id;
    }

    PendingCard card(ModerationView view, long id) {
        while (view.pendingCard(id).isEmpty() && view.moreQueue.isVisible()) {
            test(view.moreQueue).click();
        }
        return view.pendingCard(id).orElseThrow();
    }

    boolean published(long id) {
        return feedback.published(null, 100).items().stream().anyMatch(n -> n.id() == id);
    }

    @Test
    void the_queue_marks_the_personal_data_and_proposes_a_redaction_beside_it() {
        // letters only: a run of digits in the marker could itself look like a phone number
        String tag = Fixtures.unique("q").replaceAll("[^a-z]", "z");
        long id = submitted("Call me at +44 20 7946 0958 or mail jo@example.com <b>" + tag + "</b>");

        ModerationView view = navigate(ModerationView.class);
        PendingCard card = card(view, id);

        List<Component> parts = card.quote.getChildren().toList();
        assertThat(parts).extracting(c -> c.getClass().getSimpleName())
                .containsExactly("Span", "Mark", "Span", "Mark", "Span");
        assertThat(((Mark) parts.get(1)).getText()).isEqualTo("+44 20 7946 0958");
        assertThat(((Mark) parts.get(1)).getElement().getAttribute("title")).isEqualTo("phone number");
        assertThat(((Mark) parts.get(3)).getText()).isEqualTo("jo@example.com");
        // the customer's markup is text: no element was made from it
        assertThat(((Span) parts.get(4)).getText()).isEqualTo(" <b>" + tag + "</b>");
        assertThat(card.quote.getElement().getChildren().allMatch(e -> e.getTag().equals("span") || e.getTag().equals("mark"))).isTrue();
        assertThat(card.proposal.getValue()).isEqualTo("Call me at [phone] or mail [email] <b>" + tag + "</b>");
        assertThat(card.found.getText()).contains("phone number").contains("e-mail address");
        assertThat(card.approve.getText()).isEqualTo("Approve with redaction");
        assertThat(card.getElement().getTextRecursively()).contains("Submitted by").contains("Anonymous customer").contains("E-mail");
    }

    @Test
    void approving_with_the_proposed_redaction_publishes_the_redacted_quote() {
        String tag = Fixtures.unique("a");
        long id = submitted("Thanks! Write to me at lena@customer.example " + tag);
        assertThat(published(id)).isFalse();

        ModerationView view = navigate(ModerationView.class);
        test(card(view, id).approve).click();

        assertThat(view.pendingCard(id)).isEmpty();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("The note is published.");
        NoteView note = feedback.find(id).orElseThrow();
        assertThat(note.status()).isEqualTo(FeedbackStatus.PUBLISHED);
        assertThat(note.quote()).isEqualTo("Thanks! Write to me at [email] " + tag);
        assertThat(note.redacted()).isTrue();
        assertThat(published(id)).isTrue();
    }

    @Test
    void the_moderator_may_edit_the_text_before_approving_and_a_clean_note_is_approved_unchanged() {
        String tag = Fixtures.unique("e");
        long edited = submitted("Mail me: sam@example.org, " + tag);
        long clean = submitted("Nothing personal here " + tag);

        ModerationView view = navigate(ModerationView.class);
        PendingCard cleanCard = card(view, clean);
        assertThat(cleanCard.proposal.getValue()).isEqualTo("Nothing personal here " + tag);
        assertThat(cleanCard.found.getText()).isEqualTo("No personal data found.");
        assertThat(cleanCard.approve.getText()).isEqualTo("Approve");
        test(cleanCard.approve).click();

        PendingCard card = card(view, edited);
        test(card.proposal).setValue("Mail me: (address removed), " + tag);
        assertThat(card.approve.getText()).isEqualTo("Approve as edited");
        test(card.approve).click();

        assertThat(feedback.find(clean).orElseThrow().quote()).isEqualTo("Nothing personal here " + tag);
        assertThat(feedback.find(clean).orElseThrow().redacted()).isFalse();
        assertThat(feedback.find(edited).orElseThrow().quote()).isEqualTo("Mail me: (address removed), " + tag);
    }

    @Test
    void personal_data_that_may_be_shown_is_approved_unchanged() {
        String tag = Fixtures.unique("u");
        long id = submitted("Our public desk is support@bank.example " + tag);
        long clean = submitted("Nothing to hide " + tag);

        ModerationView view = navigate(ModerationView.class);
        assertThat(card(view, clean).approveUnchanged.isVisible()).isFalse();
        PendingCard card = card(view, id);
        assertThat(card.approveUnchanged.isVisible()).isTrue();
        assertThat(card.approveUnchanged.getText()).isEqualTo("Approve unchanged");
        test(card.approveUnchanged).click();

        assertThat(view.pendingCard(id)).isEmpty();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("The note is published as the customer wrote it.");
        NoteView note = feedback.find(id).orElseThrow();
        assertThat(note.status()).isEqualTo(FeedbackStatus.PUBLISHED);
        assertThat(note.quote()).isEqualTo("Our public desk is support@bank.example " + tag);
        assertThat(note.redacted()).isFalse();
    }

    @Test
    void rejecting_requires_a_reason() {
        long id = submitted("Not about us at all " + Fixtures.unique("r"));
        ModerationView view = navigate(ModerationView.class);

        test(card(view, id).reject).click();
        assertThat(view.rejectDialog.isOpened()).isTrue();
        test(view.rejectDialog.confirm).click();

        assertThat(view.rejectDialog.isOpened()).isTrue();
        assertThat(view.rejectDialog.reason.isInvalid()).isTrue();
        assertThat(view.rejectDialog.reason.getErrorMessage()).isEqualTo("Say why the note is not published; the person who shared it reads this.");
        assertThat(feedback.find(id).orElseThrow().status()).isEqualTo(FeedbackStatus.PENDING);

        test(view.rejectDialog.reason).setValue("Meant for another company");
        test(view.rejectDialog.confirm).click();

        assertThat(view.rejectDialog.isOpened()).isFalse();
        assertThat(view.pendingCard(id)).isEmpty();
        assertThat(feedback.find(id).orElseThrow().status()).isEqualTo(FeedbackStatus.REJECTED);
        assertThat(published(id)).isFalse();
    }

    @Test
    void archiving_takes_a_note_out_of_the_queue_and_a_published_one_off_the_wall() {
        String tag = Fixtures.unique("x");
        long queued = submitted("Archive me " + tag);
        long live = submitted("On the wall " + tag);
        feedback.approve(live, null);

        ModerationView view = navigate(ModerationView.class);
        test(card(view, queued).archive).click();
        assertThat(view.pendingCard(queued)).isEmpty();
        assertThat(feedback.find(queued).orElseThrow().status()).isEqualTo(FeedbackStatus.ARCHIVED);

        test(view.tabs).select(1);
        assertThat(view.publishedSection.isVisible()).isTrue();
        PublishedCard pub = view.publishedCard(live).orElseThrow();
        assertThat(pub.quote.getText()).isEqualTo("On the wall " + tag);
        test(pub.archive).click();

        assertThat(view.publishedCard(live)).isEmpty();
        assertThat(feedback.find(live).orElseThrow().status()).isEqualTo(FeedbackStatus.ARCHIVED);
        assertThat(published(live)).isFalse();
    }

    @Test
    void the_edit_dialog_changes_the_other_fields() {
        String tag = Fixtures.unique("d");
        long id = submitted("Edit my fields " + tag);
        ModerationView view = navigate(ModerationView.class);

        test(card(view, id).edit).click();
        NoteEditor editor = view.editor;
        assertThat(editor.isOpened()).isTrue();
        test(editor.customerName).setValue("Parisa");
        test(editor.company).setValue("Acme & Co");
        editor.score.setText("7");
        test(editor.scoreType).selectItem("CSAT (1-5)");
        test(editor.save).click();

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.score.isInvalid()).isTrue();
        assertThat(editor.score.getErrorMessage()).isEqualTo("A CSAT score is a whole number from 1 to 5.");

        editor.score.setText("4");
        test(editor.tags).setValue("kind; quick");
        test(editor.save).click();

        assertThat(editor.isOpened()).isFalse();
        NoteView note = feedback.find(id).orElseThrow();
        assertThat(note.customerName()).isEqualTo("Parisa");
        assertThat(note.company()).isEqualTo("Acme & Co");
        assertThat(note.score()).isEqualTo(4);
        assertThat(note.tags()).containsExactly("kind", "quick");
        assertThat(note.status()).isEqualTo(FeedbackStatus.PENDING);
        assertThat(card(view, id).getElement().getTextRecursively()).contains("Parisa");
    }

    @Test
    void the_edit_dialog_changes_the_credits_and_keeps_someone_who_has_left() {
        String tag = Fixtures.unique("c");
        var leaver = fixtures.person("Leaver " + tag);
        var joiner = fixtures.person("Joiner " + tag);
        var team = fixtures.department("Team");
        fixtures.signInAs();
        long id = feedback.submit(new FeedbackForm("Credits " + tag, null, null, Channel.CHAT, null, null, null,
                List.of(leaver.getId()), List.of(), List.of(), List.of(), null)).id();
        fixtures.signInAs(Role.MODERATOR);
        feedback.approve(id, null);
        fixtures.signInAs(Role.ADMIN);
        people.deactivate(leaver.getId());
        fixtures.signInAs(Role.MODERATOR);

        ModerationView view = navigate(ModerationView.class);
        test(view.tabs).select(1);
        test(view.publishedCard(id).orElseThrow().edit).click();
        NoteEditor editor = view.editor;
        assertThat(test(editor.creditedPeople).getSelected()).extracting(Credit::id).containsExactly(leaver.getId());
        assertThat(editor.creditedPeople.getItemLabelGenerator().apply(editor.creditedPeople.getValue().iterator().next()))
                .isEqualTo("Leaver " + tag + " (has left)");

        test(editor.quote).setValue("Credits redacted " + tag);
        // the departed person is still offered (marked), beside the active people who match
        test(editor.creditedPeople).setFilter(tag);
        assertThat(test(editor.creditedPeople).getSuggestions()).contains("Leaver " + tag + " (has left)", "Joiner " + tag);
        test(editor.creditedPeople).selectItem("Leaver " + tag + " (has left)", "Joiner " + tag);
        test(editor.creditedDepartments).selectItem(team.getName());
        test(editor.save).click();

        assertThat(editor.isOpened()).isFalse();
        NoteView note = feedback.find(id).orElseThrow();
        assertThat(note.quote()).isEqualTo("Credits redacted " + tag);
        assertThat(note.creditedPeople()).extracting(Credit::id).containsExactly(leaver.getId(), joiner.getId());
        assertThat(note.creditedDepartments()).extracting(Credit::id).containsExactly(team.getId());
        assertThat(note.status()).isEqualTo(FeedbackStatus.PUBLISHED);
    }

    @Test
    void an_employee_cannot_open_the_moderation_queue() {
        fixtures.signInAs();
        ErrorPages.assertDenied(() -> navigate(ModerationView.class), ModerationView.class);
        assertThat(getCurrentView()).isInstanceOf(ErrorPages.DENIED);
    }
}
