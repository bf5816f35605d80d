package app.bravo.pulse.ui;

import app.bravo.people.PeopleService;
import app.bravo.people.PersonDetails;
import app.bravo.people.PersonSummary;
import app.bravo.pulse.ActionForm;
import app.bravo.pulse.ActionPlan;
import app.bravo.pulse.ActionService;
import app.bravo.pulse.ClosedRound;
import app.bravo.pulse.Question;
import app.bravo.shared.UserError;
import app.bravo.shared.i18n.Language;
import app.bravo.shared.time.Dates;
import app.bravo.shared.ui.DateField;
import app.bravo.shared.ui.ErrorBanner;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * "New action" and "Edit action", for HR and managers: the closed round it answers and, if one, the
 * question, a title and a body in the writer's own language, the owner and the due date. The whole
 * screen on a phone. A refusal stays in the dialog.
 */
class ActionDialog extends Dialog {

    final ComboBox<ClosedRound> round = new ComboBox<>();
    final ComboBox<Question> question = new ComboBox<>();
    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final ComboBox<PersonSummary> owner = new ComboBox<>();
    final DateField due = new DateField();
    final ErrorBanner error = new ErrorBanner();
    final Button save = new Button();
    final Button cancel = new Button();

    private final transient ActionService actions;
    private final @Nullable ActionPlan editing;
    private final transient LongConsumer onSaved;

    ActionDialog(ActionService actions, PeopleService people, long me, @Nullable ActionPlan editing,
                 @Nullable Long presetRound, LongConsumer onSaved) {
        this.actions = actions;
        this.editing = editing;
        this.onSaved = onSaved;
        boolean fa = Language.of(getLocale()) == Language.PERSIAN;
        addClassName("pulse-action-dialog");
        setHeaderTitle(getTranslation(editing == null ? "pulseactions.new" : "pulseactions.edit"));

        List<ClosedRound> rounds = actions.closedRounds();
        round.setLabel(getTranslation("pulseactions.form.round"));
        round.setHelperText(getTranslation("pulseactions.form.round-help"));
        round.setRequiredIndicatorVisible(true);
        round.setItems(rounds);
        round.setItemLabelGenerator(r -> getTranslation("pulseactions.card.round", r.name(fa), Dates.date(r.closeDate(), getLocale())));
        round.setWidthFull();
        round.addValueChangeListener(e -> questions(e.getValue()));
        question.setLabel(getTranslation("pulseactions.form.question"));
        question.setHelperText(getTranslation("pulseactions.form.question-help"));
        question.setItemLabelGenerator(q -> q.position() + ". " + (fa ? q.textFa() : q.textEn()));
        question.setClearButtonVisible(true);
        question.setWidthFull();

        title.setLabel(getTranslation("pulseactions.form.title"));
        title.setPlaceholder(getTranslation("pulseactions.form.title-placeholder"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(2 * ActionForm.TITLE_MAX);
        title.setWidthFull();
        userText(title);
        body.setLabel(getTranslation("pulseactions.form.body"));
        body.setPlaceholder(getTranslation("pulseactions.form.body-placeholder"));
        body.setMaxLength(2 * ActionForm.BODY_MAX);
        body.setWidthFull();
        userText(body);

        owner.setLabel(getTranslation("pulseactions.form.owner"));
        owner.setRequiredIndicatorVisible(true);
        owner.setItemLabelGenerator(PersonSummary::displayName);
        owner.setItemsPageable((pageable, filter) -> people.search(filter, null, false, pageable).getContent())
                .setIdentifierProvider(PersonSummary::id);
        owner.setWidthFull();
        due.setLabel(getTranslation("pulseactions.form.due"));

        long ownerId = editing != null ? editing.ownerId() : me;
        people.find(ownerId).map(ActionDialog::summary).ifPresent(owner::setValue);
        Long chosenRound = editing != null ? Long.valueOf(editing.round().roundId()) : presetRound;
        rounds.stream().filter(r -> chosenRound != null && r.roundId() == chosenRound).findFirst().ifPresent(round::setValue);
        if (editing != null && round.getValue() != null) {
            question.getListDataView().getItems().filter(q -> Objects.equals(q.id(), editing.questionId())).findFirst()
                    .ifPresent(question::setValue);
        }
        if (editing != null) {
            title.setValue(editing.title());
            body.setValue(editing.body());
            due.setValue(editing.dueDate());
        }

        Div form = new Div(error, round, question, title, body, owner, due);
        form.addClassName("pulse-action-form");
        add(form);
        save.setText(getTranslation(editing == null ? "pulseactions.form.publish" : "pulseactions.form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit());
        cancel.setText(getTranslation("pulseactions.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    private void questions(@Nullable ClosedRound r) {
        question.clear();
        question.setItems(r == null ? List.of() : actions.questions(r.roundId()));
    }

    static PersonSummary summary(PersonDetails d) {
        return new PersonSummary(d.id(), d.displayName(), d.email(), d.jobTitle(), d.departmentName(), d.active());
    }

    /** What the dialog would save now; null when the round or owner is missing. */
    @Nullable ActionForm form() {
        if (round.getValue() == null) {
            error.show(getTranslation("pulseactions.error.round-required"));
            return null;
        }
        if (owner.getValue() == null) {
            error.show(getTranslation("pulseactions.error.owner-required"));
            return null;
        }
        if (due.isBadInput()) {
            error.show(getTranslation("pulseactions.error.due-bad"));
            return null;
        }
        Question q = question.getValue();
        return new ActionForm(round.getValue().roundId(), q == null ? null : q.id(), title.getValue(), body.getValue(),
                owner.getValue().id(), due.getValue());
    }

    void submit() {
        ActionForm f = form();
        if (f == null) {
            return;
        }
        try {
            long id;
            if (editing == null) {
                id = actions.create(f);
            } else {
                actions.update(editing.id(), editing.version(), f);
                id = editing.id();
            }
            close();
            onSaved.accept(id);
        } catch (UserError e) {
            error.show(getTranslation(e.key(), e.args()));
        }
    }

    private static void userText(com.vaadin.flow.component.HasElement c) {
        c.getElement().getClassList().add("user-text");
        c.getElement().setAttribute("dir", "auto");
    }
}
