package app.bravo.pulse.ui;

import app.bravo.pulse.ActionForm;
import app.bravo.pulse.ActionPlan;
import app.bravo.pulse.ActionService;
import app.bravo.pulse.ActionStatus;
import app.bravo.shared.UserError;
import app.bravo.shared.ui.ErrorBanner;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.LongConsumer;

/** "Update status": the new status and a progress note for everyone who follows the action. The whole screen on a phone. */
class ActionStatusDialog extends Dialog {

    final RadioButtonGroup<ActionStatus> status = new RadioButtonGroup<>();
    final TextArea note = new TextArea();
    final ErrorBanner error = new ErrorBanner();
    final Button save = new Button();
    final Button cancel = new Button();

    private final transient ActionService actions;
    private final ActionPlan action;
    private final transient LongConsumer onSaved;

    ActionStatusDialog(ActionService actions, ActionPlan action, LongConsumer onSaved) {
        this.actions = actions;
        this.action = action;
        this.onSaved = onSaved;
        addClassName("pulse-action-dialog");
        setHeaderTitle(getTranslation("pulseactions.update-status"));
        status.setLabel(getTranslation("pulseactions.form.status"));
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("pulseactions.status." + s.name()));
        status.setValue(action.status());
        status.addClassName("pulse-action-status-choice");
        note.setLabel(getTranslation("pulseactions.form.note"));
        note.setPlaceholder(getTranslation("pulseactions.form.note-placeholder"));
        note.setMaxLength(2 * ActionForm.NOTE_MAX);
        note.setWidthFull();
        note.getElement().getClassList().add("user-text");
        note.getElement().setAttribute("dir", "auto");
        Div form = new Div(error, status, note);
        form.addClassName("pulse-action-form");
        add(form);
        save.setText(getTranslation("pulseactions.form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit());
        cancel.setText(getTranslation("pulseactions.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    void submit() {
        try {
            actions.changeStatus(action.id(), action.version(), status.getValue(), note.getValue());
            close();
            onSaved.accept(action.id());
        } catch (UserError e) {
            error.show(getTranslation(e.key(), e.args()));
        }
    }
}
