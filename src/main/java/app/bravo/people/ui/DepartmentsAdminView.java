package app.bravo.people.ui;

import app.bravo.shared.ui.PageTitles;
import app.bravo.people.DepartmentNode;
import app.bravo.people.PeopleService;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Administration of the departments tree: add a department at the top or under another, rename
 * or move one, and delete an empty one. The service refuses loops and non-empty deletions; its
 * reason is shown as it gives it.
 */
@Route("admin/departments")
@Menu(title = "nav.admin.departments", icon = "vaadin:sitemap", order = 81)
@RolesAllowed(Roles.ADMIN)
@StyleSheet("assets/admin.css")
public class DepartmentsAdminView extends Main implements HasDynamicTitle {

    final Button create;
    final Button createSub;
    final Button edit;
    final Button delete;
    final TreeGrid<DepartmentNode> tree = new TreeGrid<>();
    final DepartmentEditor editor;
    final ConfirmDialog confirmDelete;

    private final transient PeopleService people;
    private final TreeData<DepartmentNode> data = new TreeData<>();

    DepartmentsAdminView(PeopleService people) {
        this.people = people;
        addClassNames("view", "grid-view", "admin-view");
        editor = new DepartmentEditor(people, this::reloadAndSelect);

        create = AdminUi.primary(getTranslation("admin.departments.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addClickListener(e -> editor.openNew(null));
        createSub = new Button(getTranslation("admin.departments.new-sub"), VaadinIcon.PLUS_SQUARE_O.create(),
                e -> selected().ifPresent(editor::openNew));
        edit = new Button(getTranslation("admin.departments.edit"), VaadinIcon.EDIT.create(),
                e -> selected().ifPresent(editor::edit));
        delete = new Button(getTranslation("admin.departments.delete"), VaadinIcon.TRASH.create(),
                e -> selected().ifPresent(this::askDelete));
        delete.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR);

        var toolbar = new FlexLayout(create, createSub, edit, delete);
        toolbar.addClassNames("toolbar", "admin-toolbar");
        var hint = new Paragraph(getTranslation("admin.departments.hint"));
        hint.addClassNames("secondary", "admin-hint");

        tree.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        tree.addHierarchyColumn(DepartmentNode::name).setHeader(getTranslation("admin.departments.column.name")).setFlexGrow(1);
        tree.addColumn(n -> AdminUi.number(getLocale(), n.people())).setHeader(getTranslation("admin.departments.column.people"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(0).setWidth("8rem");
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.setEmptyStateText(getTranslation("admin.departments.empty"));
        tree.setAriaLabel(getTranslation("nav.admin.departments"));
        tree.setSizeFull();
        tree.addSelectionListener(e -> updateButtons());
        tree.addItemDoubleClickListener(e -> editor.edit(e.getItem()));

        confirmDelete = AdminUi.confirm(this, "admin.departments.delete");
        confirmDelete.addConfirmListener(e -> selected().ifPresent(this::delete));

        add(toolbar, hint, tree, editor, confirmDelete);
        reload();
        updateButtons();
    }

    private java.util.Optional<DepartmentNode> selected() {
        return tree.getSelectedItems().stream().findFirst();
    }

    private void updateButtons() {
        boolean any = selected().isPresent();
        createSub.setEnabled(any);
        edit.setEnabled(any);
        delete.setEnabled(any);
    }

    /** Reads the tree again from the service and shows it fully expanded. */
    void reload() {
        List<DepartmentNode> nodes = people.departments();
        Map<Long, DepartmentNode> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        data.clear();
        // parents first, so that each child finds its parent in the tree
        var added = new java.util.HashSet<Long>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (DepartmentNode n : nodes) {
                if (added.contains(n.id())) {
                    continue;
                }
                @Nullable DepartmentNode parent = n.parentId() == null ? null : byId.get(n.parentId());
                if (parent == null || added.contains(parent.id())) {
                    data.addItem(parent, n);
                    added.add(n.id());
                    progress = true;
                }
            }
        }
        tree.getDataProvider().refreshAll();
        tree.expandRecursively(data.getRootItems(), Integer.MAX_VALUE);
    }

    private void reloadAndSelect(long id) {
        reload();
        find(id).ifPresentOrElse(tree::select, tree::deselectAll);
        updateButtons();
    }

    /** The department with this id as the tree shows it now. */
    java.util.Optional<DepartmentNode> find(long id) {
        return flatten(data.getRootItems()).stream().filter(n -> n.id() == id).findFirst();
    }

    private List<DepartmentNode> flatten(List<DepartmentNode> level) {
        var all = new java.util.ArrayList<DepartmentNode>();
        for (DepartmentNode n : level) {
            all.add(n);
            all.addAll(flatten(data.getChildren(n)));
        }
        return all;
    }

    /** The department that holds this one in the tree, if any. */
    java.util.Optional<DepartmentNode> parentOf(DepartmentNode node) {
        return java.util.Optional.ofNullable(data.getParent(node));
    }

    private void askDelete(DepartmentNode node) {
        confirmDelete.setHeader(getTranslation("admin.departments.delete.confirm-title", node.name()));
        confirmDelete.setText(getTranslation("admin.departments.delete.confirm-text", node.name()));
        confirmDelete.open();
    }

    private void delete(DepartmentNode node) {
        try {
            people.deleteDepartment(node.id());
        } catch (UserError e) {
            AdminUi.failure(AdminUi.message(this, e));
            return;
        }
        AdminUi.success(getTranslation("admin.departments.deleted", node.name()));
        tree.deselectAll();
        reload();
        updateButtons();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.admin.departments"));
    }
}
