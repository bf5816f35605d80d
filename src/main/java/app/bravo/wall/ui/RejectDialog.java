package app.bravo.wall.ui;

import app.bravo.wall.FeedbackRules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.BiPredicate;

/** Asks for the reason of a rejection, which the note keeps; without a reason nothing is rejected. */
final class RejectDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();
    final Button cancel = new Button();

    private long noteId;
    /** Rejects the note with the reason; false when the service refused (the dialog then stays open). */
    private final BiPredicate<Long, String> rejecter;

    RejectDialog(BiPredicate<Long, String> rejecter) {
        this.rejecter = rejecter;
        addClassName("moderation-dialog");
        setHeaderTitle(getTranslation("moderation.reject.title"));
        setWidth("32rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);

        reason.setLabel(getTranslation("moderation.reject.reason"));
        reason.setHelperText(getTranslation("moderation.reject.reason.help", FeedbackRules.REJECT_REASON_MAX));
        reason.setRequired(true);
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(FeedbackRules.REJECT_REASON_MAX);
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.addClassName("user-text");
        reason.setWidthFull();
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        add(reason);

        confirm.setText(getTranslation("moderation.reject.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> confirm());
        cancel.setText(getTranslation("moderation.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, confirm);
    }

    void open(long id) {
        noteId = id;
        reason.clear();
        reason.setInvalid(false);
        open();
        reason.focus();
    }

    private void confirm() {
        var problem = FeedbackRules.text("reason", reason.getValue(), true, FeedbackRules.REJECT_REASON_MAX, true);
        if (problem.isPresent()) {
            reason.setErrorMessage(getTranslation(problem.get().messageKey(), problem.get().args()));
            reason.setInvalid(true);
            return;
        }
        if (rejecter.test(noteId, reason.getValue())) {
            close();
        }
    }
}
