package app.bravo.audit.ui;

import app.bravo.shared.ui.PageTitles;
import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditEntry;
import app.bravo.audit.AuditService;
import app.bravo.security.Roles;
import app.bravo.shared.time.Dates;
import app.bravo.shared.ui.UserSettings;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Set;

/** The audit log of privileged actions, newest first, filtered by action and by text, a page at a time. */
@Route("admin/audit")
@Menu(title = "nav.admin.audit", icon = "vaadin:records", order = 89)
@RolesAllowed(Roles.ADMIN)
@StyleSheet("styles/import.css")
public class AuditLogView extends Main implements HasDynamicTitle {

    private static final Set<String> KNOWN_TARGETS = Set.of("person", "department", "value", "import");

    final ComboBox<AuditAction> action = new ComboBox<>();
    final TextField search = new TextField();
    final Grid<AuditEntry> grid = new Grid<>();

    AuditLogView(AuditService audit) {
        addClassNames("view", "grid-view", "audit-view");

        action.setPlaceholder(getTranslation("audit.filter.action"));
        action.setAriaLabel(getTranslation("audit.filter.action.label"));
        action.setItems(Arrays.asList(AuditAction.values()));
        action.setItemLabelGenerator(this::label);
        action.setClearButtonVisible(true);
        action.addValueChangeListener(e -> refresh());

        search.setPlaceholder(getTranslation("audit.filter.text"));
        search.setAriaLabel(getTranslation("audit.filter.text.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        search.addValueChangeListener(e -> refresh());

        var toolbar = new FlexLayout(action, search);
        toolbar.addClassName("toolbar");

        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> Dates.dateTime(e.getOccurredAt(), getLocale(), UserSettings.zone()))
                .setHeader(getTranslation("audit.column.when")).setWidth("11rem").setFlexGrow(0);
        // Widths in rem so that a phone scrolls the grid sideways instead of squeezing every column.
        grid.addColumn(AuditEntry::getActor).setHeader(getTranslation("audit.column.who")).setWidth("13rem").setFlexGrow(2);
        grid.addColumn(e -> label(e.getAction())).setHeader(getTranslation("audit.column.action")).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(this::target).setHeader(getTranslation("audit.column.target")).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(AuditEntry::getDetails).setHeader(getTranslation("audit.column.details")).setWidth("20rem").setFlexGrow(4);
        grid.setItemsPageable(pageable -> audit.find(action.getValue(), search.getValue(), pageable).getContent());
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setSizeFull();
        add(toolbar, grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    String label(AuditAction a) {
        return getTranslation("audit.action." + a.name());
    }

    /** Actions are stored by name; one that is no longer in the enum is shown as stored. */
    String label(String action) {
        return Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(action)).findFirst()
                .map(this::label).orElse(action);
    }

    String target(AuditEntry e) {
        String id = e.getTargetId() == null ? "" : e.getTargetId();
        return KNOWN_TARGETS.contains(e.getTargetType())
                ? getTranslation("audit.target." + e.getTargetType(), id).strip()
                : getTranslation("audit.target.other", e.getTargetType(), id).strip();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.admin.audit"));
    }
}
