package app.bravo.people.ui;

import app.bravo.shared.ui.PageTitles;
import app.bravo.people.DepartmentNode;
import app.bravo.people.PeopleService;
import app.bravo.people.PersonSummary;
import app.bravo.shared.ui.UserTextColumn;
import app.bravo.security.Roles;
import app.bravo.shared.ui.WindowWidth;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Administration of people: find anyone, former staff included, and add, change, deactivate or
 * reactivate them in a dialog.
 */
@Route("admin/people")
@Menu(title = "nav.admin.people", icon = "vaadin:user-card", order = 80)
@RolesAllowed(Roles.ADMIN)
@StyleSheet("assets/admin.css")
public class PeopleAdminView extends Main implements HasDynamicTitle {

    private static final int NARROW = 640;

    final TextField search = new TextField();
    final ComboBox<DepartmentNode> department = new ComboBox<>();
    final Checkbox showInactive = new Checkbox();
    final Button create;
    final Grid<PersonSummary> grid = new Grid<>();
    final PersonEditor editor;

    private final Grid.Column<PersonSummary> titleColumn;
    private final Grid.Column<PersonSummary> departmentColumn;
    private final transient PeopleService people;

    PeopleAdminView(PeopleService people) {
        this.people = people;
        addClassNames("view", "grid-view", "admin-view");
        editor = new PersonEditor(people, this::refresh);

        PeopleFilters.setUp(search, department, this::refresh);
        var nodes = people.departments();
        department.setItems(nodes);
        department.setItemLabelGenerator(DepartmentPaths.of(nodes)::label);

        showInactive.setLabel(getTranslation("admin.people.show-inactive"));
        showInactive.addValueChangeListener(e -> refresh());

        create = AdminUi.primary(getTranslation("admin.people.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addClickListener(e -> editor.openNew());

        var toolbar = new FlexLayout(search, department, showInactive, create);
        toolbar.addClassNames("toolbar", "admin-toolbar");

        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(PeopleAdminView::nameCell).setHeader(getTranslation("people.column.name"))
                .setFlexGrow(3).setAutoWidth(false);
        titleColumn = UserTextColumn.add(grid, PersonSummary::jobTitle)
                .setHeader(getTranslation("people.column.title")).setFlexGrow(2);
        departmentColumn = UserTextColumn.add(grid, PersonSummary::departmentName)
                .setHeader(getTranslation("people.column.department")).setFlexGrow(2);
        grid.addComponentColumn(p -> AdminUi.badge(this, p.active(), "admin.status.active", "people.inactive"))
                .setHeader(getTranslation("admin.column.status")).setFlexGrow(0).setWidth("9rem");
        grid.setItemsPageable(pageable ->
                people.search(search.getValue(), selectedDepartment(), showInactive.getValue(), pageable).getContent());
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText(getTranslation("people.empty"));
        grid.setSizeFull();
        grid.setAriaLabel(getTranslation("nav.admin.people"));
        add(toolbar, grid, editor);

        // on a phone only the name and the status fit; the dialog shows the rest
        WindowWidth.follow(this, this::fitColumns);
    }

    private void fitColumns(int width) {
        boolean wide = width > NARROW;
        titleColumn.setVisible(wide);
        departmentColumn.setVisible(wide);
    }

    private void open(PersonSummary p) {
        people.find(p.id()).ifPresentOrElse(editor::edit, () -> {
            AdminUi.failure(getTranslation("people.error.not-found"));
            refresh();
        });
    }

    private @Nullable Long selectedDepartment() {
        return department.getValue() == null ? null : department.getValue().id();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private static Div nameCell(PersonSummary p) {
        return PersonCell.plain(p, p.email());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.admin.people"));
    }
}
