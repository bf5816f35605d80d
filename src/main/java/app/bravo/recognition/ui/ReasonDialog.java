package app.bravo.recognition.ui;

import app.bravo.recognition.KudosService;
import app.bravo.shared.UserError;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks for a reason (reporting a kudos or a comment, a moderator hiding one) and runs the action with it; a refusal stays in the dialog. */
class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    ReasonDialog(String title, String confirmText, Consumer<String> action) {
        setHeaderTitle(title);
        reason.setLabel(getTranslation("kudos.reason.label"));
        reason.setMaxLength(2 * KudosService.REASON_MAX);
        reason.setWidthFull();
        reason.addClassName("user-text");
        reason.getElement().setAttribute("dir", "auto");
        add(reason);
        confirm.setText(confirmText);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            try {
                action.accept(reason.getValue());
                close();
            } catch (UserError err) {
                reason.setErrorMessage(getTranslation(err.key(), err.args()));
                reason.setInvalid(true);
            }
        });
        var cancel = new Button(getTranslation("kudos.give.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
