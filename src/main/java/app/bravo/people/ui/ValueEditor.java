package app.bravo.people.ui;

import app.bravo.people.CompanyValue;
import app.bravo.people.PeopleService;
import app.bravo.people.ValueView;
import app.bravo.shared.UserError;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import app.bravo.shared.ui.IntegerInput;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/** The dialog that adds a company value or changes one: its words, its place in the list, and whether it is retired. */
class ValueEditor extends Dialog {

    final AdminUi.ErrorBanner error = new AdminUi.ErrorBanner();
    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final IntegerInput position = new IntegerInput();
    final Checkbox active = new Checkbox();
    final Button save;
    final Button cancel;

    private final transient PeopleService people;
    private final Runnable onSaved;
    private @Nullable ValueView editing;

    ValueEditor(PeopleService people, Runnable onSaved) {
        this.people = people;
        this.onSaved = onSaved;
        AdminUi.styleDialog(this);

        name.setLabel(getTranslation("admin.values.field.name"));
        name.setMaxLength(CompanyValue.NAME_MAX);
        name.setRequired(true);
        name.addValueChangeListener(e -> name.setInvalid(false));
        description.setLabel(getTranslation("admin.values.field.description"));
        description.setMaxLength(CompanyValue.DESCRIPTION_MAX);
        description.setMinRows(3);
        description.addValueChangeListener(e -> {
            description.setInvalid(false);
            description.setHelperText(getTranslation("admin.values.field.description.count",
                    e.getValue().length(), CompanyValue.DESCRIPTION_MAX));
        });
        position.setLabel(getTranslation("admin.values.field.position"));
        position.setHelperText(getTranslation("admin.values.field.position.helper"));
        position.setMin(0);
        position.setStepButtonsVisible(true);
        position.setBadInputErrorMessage(getTranslation("admin.values.error.position"));
        position.setMinErrorMessage(getTranslation("admin.values.error.position"));
        active.setLabel(getTranslation("admin.values.field.active"));
        active.setHelperText(getTranslation("admin.values.field.active.helper"));

        var form = AdminUi.form();
        form.add(name, position);
        form.add(description, 2);
        form.add(active, 2);
        add(error, form);

        save = AdminUi.primary(getTranslation("admin.save"));
        save.addClickListener(e -> save());
        cancel = new Button(getTranslation("admin.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    void openNew(int nextPosition) {
        editing = null;
        setHeaderTitle(getTranslation("admin.values.dialog.new"));
        show("", "", nextPosition, true);
    }

    void edit(ValueView v) {
        editing = v;
        setHeaderTitle(getTranslation("admin.values.dialog.edit", v.name()));
        show(v.name(), v.description(), v.position(), v.active());
    }

    private void show(String n, String d, int p, boolean a) {
        error.clear();
        name.setValue(n);
        description.setValue(d);
        description.setHelperText(getTranslation("admin.values.field.description.count", d.length(), CompanyValue.DESCRIPTION_MAX));
        position.setValue(p);
        active.setValue(a);
        name.setInvalid(false);
        description.setInvalid(false);
        position.setInvalid(false);
        open();
        name.focus();
    }

    private void save() {
        error.clear();
        String n = name.getValue().strip();
        String d = description.getValue().strip();
        boolean ok = true;
        if (n.isEmpty() || n.length() > CompanyValue.NAME_MAX) {
            name.setErrorMessage(n.isEmpty() ? getTranslation("values.error.name.required")
                    : getTranslation("values.error.name.too-long", CompanyValue.NAME_MAX));
            name.setInvalid(true);
            ok = false;
        }
        if (d.length() > CompanyValue.DESCRIPTION_MAX) {
            description.setErrorMessage(getTranslation("values.error.description.too-long", CompanyValue.DESCRIPTION_MAX));
            description.setInvalid(true);
            ok = false;
        }
        Integer p = position.getValue();
        if (p == null || p < 0 || position.isInvalid()) {
            position.setErrorMessage(getTranslation("admin.values.error.position"));
            position.setInvalid(true);
            ok = false;
        }
        if (!ok) {
            error.show(getTranslation("admin.form.invalid"));
            return;
        }
        try {
            if (editing == null) {
                long id = people.createValue(n, d);
                // a new value is added at the end and active; apply the order and state chosen here
                people.updateValue(id, n, d, p, active.getValue());
                AdminUi.success(getTranslation("admin.values.created", n));
            } else {
                people.updateValue(editing.id(), n, d, p, active.getValue());
                AdminUi.success(getTranslation("admin.values.saved", n));
            }
        } catch (UserError e) {
            String message = AdminUi.message(this, e);
            if (e.key().startsWith("values.error.name")) {
                name.setErrorMessage(message);
                name.setInvalid(true);
            } else if (e.key().startsWith("values.error.description")) {
                description.setErrorMessage(message);
                description.setInvalid(true);
            }
            error.show(message);
            return;
        }
        close();
        onSaved.run();
    }
}
