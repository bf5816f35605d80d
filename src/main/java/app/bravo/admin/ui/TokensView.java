package app.bravo.admin.ui;

import app.bravo.admin.ApiScope;
import app.bravo.shared.ui.PageTitles;
import app.bravo.shared.i18n.Bidi;
import app.bravo.shared.i18n.Numbers;
import app.bravo.admin.ApiTokenService;
import app.bravo.admin.ApiTokenView;
import app.bravo.admin.KioskToken;
import app.bravo.admin.KioskTokenService;
import app.bravo.admin.KioskTokenView;
import app.bravo.admin.NewApiToken;
import app.bravo.admin.NewKioskToken;
import app.bravo.people.DepartmentNode;
import app.bravo.people.PeopleService;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.shared.time.Dates;
import app.bravo.shared.ui.UserSettings;
import app.bravo.shared.ui.WindowWidth;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import app.bravo.shared.ui.IntegerInput;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The administrator's tokens: API tokens for integrations and office-screen (kiosk) tokens. A new
 * secret is shown once in a dialog, with a warning that it cannot be shown again; revoking asks
 * for confirmation first.
 */
@Route("admin/tokens")
@Menu(title = "nav.admin.tokens", icon = "vaadin:key", order = 88)
@RolesAllowed(Roles.ADMIN)
@StyleSheet("assets/admin.css")
public class TokensView extends Main implements HasDynamicTitle {

    private static final int NOTIFICATION_MS = 4000;
    static final int NARROW = 640;

    final TextField apiName = new TextField();
    final CheckboxGroup<ApiScope> apiScopes = new CheckboxGroup<>();
    final Button apiCreate = new Button();
    final Grid<ApiTokenView> apiGrid = new Grid<>();

    final TextField kioskName = new TextField();
    final IntegerInput kioskRotation = new IntegerInput();
    final MultiSelectComboBox<DepartmentNode> kioskDepartments = new MultiSelectComboBox<>();
    final Button kioskCreate = new Button();
    final Grid<KioskTokenView> kioskGrid = new Grid<>();

    /** Shows a new secret this once. */
    final Dialog secretDialog = new Dialog();
    final TextField secretField = new TextField();
    final Button secretCopy = new Button();
    final Button secretDone = new Button();

    final ConfirmDialog confirmRevoke = new ConfirmDialog();
    /** The columns a phone has no room for; the name card repeats what they say. */
    final List<Grid.Column<?>> wideOnly = new ArrayList<>();
    private @Nullable Runnable pendingRevoke;

    private final transient ApiTokenService apiTokens;
    private final transient KioskTokenService kioskTokens;

    TokensView(ApiTokenService apiTokens, KioskTokenService kioskTokens, PeopleService people) {
        this.apiTokens = apiTokens;
        this.kioskTokens = kioskTokens;
        addClassNames("view", "admin-view", "tokens-view");

        var intro = new Paragraph(getTranslation("tokens.intro"));
        intro.addClassName("secondary");

        // ---- API tokens ----
        apiName.setLabel(getTranslation("tokens.api.name"));
        apiName.setMaxLength(KioskToken.NAME_MAX);
        apiScopes.setLabel(getTranslation("tokens.api.scopes"));
        apiScopes.setItems(ApiScope.values());
        apiScopes.setItemLabelGenerator(this::scopeLabel);
        apiScopes.setValue(Set.of(ApiScope.FEEDBACK_INTAKE));
        apiCreate.setText(getTranslation("tokens.api.create"));
        apiCreate.setIcon(VaadinIcon.PLUS.create());
        apiCreate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apiCreate.addClickListener(e -> createApiToken());
        var apiToolbar = new FlexLayout(apiName, apiScopes, apiCreate);
        apiToolbar.addClassNames("toolbar", "admin-toolbar");
        apiToolbar.setAlignItems(FlexLayout.Alignment.BASELINE);

        apiGrid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        apiGrid.addComponentColumn(t -> nameCell(t.name(), Bidi.isolate(t.prefix() + "…") + " · " + scopesText(t)))
                .setHeader(getTranslation("tokens.column.name")).setFlexGrow(2);
        wideOnly.add(apiGrid.addComponentColumn(t -> leftToRight(t.prefix() + "…")).setHeader(getTranslation("tokens.column.prefix")));
        wideOnly.add(apiGrid.addColumn(this::scopesText).setHeader(getTranslation("tokens.column.scopes")).setFlexGrow(2));
        wideOnly.add(apiGrid.addColumn(t -> when(t.createdAt())).setHeader(getTranslation("tokens.column.created")));
        wideOnly.add(apiGrid.addColumn(t -> when(t.lastUsedAt())).setHeader(getTranslation("tokens.column.last-used")));
        apiGrid.addComponentColumn(t -> apiActions(t))
                .setHeader(getTranslation("tokens.column.status")).setAutoWidth(true).setFlexGrow(0);
        apiGrid.setItemsPageable(page -> apiTokens.list(page).getContent());
        apiGrid.setEmptyStateText(getTranslation("tokens.api.empty"));
        apiGrid.setAllRowsVisible(true);
        apiGrid.setAriaLabel(getTranslation("tokens.api.title"));
        var apiSection = new Section(new H2(getTranslation("tokens.api.title")), apiToolbar, apiGrid);

        // ---- office screens ----
        kioskName.setLabel(getTranslation("tokens.kiosk.name"));
        kioskName.setMaxLength(KioskToken.NAME_MAX);
        kioskRotation.setLabel(getTranslation("tokens.kiosk.rotation"));
        kioskRotation.setMin(KioskToken.ROTATION_MIN);
        kioskRotation.setMax(KioskToken.ROTATION_MAX);
        kioskRotation.setStepButtonsVisible(true);
        kioskRotation.setValue(KioskToken.ROTATION_DEFAULT);
        kioskDepartments.setLabel(getTranslation("tokens.kiosk.departments"));
        kioskDepartments.setHelperText(getTranslation("tokens.kiosk.departments.helper"));
        kioskDepartments.setItems(people.departments());
        kioskDepartments.setItemLabelGenerator(DepartmentNode::name);
        kioskCreate.setText(getTranslation("tokens.kiosk.create"));
        kioskCreate.setIcon(VaadinIcon.PLUS.create());
        kioskCreate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        kioskCreate.addClickListener(e -> createKioskToken());
        var kioskToolbar = new FlexLayout(kioskName, kioskRotation, kioskDepartments, kioskCreate);
        kioskToolbar.addClassNames("toolbar", "admin-toolbar");
        kioskToolbar.setAlignItems(FlexLayout.Alignment.BASELINE);

        kioskGrid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        kioskGrid.addComponentColumn(t -> nameCell(t.name(), Bidi.isolate(t.prefix() + "…") + " · "
                        + getTranslation("tokens.kiosk.every", t.rotationSeconds()) + " · " + departmentsText(t)))
                .setHeader(getTranslation("tokens.column.name")).setFlexGrow(2);
        wideOnly.add(kioskGrid.addComponentColumn(t -> leftToRight(t.prefix() + "…")).setHeader(getTranslation("tokens.column.prefix")));
        wideOnly.add(kioskGrid.addColumn(t -> Numbers.format(t.rotationSeconds(), getLocale())).setHeader(getTranslation("tokens.column.rotation")));
        wideOnly.add(kioskGrid.addColumn(this::departmentsText).setHeader(getTranslation("tokens.column.departments")).setFlexGrow(2));
        wideOnly.add(kioskGrid.addColumn(t -> when(t.lastSeenAt())).setHeader(getTranslation("tokens.column.last-seen")));
        kioskGrid.addComponentColumn(t -> status(t.revokedAt(), () -> askRevoke(t)))
                .setHeader(getTranslation("tokens.column.status")).setAutoWidth(true).setFlexGrow(0);
        kioskGrid.setItemsPageable(page -> kioskTokens.list(page).getContent());
        kioskGrid.setEmptyStateText(getTranslation("tokens.kiosk.empty"));
        kioskGrid.setAllRowsVisible(true);
        kioskGrid.setAriaLabel(getTranslation("tokens.kiosk.title"));
        var kioskSection = new Section(new H2(getTranslation("tokens.kiosk.title")), kioskToolbar, kioskGrid);

        // ---- the secret, shown once ----
        secretField.setReadOnly(true);
        secretField.setWidthFull();
        secretField.setHelperText(getTranslation("tokens.secret.copy-hint"));
        secretCopy.setText(getTranslation("tokens.secret.copy"));
        secretCopy.setIcon(VaadinIcon.COPY_O.create());
        secretCopy.addClickListener(e -> {
            e.getSource().getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", secretField.getValue());
            notify(getTranslation("tokens.secret.copied"), false);
        });
        secretDone.setText(getTranslation("tokens.secret.done"));
        secretDone.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        secretDone.addClickListener(e -> {
            secretField.clear();
            secretDialog.close();
        });
        var warning = new Paragraph(getTranslation("tokens.secret.warning"));
        warning.addClassName("admin-error");
        warning.getElement().setAttribute("role", "alert");
        secretDialog.add(warning, secretField);
        secretDialog.getFooter().add(secretCopy, secretDone);
        secretDialog.setWidth("40rem");
        secretDialog.setMaxWidth("100%");
        secretDialog.setCloseOnOutsideClick(false);
        secretDialog.setCloseOnEsc(false);
        secretDialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                secretField.clear();
            }
        });

        confirmRevoke.setCancelable(true);
        confirmRevoke.setCancelText(getTranslation("kiosk.cancel"));
        confirmRevoke.setConfirmText(getTranslation("tokens.revoke"));
        confirmRevoke.setConfirmButtonTheme("error primary");
        confirmRevoke.addConfirmListener(e -> {
            Runnable r = pendingRevoke;
            pendingRevoke = null;
            if (r != null) {
                r.run();
            }
        });

        add(intro, apiSection, kioskSection, secretDialog, confirmRevoke);

        // on a phone each row is a card: the name with its details under it, and the actions beside it
        WindowWidth.follow(this, this::fitTo);
    }

    /** Below {@value #NARROW} px only the name cards and the actions are shown, so nothing scrolls sideways. */
    void fitTo(int width) {
        boolean wide = width > NARROW;
        wideOnly.forEach(c -> c.setVisible(wide));
        getElement().getClassList().set("narrow", !wide);
    }

    boolean isNarrow() {
        return getElement().getClassList().contains("narrow");
    }

    private static Component nameCell(String name, String details) {
        var title = new Span(name);
        title.addClassName("admin-name");
        title.getElement().setAttribute("dir", "auto");
        var more = new Span(details);
        // the line follows the page's direction; the secret's start and the names in it are isolated
        more.addClassNames("secondary", "token-details");
        var cell = new Div(title, more);
        cell.addClassName("token-card");
        return cell;
    }

    /** A secret's start reads left to right in a right-to-left page too, so that it is cut at its end. */
    private static Component leftToRight(String text) {
        var span = new Span(text);
        span.getElement().setAttribute("dir", "ltr");
        return span;
    }

    private String departmentsText(KioskTokenView t) {
        return t.departments().isEmpty() ? getTranslation("tokens.kiosk.all-departments") : t.departments().stream().map(Bidi::isolate).collect(Collectors.joining(getTranslation("list.separator")));
    }

    private void createApiToken() {
        try {
            NewApiToken token = apiTokens.create(apiName.getValue(), apiScopes.getValue());
            apiName.clear();
            apiName.setInvalid(false);
            apiGrid.getDataProvider().refreshAll();
            apiScopes.setInvalid(false);
            showSecret("tokens.secret.api.title", token.token());
        } catch (UserError e) {
            boolean scopes = e.key().equals("admin.token.error.scopes");
            var field = scopes ? apiScopes : apiName;
            field.setErrorMessage(getTranslation(e.key(), e.args()));
            field.setInvalid(true);
            (scopes ? apiName : apiScopes).setInvalid(false);
        }
    }

    private void createKioskToken() {
        Integer rotation = kioskRotation.getValue();
        try {
            NewKioskToken token = kioskTokens.create(kioskName.getValue(),
                    rotation == null ? KioskToken.ROTATION_DEFAULT : rotation,
                    kioskDepartments.getValue().stream().map(DepartmentNode::id).toList());
            kioskName.clear();
            kioskName.setInvalid(false);
            kioskDepartments.clear();
            kioskGrid.getDataProvider().refreshAll();
            showSecret("tokens.secret.kiosk.title", baseUrl() + token.path());
        } catch (UserError e) {
            notify(getTranslation(e.key(), e.args()), true);
        }
    }

    private void showSecret(String titleKey, String secret) {
        secretDialog.setHeaderTitle(getTranslation(titleKey));
        secretField.setValue(secret);
        secretDialog.open();
    }

    void askReplace(ApiTokenView token) {
        confirmRevoke.setHeader(getTranslation("tokens.replace.header", token.name()));
        confirmRevoke.setText(getTranslation("tokens.replace.text"));
        confirmRevoke.setConfirmText(getTranslation("tokens.replace"));
        pendingRevoke = () -> {
            NewApiToken made = apiTokens.replace(token.id());
            apiGrid.getDataProvider().refreshAll();
            showSecret("tokens.secret.api.title", made.token());
        };
        confirmRevoke.open();
    }

    void askRevoke(ApiTokenView token) {
        confirmRevoke.setConfirmText(getTranslation("tokens.revoke"));
        confirmRevoke.setHeader(getTranslation("tokens.revoke.api.header", token.name()));
        confirmRevoke.setText(getTranslation("tokens.revoke.api.text"));
        pendingRevoke = () -> {
            apiTokens.revoke(token.id());
            apiGrid.getDataProvider().refreshAll();
            notify(getTranslation("tokens.revoked", token.name()), false);
        };
        confirmRevoke.open();
    }

    void askRevoke(KioskTokenView token) {
        confirmRevoke.setConfirmText(getTranslation("tokens.revoke"));
        confirmRevoke.setHeader(getTranslation("tokens.revoke.kiosk.header", token.name()));
        confirmRevoke.setText(getTranslation("tokens.revoke.kiosk.text"));
        pendingRevoke = () -> {
            kioskTokens.revoke(token.id());
            kioskGrid.getDataProvider().refreshAll();
            notify(getTranslation("tokens.revoked", token.name()), false);
        };
        confirmRevoke.open();
    }

    private Component apiActions(ApiTokenView token) {
        Component status = status(token.revokedAt(), () -> askRevoke(token));
        if (token.revokedAt() != null) {
            return status;
        }
        var replace = new Button(getTranslation("tokens.replace"), e -> askReplace(token));
        replace.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var actions = new FlexLayout(replace, status);
        actions.addClassName("token-actions");
        return actions;
    }

    private String scopeLabel(ApiScope scope) {
        return getTranslation("tokens.scope." + scope.name());
    }

    private String scopesText(ApiTokenView token) {
        return token.scopes().stream().sorted().map(this::scopeLabel).collect(Collectors.joining(getTranslation("list.separator")));
    }

    private Component status(@Nullable Instant revokedAt, Runnable revoke) {
        if (revokedAt != null) {
            var badge = new Span(getTranslation("tokens.status.revoked") + " " + when(revokedAt));
            badge.getElement().getThemeList().add("badge error");
            return badge;
        }
        var button = new Button(getTranslation("tokens.revoke"), e -> revoke.run());
        button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private String when(@Nullable Instant instant) {
        return instant == null ? getTranslation("tokens.never") : Dates.dateTime(instant, getLocale(), UserSettings.zone());
    }

    /** The application's address as the administrator's browser reached it, so the screen address can be pasted as is. */
    private static String baseUrl() {
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current == null) {
            return "/";
        }
        HttpServletRequest r = current.getHttpServletRequest();
        int port = r.getServerPort();
        boolean defaultPort = port <= 0 || ("https".equals(r.getScheme()) && port == 443) || ("http".equals(r.getScheme()) && port == 80);
        return r.getScheme() + "://" + r.getServerName() + (defaultPort ? "" : ":" + port) + r.getContextPath() + "/";
    }

    private static void notify(String message, boolean error) {
        var n = Notification.show(message, error ? 6000 : NOTIFICATION_MS,
                error ? Notification.Position.TOP_CENTER : Notification.Position.BOTTOM_START);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.admin.tokens"));
    }
}
