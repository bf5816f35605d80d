package app.bravo.pulse.ui;

import app.bravo.pulse.Conversation;
import app.bravo.pulse.ConversationService;
import app.bravo.pulse.ReplySide;
import app.bravo.security.Roles;
import app.bravo.shared.ui.PageTitles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * {@code /pulse/conversations}, "My anonymous conversations" (issue 14 point 6, DD022): the replies
 * HR wrote to the signed-in person's comments, found by the reply keys this browser keeps in its
 * local storage (read when the page opens), or by a key pasted from another device. The keys go to
 * the server only in Vaadin's request bodies, never in the address, and are kept nowhere on it.
 */
@StyleSheet("styles/pulse.css")
@Route("pulse/conversations")
@RolesAllowed(Roles.EMPLOYEE)
public class ConversationsView extends Main implements HasDynamicTitle {

    /** The local-storage entry: a JSON array of keys. */
    static final String STORAGE = "bravo.pulse.replyKeys";

    /** Reads the keys as one space-separated string, forgiving a damaged entry. */
    private static final String READ = """
            try { const a = JSON.parse(localStorage.getItem($0) || '[]');
                  return Array.isArray(a) ? a.filter(k => typeof k === 'string').join(' ') : ''; }
            catch (e) { return ''; }""";

    /** Adds a key to the entry, keeping the newest ones within the service's bound. */
    static final String REMEMBER = """
            let a = []; try { a = JSON.parse(localStorage.getItem($0) || '[]'); } catch (e) { }
            if (!Array.isArray(a)) { a = []; }
            if (!a.includes($1)) { a.push($1); }
            localStorage.setItem($0, JSON.stringify(a.slice(-$2)));""";

    private final ConversationService conversations;
    private final List<String> keys = new ArrayList<>();
    final Paragraph intro = new Paragraph();
    final Div threads = new Div();
    final Paragraph empty = new Paragraph();
    final PasswordField pasted = new PasswordField();
    final Button open = new Button();
    final Div error = new Div();

    ConversationsView(ConversationService conversations) {
        this.conversations = conversations;
        addClassNames("view", "pulse-conversations");
        intro.setText(getTranslation("pulse.conversation.intro"));
        empty.setText(getTranslation("pulse.conversation.empty"));
        pasted.setLabel(getTranslation("pulse.conversation.paste"));
        pasted.setHelperText(getTranslation("pulse.conversation.paste-help"));
        open.setText(getTranslation("pulse.conversation.open"));
        open.addClickListener(e -> openPasted());
        error.addClassName("pulse-error");
        var paste = new Div(pasted, open);
        paste.addClassName("pulse-paste");
        add(new H2(getTranslation("pulse.conversation.title")), intro, error, threads, empty, paste);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs(READ, STORAGE).then(String.class, stored -> load(Arrays.asList(stored.split(" "))));
    }

    /** Shows the conversations of the keys held and these (the stored ones, or one pasted), newest round first. */
    void load(List<String> found) {
        for (String k : found) {
            String key = k.strip();
            if (!key.isEmpty() && !keys.contains(key) && keys.size() < ConversationService.KEYS_MAX) {
                keys.add(key);
            }
        }
        record Found(String key, Conversation conversation) {
        }
        var all = new ArrayList<Found>();
        for (String k : keys) {
            conversations.threadsFor(List.of(k)).forEach(c -> all.add(new Found(k, c)));
        }
        all.sort(Comparator.comparing((Found f) -> f.conversation().closeDate()).reversed());
        threads.removeAll();
        for (Found f : all) {
            Conversation c = f.conversation();
            threads.add(new ConversationThread(c, ReplySide.AUTHOR,
                    c.answerable() ? body -> conversations.answerAsAuthor(f.key(), c.commentId(), body) : null));
        }
        empty.setVisible(all.isEmpty());
    }

    private void openPasted() {
        String k = pasted.getValue().strip();
        pasted.clear();
        if (k.isEmpty() || conversations.threadsFor(List.of(k)).isEmpty()) {
            error.setText(getTranslation("pulse.conversation.not-found"));
            return;
        }
        error.setText("");
        load(List.of(k));
        getElement().executeJs(REMEMBER, STORAGE, k, ConversationService.KEYS_MAX);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("pulse.conversation.title"));
    }
}
