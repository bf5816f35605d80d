package app.bravo.pulse.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.TestClock;
import app.bravo.people.Person;
import app.bravo.pulse.Audience;
import app.bravo.pulse.ConversationService;
import app.bravo.pulse.PulseService;
import app.bravo.pulse.PulseTestData;
import app.bravo.pulse.Question;
import app.bravo.pulse.internal.ReplyKeys;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous conversations as people use them (DD022): the reply key shown once after answering,
 * the author's page reading its keys (local storage is stood in for by {@code load}), a pasted key,
 * and HR's reply dialog.
 */
@IntegrationTest
class ConversationViewsTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired PulseTestData data;
    @Autowired PulseService pulses;
    @Autowired ConversationService conversations;
    @Autowired TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    @Test
    void answering_with_a_comment_shows_the_reply_key_once_and_the_list_links_my_conversations() {
        long dept = data.department(null);
        Person me = data.employee(dept, LocalDate.of(2020, 1, 1));
        long round = data.openOneOff(data.draft(), new Audience(Set.of(dept), Set.of()));
        fixtures.signIn(me);
        UI.getCurrent().navigate("pulse/" + round);
        PulseAnswerView view = $(PulseAnswerView.class).first();
        List<Question> q = pulses.sheet(round).questions();
        assertThat(view.replyKey.isVisible()).isFalse();

        test(view.questions.scales.get(q.get(0).id()).get(8)).click();
        test(view.questions.scales.get(q.get(1).id()).get(4)).click();
        view.questions.texts.get(q.get(3).id()).setValue("More pairing, please");
        test(view.submit).click();

        assertThat(view.done.isVisible()).isTrue();
        assertThat(view.replyKey.isVisible()).isTrue();
        assertThat(ReplyKeys.parse(view.key.getValue())).isPresent();
        assertThat(conversations.threadsFor(List.of(view.key.getValue()))).extracting(c -> c.comment())
                .containsExactly("More pairing, please");

        UI.getCurrent().navigate(app.bravo.home.HomeView.class);
        UI.getCurrent().navigate("pulse/" + round);
        assertThat($(PulseAnswerView.class).first().replyKey.isVisible()).as("shown once").isFalse();
        PulseListView list = navigate(PulseListView.class);
        assertThat($(RouterLink.class, list).all()).anySatisfy(l -> assertThat(l.getHref()).isEqualTo("pulse/conversations"));
    }

    @Test
    void hr_replies_in_the_dialog_and_the_author_reads_it_and_answers_on_their_page() {
        PulseTestData.Commented w = data.commented(3, false);
        String comment = w.first().getFirst();
        var dialog = new CommentReplyDialog(conversations, comment);
        dialog.open();
        roundTrip();
        dialog.thread.answer.setValue("Which meetings run longest?");
        test(dialog.thread.send).click();
        assertThat(dialog.thread.replies.getElement().getTextRecursively()).contains("Which meetings run longest?").contains("You");
        dialog.close();

        fixtures.signIn(w.people().getFirst());
        ConversationsView view = navigate(ConversationsView.class);
        assertThat(view.empty.isVisible()).isTrue();
        view.load(List.of(w.keys().getFirst()));

        assertThat(view.empty.isVisible()).isFalse();
        List<ConversationThread> threads = $(ConversationThread.class, view.threads).all();
        assertThat(threads).hasSize(2);
        ConversationThread replied = threads.stream()
                .filter(t -> t.replies.getElement().getTextRecursively().contains("Which meetings run longest?")).findFirst().orElseThrow();
        assertThat(replied.replies.getElement().getTextRecursively()).contains("HR");
        replied.answer.setValue("The Monday one.");
        test(replied.send).click();
        assertThat(replied.replies.getElement().getTextRecursively()).contains("The Monday one.");
        assertThat(replied.error.getText()).isEmpty();
        ConversationThread waiting = threads.stream().filter(t -> t != replied).findFirst().orElseThrow();
        assertThat(waiting.send.isAttached()).as("no answer before HR has replied").isFalse();

        fixtures.signIn(w.people().get(1));
        navigate(app.bravo.home.HomeView.class);
        ConversationsView other = navigate(ConversationsView.class);
        other.pasted.setValue(ReplyKeys.newKey());
        test(other.open).click();
        assertThat(other.error.getText()).isEqualTo("No comment has this key. Check that you copied all of it.");
        assertThat(other.threads.getComponentCount()).isZero();
        other.pasted.setValue(w.keys().get(1));
        test(other.open).click();
        assertThat(other.error.getText()).isEmpty();
        assertThat(other.threads.getElement().getTextRecursively()).doesNotContain("Which meetings run longest?")
                .contains("The stand-ups run long");
    }
}
