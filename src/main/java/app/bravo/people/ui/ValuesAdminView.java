package app.bravo.people.ui;

import app.bravo.shared.ui.PageTitles;
import app.bravo.people.PeopleService;
import app.bravo.people.ValueView;
import app.bravo.security.Roles;
import app.bravo.shared.i18n.Language;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Administration of the company values that recognition and practices are tied to. A value is
 * retired rather than deleted, so that past kudos keep their meaning.
 */
@Route("admin/values")
@Menu(title = "nav.admin.values", icon = "vaadin:star", order = 82)
@RolesAllowed({Roles.HR, Roles.ADMIN})
@StyleSheet("assets/admin.css")
public class ValuesAdminView extends Main implements HasDynamicTitle {

    final Button create;
    final Grid<ValueView> grid = new Grid<>();
    final ValueEditor editor;

    private final transient PeopleService people;
    private List<ValueView> values = List.of();

    ValuesAdminView(PeopleService people) {
        this.people = people;
        addClassNames("view", "grid-view", "admin-view");
        editor = new ValueEditor(people, this::reload);

        create = AdminUi.primary(getTranslation("admin.values.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addClickListener(e -> editor.openNew(
                values.stream().mapToInt(ValueView::position).max().orElse(0) + 1));
        var toolbar = new FlexLayout(create);
        toolbar.addClassNames("toolbar", "admin-toolbar");

        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(v -> AdminUi.number(getLocale(), v.position())).setHeader(getTranslation("admin.values.column.position"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(0).setWidth("5rem");
        grid.addComponentColumn(this::valueCell).setHeader(getTranslation("admin.values.column.value")).setFlexGrow(1);
        grid.addComponentColumn(v -> AdminUi.badge(this, v.active(), "admin.status.active", "admin.values.retired"))
                .setHeader(getTranslation("admin.column.status")).setFlexGrow(0).setWidth("9rem");
        grid.addItemClickListener(e -> editor.edit(e.getItem()));
        grid.setEmptyStateText(getTranslation("admin.values.empty"));
        grid.setAriaLabel(getTranslation("nav.admin.values"));
        grid.setSizeFull();
        add(toolbar, grid, editor);
        reload();
    }

    private void reload() {
        values = people.values();
        grid.setItems(values);
    }

    /** The value in the reader's language, with its name in the other language beneath (right to left when Persian). */
    private Div valueCell(ValueView v) {
        boolean persian = Language.of(getLocale()) == Language.PERSIAN;
        var name = new Span(v.name(getLocale()));
        name.addClassName("admin-name");
        var other = new Span(persian ? v.name() : v.nameFa());
        other.addClassNames("secondary", "admin-value-other");
        other.getElement().setAttribute("dir", persian ? "ltr" : "rtl");
        other.getElement().setAttribute("lang", persian ? "en" : "fa");
        var description = new Span(v.description(getLocale()));
        description.addClassName("secondary");
        var cell = new Div(name, other, description);
        cell.addClassName("admin-value-cell");
        return cell;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.admin.values"));
    }
}
