package app.bravo.people.ui;

import app.bravo.shared.ui.ErrorBanner;
import app.bravo.people.CompanyValue;
import app.bravo.people.PeopleService;
import app.bravo.people.ValueView;
import app.bravo.shared.UserError;
import app.bravo.shared.i18n.Language;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import app.bravo.shared.ui.IntegerInput;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * The dialog that adds a company value or changes one: its words in English and in Persian (the
 * Persian fields written right to left), its place in the list, and whether it is retired.
 */
class ValueEditor extends Dialog {

    final ErrorBanner error = new ErrorBanner();
    final TextField name = new TextField();
    final TextField nameFa = new TextField();
    final TextArea description = new TextArea();
    final TextArea descriptionFa = new TextArea();
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
        nameFa.setLabel(getTranslation("admin.values.field.name-fa"));
        description.setLabel(getTranslation("admin.values.field.description"));
        descriptionFa.setLabel(getTranslation("admin.values.field.description-fa"));
        for (TextField f : new TextField[] {name, nameFa}) {
            f.setMaxLength(CompanyValue.NAME_MAX);
            f.setRequired(true);
            f.addValueChangeListener(e -> f.setInvalid(false));
        }
        for (TextArea f : new TextArea[] {description, descriptionFa}) {
            f.setMaxLength(CompanyValue.DESCRIPTION_MAX);
            f.setMinRows(3);
            f.addValueChangeListener(e -> {
                f.setInvalid(false);
                f.setHelperText(count(e.getValue()));
            });
        }
        // the Persian words are typed and read right to left, whatever the page's direction
        nameFa.getElement().setAttribute("dir", "rtl");
        descriptionFa.getElement().setAttribute("dir", "rtl");
        position.setLabel(getTranslation("admin.values.field.position"));
        position.setHelperText(getTranslation("admin.values.field.position.helper"));
        position.setMin(0);
        position.setStepButtonsVisible(true);
        position.setBadInputErrorMessage(getTranslation("admin.values.error.position"));
        position.setMinErrorMessage(getTranslation("admin.values.error.position"));
        active.setLabel(getTranslation("admin.values.field.active"));
        active.setHelperText(getTranslation("admin.values.field.active.helper"));

        var form = AdminUi.form();
        form.add(name, nameFa);
        form.add(description, descriptionFa);
        form.add(position, 2);
        form.add(active, 2);
        var languages = new Paragraph(getTranslation("admin.values.field.languages.helper"));
        languages.addClassName("secondary");
        add(error, languages, form);

        save = AdminUi.primary(getTranslation("admin.save"));
        save.addClickListener(e -> save());
        cancel = new Button(getTranslation("admin.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    void openNew(int nextPosition) {
        editing = null;
        setHeaderTitle(getTranslation("admin.values.dialog.new"));
        show("", "", "", "", nextPosition, true);
    }

    void edit(ValueView v) {
        editing = v;
        setHeaderTitle(getTranslation("admin.values.dialog.edit", v.name(getLocale())));
        show(v.name(), v.nameFa(), v.description(), v.descriptionFa(), v.position(), v.active());
    }

    private void show(String n, String nf, String d, String df, int p, boolean a) {
        error.clear();
        name.setValue(n);
        nameFa.setValue(nf);
        description.setValue(d);
        descriptionFa.setValue(df);
        description.setHelperText(count(d));
        descriptionFa.setHelperText(count(df));
        position.setValue(p);
        active.setValue(a);
        name.setInvalid(false);
        nameFa.setInvalid(false);
        description.setInvalid(false);
        descriptionFa.setInvalid(false);
        position.setInvalid(false);
        open();
        name.focus();
    }

    private String count(String text) {
        return getTranslation("admin.values.field.description.count",
                text.codePointCount(0, text.length()), CompanyValue.DESCRIPTION_MAX);
    }

    /** Marks a field wrong with this message; false, so that the checks can be chained. */
    private static boolean refuse(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        return false;
    }

    private void save() {
        error.clear();
        String n = name.getValue().strip();
        String nf = nameFa.getValue().strip();
        String d = description.getValue().strip();
        String df = descriptionFa.getValue().strip();
        boolean ok = true;
        if (n.isEmpty() || length(n) > CompanyValue.NAME_MAX) {
            ok = refuse(name, n.isEmpty() ? getTranslation("values.error.name.required")
                    : getTranslation("values.error.name.too-long", CompanyValue.NAME_MAX));
        }
        if (nf.isEmpty() || length(nf) > CompanyValue.NAME_MAX) {
            ok = refuse(nameFa, nf.isEmpty() ? getTranslation("values.error.persian-name.required")
                    : getTranslation("values.error.persian-name.too-long", CompanyValue.NAME_MAX));
        }
        if (length(d) > CompanyValue.DESCRIPTION_MAX) {
            ok = refuse(description, getTranslation("values.error.description.too-long", CompanyValue.DESCRIPTION_MAX));
        }
        if (length(df) > CompanyValue.DESCRIPTION_MAX) {
            ok = refuse(descriptionFa, getTranslation("values.error.persian-description.too-long", CompanyValue.DESCRIPTION_MAX));
        }
        Integer p = position.getValue();
        if (p == null || p < 0 || position.isInvalid()) {
            ok = refuse(position, getTranslation("admin.values.error.position"));
        }
        if (!ok) {
            error.show(getTranslation("admin.form.invalid"));
            return;
        }
        try {
            if (editing == null) {
                long id = people.createValue(n, nf, d, df);
                // a new value is added at the end and active; apply the order and state chosen here
                people.updateValue(id, n, nf, d, df, p, active.getValue());
                AdminUi.success(getTranslation("admin.values.created", shown(n, nf)));
            } else {
                people.updateValue(editing.id(), n, nf, d, df, p, active.getValue());
                AdminUi.success(getTranslation("admin.values.saved", shown(n, nf)));
            }
        } catch (UserError e) {
            String message = AdminUi.message(this, e);
            if (e.key().startsWith("values.error.persian-name")) {
                refuse(nameFa, message);
            } else if (e.key().startsWith("values.error.name")) {
                refuse(name, message);
            } else if (e.key().startsWith("values.error.persian-description")) {
                refuse(descriptionFa, message);
            } else if (e.key().startsWith("values.error.description")) {
                refuse(description, message);
            }
            error.show(message);
            return;
        }
        close();
        onSaved.run();
    }

    private String shown(String n, String nf) {
        return Language.of(getLocale()) == Language.PERSIAN ? nf : n;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
