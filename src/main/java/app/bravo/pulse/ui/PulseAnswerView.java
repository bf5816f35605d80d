package app.bravo.pulse.ui;

import app.bravo.pulse.AnswerSheet;
import app.bravo.pulse.ConversationService;
import app.bravo.pulse.PulseService;
import app.bravo.pulse.Submitted;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.shared.i18n.Bidi;
import app.bravo.shared.i18n.Language;
import app.bravo.shared.ui.PageTitles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * {@code /pulse/{roundId}}: one round on one screen, for a phone: large buttons for the scales (0-10
 * as eleven buttons), choices and an optional text; it keeps nothing until "Submit", and says who
 * can see what (the anonymity paragraph with the round's thresholds). After a submission with free
 * text it shows the reply key once (DD022), with a copy button, and keeps it in this browser's local
 * storage for "My anonymous conversations".
 */
@StyleSheet("styles/pulse.css")
@Route("pulse/:roundId")
@RolesAllowed(Roles.EMPLOYEE)
public class PulseAnswerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUND = "roundId";

    private final PulseService pulses;
    final H2 title = new H2();
    final Paragraph anonymity = new Paragraph();
    final SheetQuestions questions = new SheetQuestions();
    final Button submit = new Button();
    final Paragraph done = new Paragraph();
    final Div error = new Div();
    /** The reply key, shown once after a submission with free text. */
    final Div replyKey = new Div();
    final TextField key = new TextField();
    final Button copy = new Button();
    private long roundId;

    PulseAnswerView(PulseService pulses) {
        this.pulses = pulses;
        addClassNames("view", "pulse-answer");
        submit.setText(getTranslation("pulse.answer.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClassName("pulse-submit");
        submit.addClickListener(e -> submit());
        done.setText(getTranslation("pulse.answer.done"));
        done.setVisible(false);
        error.addClassName("pulse-error");
        replyKey.addClassName("pulse-reply-key");
        replyKey.setVisible(false);
        key.setLabel(getTranslation("pulse.conversation.key"));
        key.setReadOnly(true);
        key.setWidthFull();
        copy.setText(getTranslation("pulse.conversation.copy"));
        replyKey.add(new Paragraph(getTranslation("pulse.conversation.key-explained")), key, copy,
                new RouterLink(getTranslation("pulse.conversation.title"), ConversationsView.class));
        add(title, anonymity, error, questions, submit, done, replyKey);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ROUND).orElse("");
        try {
            roundId = Long.parseLong(id);
            show(pulses.sheet(roundId));
        } catch (NumberFormatException | UserError e) {
            title.setText(getTranslation("pulse.answer.unavailable"));
            anonymity.setVisible(false);
            submit.setVisible(false);
            if (e instanceof UserError u) {
                error.setText(getTranslation(u.key(), u.args()));
            }
        }
    }

    private void show(AnswerSheet sheet) {
        boolean fa = Language.of(getLocale()) == Language.PERSIAN;
        title.setText(Bidi.isolate(sheet.name(fa)));
        anonymity.setText(getTranslation("pulse.answer.anonymity", sheet.anonymityThreshold(), sheet.commentThreshold()));
        if (sheet.answered()) {
            submit.setVisible(false);
            done.setVisible(true);
            return;
        }
        questions.show(sheet);
    }

    private void submit() {
        try {
            Submitted submitted = pulses.submit(roundId, questions.given());
            questions.setVisible(false);
            submit.setVisible(false);
            error.setText("");
            done.setVisible(true);
            if (submitted.replyKey() != null) {
                showKey(submitted.replyKey());
            }
        } catch (UserError e) {
            error.setText(getTranslation(e.key(), e.args()));
        }
    }

    /** Shows the key once and keeps it in this browser; the copy runs in the browser, on the click itself. */
    private void showKey(String k) {
        key.setValue(k);
        replyKey.setVisible(true);
        copy.getElement().executeJs("this.addEventListener('click', () => navigator.clipboard.writeText($0))", k);
        getElement().executeJs(ConversationsView.REMEMBER, ConversationsView.STORAGE, k, ConversationService.KEYS_MAX);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.pulse"));
    }
}
