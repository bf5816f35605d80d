package app.bravo.pulse.ui;

import app.bravo.pulse.AnswerSheet;
import app.bravo.pulse.PulseService;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * {@code /pulse/{roundId}}: one round on one screen, for a phone: large buttons for the scales (0-10
 * as eleven buttons), choices and an optional text; it keeps nothing until "Submit", and says who
 * can see what (the anonymity paragraph with the round's thresholds).
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
        add(title, anonymity, error, questions, submit, done);
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
            pulses.submit(roundId, questions.given());
            questions.setVisible(false);
            submit.setVisible(false);
            error.setText("");
            done.setVisible(true);
        } catch (UserError e) {
            error.setText(getTranslation(e.key(), e.args()));
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.pulse"));
    }
}
