package app.bravo.shell;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.security.BravoUser;
import app.bravo.security.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Every route's browser tab title ends in "· Bravo" (issue 12, point 20), in both languages. */
@IntegrationTest
class PageTitlesTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private List<RouteData> routes() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(r -> r.getNavigationTarget().getPackageName().startsWith("app.bravo"))
                .toList();
    }

    @Test
    void every_route_declares_a_title() {
        assertThat(routes()).hasSizeGreaterThan(10)
                .allSatisfy(r -> assertThat(HasDynamicTitle.class.isAssignableFrom(r.getNavigationTarget())
                        || r.getNavigationTarget().isAnnotationPresent(PageTitle.class))
                        .as("%s has a title", r.getNavigationTarget().getSimpleName()).isTrue());
    }

    @Test
    void every_page_title_ends_with_the_name_of_the_app() {
        BravoUser me = fixtures.signInAs(Role.ADMIN, Role.HR, Role.MODERATOR, Role.MANAGER);
        for (String language : List.of("en", "fa")) {
            UI.getCurrent().setLocale(Locale.forLanguageTag(language));
            String suffix = " · " + UI.getCurrent().getTranslation("app.name");
            for (RouteData route : routes()) {
                Class<? extends Component> target = route.getNavigationTarget();
                if (target.getAnnotation(Route.class).value().equals("login")) {
                    continue; // a signed-in person is sent on from the sign-in page; checked signed out below
                }
                String path = route.getTemplate()
                        .replaceAll(":id\\([^)]*\\)", String.valueOf(me.personId()))
                        .replaceAll(":[a-zA-Z]+(\\([^)]*\\))?\\??", "unknown");
                navigate(path, target);
                assertThat(UI.getCurrent().getInternals().getTitle())
                        .as("title of /%s in %s", path, language).endsWith(suffix).hasSizeGreaterThan(suffix.length());
            }
        }
    }

    @Test
    void the_sign_in_page_title_ends_with_the_name_of_the_app() {
        Fixtures.signOut();
        navigate("login", app.bravo.security.ui.LoginView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Sign in · Bravo");
    }
}
