package app.bravo.pulse.ui;

import app.bravo.pulse.AnswerSheet;
import app.bravo.pulse.Choice;
import app.bravo.pulse.GivenAnswer;
import app.bravo.pulse.PulseService;
import app.bravo.pulse.Question;
import app.bravo.pulse.QuestionType;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.shared.i18n.Bidi;
import app.bravo.shared.i18n.Language;
import app.bravo.shared.ui.PageTitles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code /pulse/{roundId}}: one round on one screen, for a phone: large buttons for the scales (0-10
 * as eleven buttons), choices and an optional text; it keeps nothing until "Submit", and says who
 * can see what (the anonymity paragraph with the round's thresholds).
 */
@Route("pulse/:roundId")
@RolesAllowed(Roles.EMPLOYEE)
public class PulseAnswerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUND = "roundId";

    private final PulseService pulses;
    final H2 title = new H2();
    final Paragraph anonymity = new Paragraph();
    final Div questions = new Div();
    final Button submit = new Button();
    final Paragraph done = new Paragraph();
    final Div error = new Div();
    /** Each question's answer as the screen holds it, by question id. */
    final Map<Long, Supplier<GivenAnswer>> answers = new LinkedHashMap<>();
    /** The scale buttons of each numeric question, by question id and value. */
    final Map<Long, Map<Integer, Button>> scales = new HashMap<>();
    private long roundId;

    PulseAnswerView(PulseService pulses) {
        this.pulses = pulses;
        addClassNames("page", "pulse-answer");
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
        for (Question q : sheet.questions()) {
            Div box = new Div();
            box.addClassName("pulse-question");
            String label = (q.required() ? "" : getTranslation("pulse.answer.optional") + " ") + q.text(fa);
            box.add(new Paragraph(Bidi.isolate(label)));
            box.add(input(q, fa));
            questions.add(box);
        }
    }

    private com.vaadin.flow.component.Component input(Question q, boolean fa) {
        switch (q.type()) {
            case AGREE_5, SCALE_10 -> {
                Div row = new Div();
                row.addClassName("pulse-scale");
                Integer[] chosen = {null};
                Map<Integer, Button> buttons = new LinkedHashMap<>();
                for (int v = q.type().min(); v <= q.type().max(); v++) {
                    int value = v;
                    Button b = new Button(q.type() == QuestionType.AGREE_5 ? getTranslation("pulse.agree." + v)
                            : String.format(getLocale(), "%d", v));
                    b.addClassName("pulse-scale-button");
                    b.addClickListener(e -> {
                        chosen[0] = value;
                        buttons.values().forEach(o -> o.removeThemeVariants(ButtonVariant.PRIMARY));
                        b.addThemeVariants(ButtonVariant.PRIMARY);
                    });
                    buttons.put(v, b);
                    row.add(b);
                }
                scales.put(q.id(), buttons);
                answers.put(q.id(), () -> new GivenAnswer(q.id(), chosen[0], Set.of(), null));
                return row;
            }
            case SINGLE -> {
                RadioButtonGroup<Choice> group = new RadioButtonGroup<>();
                group.setItems(q.choices());
                group.setItemLabelGenerator(c -> Bidi.isolate(c.text(fa)));
                answers.put(q.id(), () -> new GivenAnswer(q.id(), null,
                        group.getValue() == null ? Set.of() : Set.of(group.getValue().id()), null));
                return group;
            }
            case MULTI -> {
                CheckboxGroup<Choice> group = new CheckboxGroup<>();
                group.setItems(q.choices());
                group.setItemLabelGenerator(c -> Bidi.isolate(c.text(fa)));
                answers.put(q.id(), () -> new GivenAnswer(q.id(), null,
                        group.getValue().stream().map(Choice::id).collect(Collectors.toSet()), null));
                return group;
            }
            default -> {
                TextArea text = new TextArea();
                text.setMaxLength(GivenAnswer.TEXT_MAX);
                text.setWidthFull();
                text.setAriaLabel(q.text(fa));
                answers.put(q.id(), () -> new GivenAnswer(q.id(), null, Set.of(), text.getValue()));
                return text;
            }
        }
    }

    private void submit() {
        List<GivenAnswer> given = new ArrayList<>();
        answers.values().forEach(a -> given.add(a.get()));
        try {
            pulses.submit(roundId, given);
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
