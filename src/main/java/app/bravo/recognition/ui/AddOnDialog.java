package app.bravo.recognition.ui;

import app.bravo.recognition.KudosService;
import app.bravo.recognition.MyPoints;
import app.bravo.shared.UserError;
import app.bravo.shared.i18n.Numbers;
import app.bravo.shared.ui.IntegerInput;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** "+1": joins a kudos with one's own words and points for each recipient; a refusal stays in the dialog. */
class AddOnDialog extends Dialog {

    final TextArea message = new TextArea();
    final IntegerInput points = new IntegerInput();
    final Paragraph error = new Paragraph();
    final Button join = new Button();

    AddOnDialog(KudosService kudos, long kudosId, Runnable onJoined) {
        setHeaderTitle(getTranslation("kudos.addon.title"));
        addClassName("kudos-dialog");
        message.setLabel(getTranslation("kudos.addon.message"));
        message.setMaxLength(2 * KudosService.MESSAGE_MAX);
        message.setWidthFull();
        message.addClassName("user-text");
        message.getElement().setAttribute("dir", "auto");
        MyPoints mine = kudos.myPoints();
        points.setLabel(getTranslation("kudos.give.points"));
        points.setMin(0);
        points.setValue(0);
        points.setStepButtonsVisible(true);
        points.setHelperText(getTranslation("kudos.give.allowance-left", Numbers.format(mine.allowanceLeft(), getLocale())));
        error.addClassName("kudos-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(message, points, error);
        join.setText(getTranslation("kudos.addon.submit"));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(e -> {
            try {
                Integer p = points.getValue();
                kudos.addOn(kudosId, message.getValue(), p == null ? 0 : p);
                close();
                onJoined.run();
            } catch (UserError err) {
                error.setText(getTranslation(err.key(), err.args()));
                error.setVisible(true);
            }
        });
        getFooter().add(new Button(getTranslation("kudos.give.cancel"), e -> close()), join);
    }
}
