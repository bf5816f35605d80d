package app.bravo.shell;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.home.HomeView;
import app.bravo.security.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private List<String> menuPaths() {
        navigate(HomeView.class);
        MainLayout layout = $(MainLayout.class).single();
        return $(SideNavItem.class, layout.nav).all().stream().map(SideNavItem::getPath).toList();
    }

    @Test
    void an_employee_sees_only_what_an_employee_may_open() {
        fixtures.signInAs();
        assertThat(menuPaths()).contains("", "people").noneMatch(p -> p.startsWith("admin"));
    }

    @Test
    void the_menu_labels_are_translated() {
        fixtures.signInAs();
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("fa"));
        navigate(HomeView.class);
        MainLayout layout = $(MainLayout.class).single();
        assertThat($(SideNavItem.class, layout.nav).all()).extracting(SideNavItem::getLabel).contains("همکاران");
    }
}
