package app.bravo.shell;

import app.bravo.inbox.InboxService;
import app.bravo.inbox.ui.InboxBadge;
import app.bravo.inbox.ui.InboxView;
import app.bravo.shared.live.Broadcaster;
import app.bravo.shared.ui.OwnPhoto;
import app.bravo.shared.ui.PageTitles;
import app.bravo.shared.ui.Theme;
import app.bravo.shared.ui.Preferences;
import app.bravo.shared.ui.UserSettings;
import app.bravo.security.BravoUser;
import app.bravo.security.CurrentUser;
import app.bravo.shared.i18n.Language;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The shell around every signed-in view: a side menu of what this person may open, and a header
 * with the view's title and the person's menu (profile, settings, language, theme, sign out). On a phone the
 * menu folds into a drawer.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    final H1 viewTitle = new H1();
    final SideNav nav = new SideNav();
    final MenuBar userMenu = new MenuBar();

    private final transient AuthenticationContext authentication;
    private final transient Preferences preferences;
    private final transient OwnPhoto photo;
    private final transient CurrentUser currentUser;
    private final transient InboxService inbox;
    private final transient Broadcaster broadcaster;

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, Preferences preferences, OwnPhoto photo,
               InboxService inbox, Broadcaster broadcaster) {
        this.authentication = authentication;
        this.preferences = preferences;
        this.photo = photo;
        this.currentUser = currentUser;
        this.inbox = inbox;
        this.broadcaster = broadcaster;
        setPrimarySection(Section.DRAWER);
        addClassName("bravo-shell");

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        viewTitle.addClassName("view-title");
        var spacer = new Div();
        spacer.addClassName("spacer");
        currentUser.get().ifPresent(this::buildUserMenu);
        addToNavbar(toggle, viewTitle, spacer, userMenu);

        var brand = new Div(VaadinIcon.HANDS_UP.create(), new Span(getTranslation("app.name")));
        brand.addClassName("brand");
        nav.getElement().setAttribute("aria-label", getTranslation("shell.navigation"));
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        addToDrawer(brand, new Scroller(nav));
    }

    private SideNavItem item(MenuEntry entry) {
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        if (InboxView.ROUTE.equals(entry.path().replaceFirst("^/", ""))) {
            // the menu lists the inbox only for a signed-in employee, who may read their unread count
            currentUser.get().ifPresent(user -> item.setSuffixComponent(new InboxBadge(inbox, broadcaster, user.personId())));
        }
        return item;
    }

    private void buildUserMenu(BravoUser user) {
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        userMenu.getElement().setAttribute("aria-label", getTranslation("shell.user-menu"));
        var avatar = new Avatar(user.displayName());
        avatar.addClassName("user-avatar");
        photo.url().ifPresent(avatar::setImage);
        MenuItem root = userMenu.addItem(avatar);
        root.setAriaLabel(getTranslation("shell.user-menu") + ": " + user.displayName());
        SubMenu menu = root.getSubMenu();
        var name = menu.addItem(new Span(user.displayName()));
        name.setEnabled(false);
        menu.addItem(label(VaadinIcon.USER, "shell.profile"),
                e -> UI.getCurrent().navigate("people/" + user.personId()));
        menu.addItem(label(VaadinIcon.COG, "shell.settings"), e -> UI.getCurrent().navigate("settings"));

        SubMenu languages = menu.addItem(label(VaadinIcon.GLOBE, "shell.language")).getSubMenu();
        for (Language language : Language.values()) {
            MenuItem item = languages.addItem(getTranslation("language." + language.code()), e -> switchLanguage(language));
            item.setCheckable(true);
            item.setChecked(UserSettings.language() == language);
        }
        SubMenu themes = menu.addItem(label(VaadinIcon.ADJUST, "shell.theme")).getSubMenu();
        for (Theme theme : Theme.values()) {
            MenuItem item = themes.addItem(getTranslation("theme." + theme.code()));
            item.setCheckable(true);
            item.setChecked(UserSettings.theme() == theme);
            item.addClickListener(e -> {
                themes.getItems().forEach(i -> i.setChecked(i == item));
                UserSettings.setTheme(theme);
                preferences.saveTheme(theme);
            });
        }
        menu.addItem(label(VaadinIcon.SIGN_OUT, "shell.sign-out"), e -> authentication.logout());
    }

    private Component label(VaadinIcon icon, String key) {
        var span = new Span(icon.create(), new Span(getTranslation(key)));
        span.addClassName("menu-label");
        return span;
    }

    private void switchLanguage(Language language) {
        preferences.saveLanguage(language);
        UserSettings.setLanguage(language);
        UI.getCurrent().getPage().reload();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).map(t -> PageTitles.pageName(this, t))
                .orElse(getTranslation("app.name")));
    }
}
