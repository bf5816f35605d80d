package app.bravo.wall.ui;

import app.bravo.people.DepartmentNode;
import app.bravo.people.PeopleService;
import app.bravo.people.PersonSummary;
import app.bravo.shared.UserError;
import app.bravo.wall.Channel;
import app.bravo.wall.FeedbackForm;
import app.bravo.wall.FeedbackRules;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.FieldProblem;
import app.bravo.wall.InvalidFeedback;
import app.bravo.wall.ScoreType;
import app.bravo.wall.SubmitResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import app.bravo.shared.ui.DateField;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import app.bravo.shared.ui.IntegerInput;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The form any employee uses to share a customer's words. Problems are shown on the fields they
 * concern, in the reader's language, and nothing typed is lost: the dialog stays open until the
 * note is accepted for moderation.
 */
class FeedbackDialog extends Dialog {

    final TextArea quote = new TextArea();
    final Checkbox anonymous = new Checkbox();
    final TextField customerName = new TextField();
    final TextField company = new TextField();
    final Select<Channel> channel = new Select<>();
    final Select<ScoreType> scoreType = new Select<>();
    final IntegerInput score = new IntegerInput();
    final DateField receivedOn = new DateField();
    final MultiSelectComboBox<PersonSummary> credited = new MultiSelectComboBox<>();
    final MultiSelectComboBox<DepartmentNode> departments = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    final Paragraph problems = new Paragraph();
    final Button submit = new Button();
    final Button cancel = new Button();

    private final transient FeedbackService feedback;
    private final transient Consumer<SubmitResult> onSubmitted;
    private final List<String> tagItems;
    private final Map<String, HasValidationProperties> fields = new LinkedHashMap<>();

    FeedbackDialog(FeedbackService feedback, PeopleService people, List<String> knownTags, Consumer<SubmitResult> onSubmitted) {
        this.feedback = feedback;
        this.onSubmitted = onSubmitted;
        this.tagItems = new ArrayList<>(knownTags);
        addClassName("wall-dialog");
        setHeaderTitle(getTranslation("wallui.form.title"));

        quote.setLabel(getTranslation("wallui.form.quote"));
        quote.setHelperText(getTranslation("wallui.form.quote.help", FeedbackRules.QUOTE_MAX));
        quote.setRequiredIndicatorVisible(true);
        quote.addClassName("user-text");
        anonymous.setLabel(getTranslation("wallui.form.anonymous"));
        anonymous.addValueChangeListener(e -> customerName.setEnabled(!e.getValue()));
        customerName.setLabel(getTranslation("wallui.form.customer"));
        company.setLabel(getTranslation("wallui.form.company"));
        channel.setLabel(getTranslation("wallui.form.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("wallui.channel." + c.name()));
        channel.setRequiredIndicatorVisible(true);
        scoreType.setLabel(getTranslation("wallui.form.score-type"));
        scoreType.setItems(ScoreType.values());
        scoreType.setEmptySelectionAllowed(true);
        scoreType.setEmptySelectionCaption(getTranslation("wallui.form.no-score"));
        scoreType.setItemLabelGenerator(t -> t == null ? getTranslation("wallui.form.no-score")
                : getTranslation("wallui.score-type." + t.name()));
        scoreType.addValueChangeListener(e -> {
            score.setEnabled(e.getValue() != null);
            if (e.getValue() != null) {
                score.setMin(e.getValue().min());
                score.setMax(e.getValue().max());
                score.setHelperText(getTranslation("wallui.form.score.help", e.getValue().min(), e.getValue().max()));
            }
        });
        score.setLabel(getTranslation("wallui.form.score"));
        score.setStepButtonsVisible(true);
        score.setEnabled(false);
        receivedOn.setLabel(getTranslation("wallui.form.received"));
        receivedOn.setValue(LocalDate.now());
        receivedOn.setMax(LocalDate.now().plusDays(1));
        credited.setLabel(getTranslation("wallui.form.credited"));
        credited.setItemsPageable((pageable, filter) -> people.search(filter, null, false, pageable).getContent());
        credited.setItemLabelGenerator(PersonSummary::displayName);
        credited.setSelectedItemsOnTop(true);
        departments.setLabel(getTranslation("wallui.form.departments"));
        departments.setItems(people.departments());
        departments.setItemLabelGenerator(DepartmentNode::name);
        tags.setLabel(getTranslation("wallui.form.tags"));
        tags.setHelperText(getTranslation("wallui.form.tags.help"));
        tags.setItems(tagItems);
        tags.setAllowCustomValue(true);
        tags.addCustomValueSetListener(e -> addTag(e.getDetail()));
        problems.addClassName("wall-form-problems");
        problems.setVisible(false);
        problems.getElement().setAttribute("role", "alert");

        var form = new FormLayout(quote, anonymous, customerName, company, channel, receivedOn, scoreType, score,
                credited, departments, tags);
        form.setColspan(quote, 2);
        form.setColspan(credited, 2);
        form.setColspan(departments, 2);
        form.setColspan(tags, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(problems, form);

        submit.setText(getTranslation("wallui.form.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        cancel.setText(getTranslation("wallui.form.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, submit);

        fields.put("quote", quote);
        fields.put("customerName", customerName);
        fields.put("company", company);
        fields.put("channel", channel);
        fields.put("scoreType", scoreType);
        fields.put("score", score);
        fields.put("receivedAt", receivedOn);
        fields.put("creditedDepartments", departments);
        fields.put("credited", credited);
        fields.put("tags", tags);
    }

    /** A tag typed in: kept as a choice and selected. */
    void addTag(String raw) {
        String t = FeedbackRules.normaliseTag(raw);
        if (t.isEmpty()) {
            return;
        }
        if (!tagItems.contains(t)) {
            tagItems.add(t);
            tags.getListDataView().refreshAll();
        }
        var selected = new java.util.LinkedHashSet<>(tags.getValue());
        selected.add(t);
        tags.setValue(selected);
    }

    FeedbackForm form() {
        return new FeedbackForm(quote.getValue(), anonymous.getValue() ? null : customerName.getValue(), company.getValue(),
                channel.getValue(), scoreType.getValue() == null ? null : score.getValue(), scoreType.getValue(),
                receivedOn.getValue(),
                credited.getValue().stream().sorted(Comparator.comparing(PersonSummary::displayName)).map(PersonSummary::id).toList(),
                List.of(),
                departments.getValue().stream().map(DepartmentNode::id).toList(),
                new ArrayList<>(tags.getValue()), null);
    }

    void submit() {
        fields.values().forEach(f -> f.setInvalid(false));
        problems.setVisible(false);
        try {
            SubmitResult result = feedback.submit(form());
            close();
            onSubmitted.accept(result);
        } catch (InvalidFeedback e) {
            List<String> general = new ArrayList<>();
            for (FieldProblem p : e.problems()) {
                String message = getTranslation(p.messageKey(), p.args());
                HasValidationProperties field = fieldOf(p.field());
                if (field == null) {
                    general.add(message);
                } else {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }
            }
            problems.setText(general.isEmpty() ? getTranslation(e.key(), e.args()) : String.join(" ", general));
            problems.setVisible(true);
        } catch (UserError e) {
            problems.setText(getTranslation(e.key(), e.args()));
            problems.setVisible(true);
        }
    }

    private @org.jspecify.annotations.Nullable HasValidationProperties fieldOf(String field) {
        String base = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
        if (base.equals("creditedPeople")) {
            base = "credited";
        }
        return fields.get(base);
    }
}
