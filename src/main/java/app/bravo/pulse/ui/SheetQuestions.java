package app.bravo.pulse.ui;

import app.bravo.pulse.AnswerSheet;
import app.bravo.pulse.Choice;
import app.bravo.pulse.GivenAnswer;
import app.bravo.pulse.Question;
import app.bravo.pulse.QuestionType;
import app.bravo.shared.i18n.Bidi;
import app.bravo.shared.i18n.Language;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The questions of an answer sheet as an employee answers them: large buttons for the scales (0-10
 * as eleven buttons), choices and an optional text. The answer view ({@link PulseAnswerView}) and
 * HR's preview ({@link PulseSurveyEditor}) show the same one.
 */
class SheetQuestions extends Div {

    /** Each question's answer as the screen holds it, by question id. */
    final Map<Long, Supplier<GivenAnswer>> answers = new LinkedHashMap<>();
    /** The scale buttons of each numeric question, by question id and value. */
    final Map<Long, Map<Integer, Button>> scales = new HashMap<>();
    /** The choice inputs of each single- or multiple-choice question, by question id. */
    final Map<Long, Component> choices = new HashMap<>();
    /** The text area of each text question, by question id. */
    final Map<Long, TextArea> texts = new HashMap<>();

    SheetQuestions() {
        addClassName("pulse-questions");
    }

    void show(AnswerSheet sheet) {
        removeAll();
        answers.clear();
        scales.clear();
        choices.clear();
        texts.clear();
        boolean fa = Language.of(getLocale()) == Language.PERSIAN;
        for (Question q : sheet.questions()) {
            Div box = new Div();
            box.addClassName("pulse-question");
            String label = (q.required() ? "" : getTranslation("pulse.answer.optional") + " ") + q.text(fa);
            box.add(new Paragraph(Bidi.isolate(label)));
            box.add(input(q, fa));
            add(box);
        }
    }

    List<GivenAnswer> given() {
        return answers.values().stream().map(Supplier::get).toList();
    }

    private Component input(Question q, boolean fa) {
        switch (q.type()) {
            case AGREE_5, SCALE_10 -> {
                Div row = new Div();
                row.addClassNames("pulse-scale", q.type() == QuestionType.AGREE_5 ? "pulse-agree" : "pulse-ten");
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
                choices.put(q.id(), group);
                answers.put(q.id(), () -> new GivenAnswer(q.id(), null,
                        group.getValue() == null ? Set.of() : Set.of(group.getValue().id()), null));
                return group;
            }
            case MULTI -> {
                CheckboxGroup<Choice> group = new CheckboxGroup<>();
                group.setItems(q.choices());
                group.setItemLabelGenerator(c -> Bidi.isolate(c.text(fa)));
                choices.put(q.id(), group);
                answers.put(q.id(), () -> new GivenAnswer(q.id(), null,
                        group.getValue().stream().map(Choice::id).collect(Collectors.toSet()), null));
                return group;
            }
            default -> {
                TextArea text = new TextArea();
                text.setMaxLength(GivenAnswer.TEXT_MAX);
                text.setWidthFull();
                text.setAriaLabel(q.text(fa));
                texts.put(q.id(), text);
                answers.put(q.id(), () -> new GivenAnswer(q.id(), null, Set.of(), text.getValue()));
                return text;
            }
        }
    }
}
