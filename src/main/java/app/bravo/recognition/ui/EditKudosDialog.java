package app.bravo.recognition.ui;

import app.bravo.people.ValueView;
import app.bravo.recognition.KudosItem;
import app.bravo.recognition.KudosService;
import app.bravo.shared.UserError;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;
import java.util.stream.Collectors;

/** The giver changes a kudos's message and values, within the edit window. */
class EditKudosDialog extends Dialog {

    final TextArea message = new TextArea();
    final CheckboxGroup<ValueView> values = new CheckboxGroup<>();
    final Paragraph error = new Paragraph();
    final Button save = new Button();

    EditKudosDialog(KudosService kudos, KudosItem item, Runnable onSaved) {
        setHeaderTitle(getTranslation("kudos.edit.title"));
        addClassName("kudos-dialog");
        message.setLabel(getTranslation("kudos.give.message"));
        message.setMaxLength(2 * KudosService.MESSAGE_MAX);
        message.setWidthFull();
        message.setValue(item.message());
        message.addClassName("user-text");
        message.getElement().setAttribute("dir", "auto");
        values.setLabel(getTranslation("kudos.give.values"));
        var all = kudos.values();
        values.setItems(all);
        values.setItemLabelGenerator(v -> v.name(getLocale()));
        Set<Long> chosen = item.values().stream().map(KudosItem.Value::id).collect(Collectors.toSet());
        values.setValue(all.stream().filter(v -> chosen.contains(v.id())).collect(Collectors.toSet()));
        values.setRequiredIndicatorVisible(kudos.valueRequired());
        error.addClassName("kudos-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(message, values, error);
        save.setText(getTranslation("kudos.edit.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                kudos.edit(item.id(), message.getValue(), values.getValue().stream().map(ValueView::id).collect(Collectors.toSet()));
                close();
                onSaved.run();
            } catch (UserError err) {
                error.setText(getTranslation(err.key(), err.args()));
                error.setVisible(true);
            }
        });
        getFooter().add(new Button(getTranslation("kudos.give.cancel"), e -> close()), save);
    }
}
