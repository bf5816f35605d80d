package app.bravo.people.ui;

import app.bravo.shared.ui.PageTitles;
import app.bravo.people.DepartmentNode;
import app.bravo.people.PeopleService;
import app.bravo.people.PersonSummary;
import app.bravo.shared.ui.UserTextColumn;
import app.bravo.security.Roles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.shared.Registration;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The people directory: search by name, filter by department, loaded a page at a time. */
@Route("people")
@Menu(title = "nav.people", icon = "vaadin:users", order = 30)
@RolesAllowed(Roles.EMPLOYEE)
public class DirectoryView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final ComboBox<DepartmentNode> department = new ComboBox<>();
    final Grid<PersonSummary> grid = new Grid<>();

    private static final int NARROW = 700;
    private final transient PeopleService people;
    private final Grid.Column<PersonSummary> title;
    private final Grid.Column<PersonSummary> dept;
    private boolean narrow;

    DirectoryView(PeopleService people) {
        this.people = people;
        addClassNames("view", "directory-view");

        PeopleFilters.setUp(search, department, this::refresh);
        department.setItems(people.departments());
        department.setItemLabelGenerator(DepartmentNode::name);

        var toolbar = new FlexLayout(search, department);
        toolbar.addClassName("toolbar");

        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(p -> narrow ? compactCell(p) : nameCell(p)).setHeader(getTranslation("people.column.name")).setFlexGrow(3);
        title = UserTextColumn.add(grid, PersonSummary::jobTitle).setHeader(getTranslation("people.column.title")).setFlexGrow(2);
        dept = UserTextColumn.add(grid, PersonSummary::departmentName).setHeader(getTranslation("people.column.department")).setFlexGrow(2);
        grid.setItemsPageable(pageable -> people.search(search.getValue(), selectedDepartment(), false, pageable).getContent());
        grid.addItemClickListener(e -> ProfileView.open(e.getItem().id()));
        grid.setEmptyStateText(getTranslation("people.empty"));
        grid.setSizeFull();
        add(toolbar, grid);
    }

    private @Nullable Registration resize;

    @Override
    protected void onAttach(AttachEvent event) {
        // on a phone one column carries name, title and department
        var page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fit(details.getWindowInnerWidth()));
        resize = page.addBrowserWindowResizeListener(e -> fit(e.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // the page outlives this view: a listener left behind would keep every directory ever opened alive
        if (resize != null) {
            resize.remove();
            resize = null;
        }
    }

    void fit(int width) {
        boolean n = width > 0 && width < NARROW;
        if (n != narrow) {
            narrow = n;
            title.setVisible(!n);
            dept.setVisible(!n);
            grid.getDataProvider().refreshAll();
        }
    }

    private @Nullable Long selectedDepartment() {
        return department.getValue() == null ? null : department.getValue().id();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    static Div compactCell(PersonSummary p) {
        return PersonCell.linked(p, Stream.of(p.jobTitle(), p.departmentName()).filter(Objects::nonNull)
                .collect(Collectors.joining(" · ")));
    }

    static Div nameCell(PersonSummary p) {
        return PersonCell.linked(p, p.email());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.people"));
    }
}
