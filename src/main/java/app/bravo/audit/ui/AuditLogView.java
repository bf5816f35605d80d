package app.bravo.audit.ui;

import app.bravo.shared.ui.PageTitles;
import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditEntry;
import app.bravo.audit.AuditService;
import app.bravo.security.Roles;
import app.bravo.shared.time.Dates;
import app.bravo.shared.ui.UserSettings;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The audit log of privileged actions, newest first, filtered by action and by text, a page at a time;
 * each entry says what happened in the reader's language ({@link AuditText}). On a phone each entry
 * is one stacked cell, so the log never scrolls sideways.
 */
@Route("admin/audit")
@Menu(title = "nav.admin.audit", icon = "vaadin:records", order = 89)
@RolesAllowed(Roles.ADMIN)
@StyleSheet("styles/import.css")
public class AuditLogView extends Main implements HasDynamicTitle {

    /** Below this window width (a phone) each entry is one stacked cell instead of four columns. */
    static final int COMPACT_BELOW = 640;

    final ComboBox<AuditAction> action = new ComboBox<>();
    final TextField search = new TextField();
    final Grid<AuditEntry> grid = new Grid<>();
    final Grid.Column<AuditEntry> when;
    final Grid.Column<AuditEntry> who;
    final Grid.Column<AuditEntry> what;
    final Grid.Column<AuditEntry> details;
    /** The whole entry in one cell, for a phone: what happened, then when and who. */
    final Grid.Column<AuditEntry> entry;

    private final AuditText text;
    private @Nullable Registration resize;

    AuditLogView(AuditService audit) {
        addClassNames("view", "grid-view", "audit-view");
        text = new AuditText(this::getTranslation, getLocale());

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
        when = grid.addColumn(this::when).setHeader(getTranslation("audit.column.when")).setWidth("10rem").setFlexGrow(0);
        who = grid.addColumn(AuditEntry::getActor).setHeader(getTranslation("audit.column.who")).setWidth("12rem").setFlexGrow(1);
        what = grid.addColumn(e -> label(e.getAction())).setHeader(getTranslation("audit.column.action")).setWidth("10rem").setFlexGrow(1);
        details = grid.addColumn(this::describe).setHeader(getTranslation("audit.column.details")).setWidth("18rem").setFlexGrow(4);
        entry = grid.addColumn(LitRenderer.<AuditEntry>of("""
                        <div class="audit-entry">
                          <div class="audit-entry-text">${item.text}</div>
                          <div class="audit-entry-meta"><span class="audit-entry-action">${item.action}</span>
                            <span>${item.when}</span><span class="audit-entry-who">${item.who}</span></div>
                        </div>""")
                        .withProperty("text", this::describe)
                        .withProperty("action", e -> label(e.getAction()))
                        .withProperty("when", this::when)
                        .withProperty("who", AuditEntry::getActor))
                .setHeader(getTranslation("nav.admin.audit")).setFlexGrow(1);
        entry.setVisible(false);
        grid.setItemsPageable(pageable -> audit.find(action.getValue(), search.getValue(), pageable).getContent());
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setSizeFull();
        add(toolbar, grid);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        var page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(d -> layoutFor(d.getWindowInnerWidth()));
        resize = page.addBrowserWindowResizeListener(e -> layoutFor(e.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resize != null) {
            resize.remove();
            resize = null;
        }
        super.onDetach(event);
    }

    /** Four columns on a wide screen; one stacked column on a phone, so nothing is off-screen. */
    void layoutFor(int windowWidth) {
        boolean compact = windowWidth > 0 && windowWidth < COMPACT_BELOW;
        entry.setVisible(compact);
        for (var column : List.of(when, who, what, details)) {
            column.setVisible(!compact);
        }
    }

    /** What happened, in the reader's language. */
    String describe(AuditEntry e) {
        return text.describe(e);
    }

    private String when(AuditEntry e) {
        return Dates.dateTime(e.getOccurredAt(), getLocale(), UserSettings.zone());
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

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.admin.audit"));
    }
}
