package app.bravo.people.ui;

import app.bravo.shared.ui.ErrorBanner;
import app.bravo.people.Department;
import app.bravo.people.DepartmentNode;
import app.bravo.people.PeopleService;
import app.bravo.shared.UserError;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/** The dialog that adds a department, or renames one and moves it under another parent. */
class DepartmentEditor extends Dialog {

    final ErrorBanner error = new ErrorBanner();
    final TextField name = new TextField();
    final ComboBox<DepartmentNode> parent = new ComboBox<>();
    final Button save;
    final Button cancel;

    private final transient PeopleService people;
    private final LongConsumer onSaved;
    private @Nullable Long departmentId;

    DepartmentEditor(PeopleService people, LongConsumer onSaved) {
        this.people = people;
        this.onSaved = onSaved;
        AdminUi.styleDialog(this);
        setWidth("30rem");

        name.setLabel(getTranslation("admin.departments.field.name"));
        name.setMaxLength(Department.NAME_MAX);
        name.setRequired(true);
        name.addValueChangeListener(e -> name.setInvalid(false));
        parent.setLabel(getTranslation("admin.departments.field.parent"));
        parent.setPlaceholder(getTranslation("admin.departments.field.parent.none"));
        parent.setHelperText(getTranslation("admin.departments.field.parent.helper"));
        parent.setClearButtonVisible(true);
        parent.addValueChangeListener(e -> parent.setInvalid(false));

        var form = AdminUi.form();
        form.setResponsiveSteps(new com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep("0", 1));
        form.add(name, parent);
        add(error, form);

        save = AdminUi.primary(getTranslation("admin.save"));
        save.addClickListener(e -> save());
        cancel = new Button(getTranslation("admin.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /** Opens the dialog to add a department under this parent, or at the top when there is none. */
    void openNew(@Nullable DepartmentNode under) {
        departmentId = null;
        setHeaderTitle(under == null ? getTranslation("admin.departments.dialog.new")
                : getTranslation("admin.departments.dialog.new-sub", under.name()));
        show(people.departments(), Set.of(), "", under == null ? null : under.id());
    }

    /** Opens the dialog on an existing department, to rename it or move it. */
    void edit(DepartmentNode node) {
        departmentId = node.id();
        setHeaderTitle(getTranslation("admin.departments.dialog.edit", node.name()));
        List<DepartmentNode> nodes = people.departments();
        show(nodes, DepartmentPaths.of(nodes).subtree(node.id()), node.name(), node.parentId());
    }

    private void show(List<DepartmentNode> nodes, Set<Long> excluded, String currentName, @Nullable Long parentId) {
        error.clear();
        var paths = DepartmentPaths.of(nodes);
        var candidates = nodes.stream().filter(d -> !excluded.contains(d.id()))
                .sorted((a, b) -> paths.label(a).compareToIgnoreCase(paths.label(b))).toList();
        parent.setItems(candidates);
        parent.setItemLabelGenerator(paths::label);
        parent.setValue(parentId == null ? null : candidates.stream().filter(d -> d.id() == parentId).findFirst().orElse(null));
        name.setValue(currentName);
        name.setInvalid(false);
        parent.setInvalid(false);
        open();
        name.focus();
    }

    private void save() {
        error.clear();
        String n = name.getValue().strip();
        if (n.isEmpty() || n.length() > Department.NAME_MAX) {
            name.setErrorMessage(n.isEmpty() ? getTranslation("departments.error.name.required")
                    : getTranslation("departments.error.name.too-long", Department.NAME_MAX));
            name.setInvalid(true);
            error.show(getTranslation("admin.form.invalid"));
            return;
        }
        Long parentId = parent.getValue() == null ? null : parent.getValue().id();
        long id;
        try {
            if (departmentId == null) {
                id = people.createDepartment(n, parentId);
                AdminUi.success(getTranslation("admin.departments.created", n));
            } else {
                id = departmentId;
                people.updateDepartment(id, n, parentId);
                AdminUi.success(getTranslation("admin.departments.saved", n));
            }
        } catch (UserError e) {
            String message = AdminUi.message(this, e);
            if (e.key().equals("departments.error.cycle")) {
                parent.setErrorMessage(message);
                parent.setInvalid(true);
            } else if (e.key().startsWith("departments.error.name")) {
                name.setErrorMessage(message);
                name.setInvalid(true);
            }
            error.show(message);
            return;
        }
        close();
        onSaved.accept(id);
    }
}
