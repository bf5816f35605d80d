package app.bravo.journey;

import app.bravo.Fixtures;
import app.bravo.people.PersonForm;
import app.bravo.security.Role;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.LocalDate;
import java.util.Set;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Use cases that only a real browser shows: signing in with each demo role and seeing that role's
 * menu, a refused password (the e-mail kept), signing out, the switch to Persian and right-to-left,
 * a deactivated person thrown out of an open page, a role taken away from an open page, and no
 * serious accessibility violations in either language. Headless
 * Debian Chromium at /usr/bin/chromium, driven by Playwright; the demo company is seeded.
 */
class SignInJourneyIT extends BrowserJourney {

    /** Side-menu paths every signed-in role sees. */
    static final List<String> EVERYONE_PATHS = List.of("", "people", "kudos", "rewards", "inbox", "kudos/leaderboard", "pulse");

    /**
     * Side-menu paths the administrator sees. EXTEND THIS LIST as the admin views land:
     * "admin/people", "admin/departments", "admin/values", "admin/import", "admin/audit".
     */
    static final List<String> EXPECTED_ADMIN_PATHS = List.of("people", "admin/people", "admin/departments", "admin/values", "admin/import", "admin/audit", "admin/tokens",
            "admin/calendar");

    /** Paths that start with this are for administrators only. */
    static final String ADMIN_PREFIX = "admin/";

    // ---- journeys ----

    @ParameterizedTest(name = "{0} signs in and sees the menu of that role")
    @ValueSource(strings = {"employee", "manager", "moderator", "hr", "admin"})
    void each_demo_role_signs_in_and_sees_its_side_menu(String role) {
        signIn(role + "@bravo.demo", DEMO_PASSWORD);

        List<String> paths = sideMenuPaths();
        assertThat(paths).as("side menu of %s", role).containsAll(EVERYONE_PATHS);
        if (role.equals("admin")) {
            assertThat(paths).as("side menu of the administrator").containsAll(EXPECTED_ADMIN_PATHS);
        } else if (role.equals("hr")) {
            // company values and the company calendar are HR's too (DESIGN section 1); the rest of the administration is not
            assertThat(paths).as("side menu of hr").filteredOn(p -> p.startsWith(ADMIN_PREFIX))
                    .containsExactly("admin/values", "admin/calendar");
            assertThat(paths).as("HR's recognition pages").contains("kudos/admin", "kudos/pairs", "kudos/approvals", "rewards/manage");
            assertThat(paths).as("HR's pulse pages").contains("pulse/manage");
        } else {
            assertThat(paths).as("side menu of %s", role).noneMatch(p -> p.startsWith(ADMIN_PREFIX))
                    .doesNotContain("pulse/manage");
        }
    }

    @Test
    void a_wrong_password_shows_the_error_and_signs_nobody_in() {
        page.navigate(url("login"));
        submitLogin("employee@bravo.demo", "not-the-password");

        page.getByText("Incorrect e-mail or password").waitFor();
        assertThat(page.url()).contains("login").contains("error");
        assertThat(page.locator("vaadin-app-layout").count()).isZero();
        // the e-mail stays, so only the password needs typing again
        page.waitForFunction("() => document.querySelector(\"vaadin-login-form input[name='username']\")?.value === 'employee@bravo.demo'");

        // no session: a signed-in page sends the browser back to the sign-in page
        page.navigate(url("people"));
        page.locator("vaadin-login-form").waitFor();
        assertThat(page.url()).contains("login");
        assertThat(page.locator("vaadin-app-layout").count()).isZero();
    }

    @Test
    void an_employee_switches_to_persian_through_the_user_menu() {
        String email = newPerson("Persian Reader");
        signIn(email, PASSWORD);
        assertThat(page.locator("html").getAttribute("dir")).isNotEqualTo("rtl");

        switchLanguage("Language", "فارسی");

        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fa");
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("همکاران")).waitFor();
        assertThat(page.locator("vaadin-side-nav-item").allInnerTexts()).anyMatch(t -> t.contains("خانه"));

        // the choice is the person's: it survives signing in again
        context.clearCookies();
        signIn(email, PASSWORD);
        page.locator("html[dir='rtl']").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
    }

    @Test
    void a_deactivated_employee_is_sent_from_the_open_page_to_the_sign_in_page() {
        String email = newPerson("Leaving Soon");
        signIn(email, PASSWORD);
        page.navigate(url("people"));
        page.locator("vaadin-grid").waitFor();

        asAdmin(() -> peopleService.deactivate(peopleService.idOfEmail(email).orElseThrow()));

        // the server pushes the open tab to the sign-in page; nobody touches the browser
        page.locator("vaadin-login-form").waitFor();
        assertThat(page.url()).contains("login");
        page.navigate(url(""));
        page.locator("vaadin-login-form").waitFor();
        assertThat(page.locator("vaadin-app-layout").count()).isZero();

        // and the password no longer opens the door
        submitLogin(email, PASSWORD);
        page.getByText("Incorrect e-mail or password").waitFor();
    }

    @Test
    void the_browser_refuses_what_comes_from_other_origins_and_the_journeys_notice() {
        page.navigate(url("login"));
        page.locator("vaadin-login-form").waitFor();

        // an injected image from elsewhere: the Content-Security-Policy blocks it
        page.evaluate("() => { const i = new Image(); i.src = 'https://outside.example/pixel.png'; document.body.append(i); }");

        page.waitForCondition(() -> !cspViolations.isEmpty());
        assertThat(cspViolations).anyMatch(v -> v.contains("img-src") || v.contains("outside.example"));
        cspViolations.clear(); // expected here; any other violation fails the journey
    }

    @Test
    void signing_out_says_so_on_the_sign_in_page() {
        signIn(newPerson("Leaving For Lunch"), PASSWORD);

        page.locator("vaadin-menu-bar vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item").filter(new Locator.FilterOptions().setHasText("Sign out")).click();

        page.locator(".login-signed-out").getByText("You have signed out.").waitFor();
        assertThat(page.url()).contains("login");
        assertThat(page.locator("vaadin-app-layout").count()).isZero();
    }

    @Test
    void an_administrator_whose_role_is_taken_away_loses_the_open_admin_page_at_once() {
        String email = Fixtures.unique("journey") + "@test.example";
        asAdmin(() -> peopleService.create(new PersonForm(email, "Acting Admin", "Tester", null, null,
                LocalDate.of(2022, 3, 1), Set.of(Role.ADMIN), PASSWORD)));
        signIn(email, PASSWORD);
        page.navigate(url("admin/people"));
        page.locator("vaadin-grid").waitFor();

        asAdmin(() -> {
            long id = peopleService.idOfEmail(email).orElseThrow();
            peopleService.update(id, new PersonForm(email, "Acting Admin", "Tester", null, null,
                    LocalDate.of(2022, 3, 1), Set.of(), null));
        });

        // the server reloads the open tab, which now gets Bravo's refusal page; nobody touches the browser
        page.locator(".error-page").waitFor();
        assertThat(page.locator("vaadin-grid").count()).isZero();
        assertThat(page.locator("vaadin-side-nav-item[path^='admin'], vaadin-side-nav-item[path^='/admin']").count()).isZero();
    }

    @Test
    void sign_in_home_directory_and_profile_have_no_serious_accessibility_violations_in_english() {
        page.navigate(url("login"));
        page.locator("vaadin-login-form").waitFor();
        assertAccessible("sign-in page (en)");

        signIn("employee@bravo.demo", DEMO_PASSWORD);
        checkSignedInPages("en");
    }

    @Test
    void sign_in_home_directory_and_profile_have_no_serious_accessibility_violations_in_persian() {
        page.navigate(url("login"));
        page.locator("vaadin-login-form").waitFor();
        page.locator("vaadin-button[lang='fa']").click();
        page.locator("html[dir='rtl']").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        page.locator("vaadin-login-form").waitFor();
        assertAccessible("sign-in page (fa)");

        signIn(newPerson("Persian Auditor"), PASSWORD);
        switchLanguage("Language", "فارسی");
        checkSignedInPages("fa");
    }

    // ---- steps ----

    private void checkSignedInPages(String language) {
        page.locator(".home-view").waitFor();
        assertAccessible("home (" + language + ")");

        page.navigate(url("people"));
        page.locator("vaadin-grid-cell-content a").first().waitFor();
        assertAccessible("people directory (" + language + ")");

        page.locator("vaadin-grid-cell-content a").first().click();
        page.locator(".profile-view h2").waitFor();
        assertAccessible("profile (" + language + ")");
    }




    private List<String> sideMenuPaths() {
        page.locator("vaadin-side-nav-item").first().waitFor();
        @SuppressWarnings("unchecked")
        List<String> paths = (List<String>) page.locator("vaadin-side-nav-item").evaluateAll(
                "items => items.map(i => (i.getAttribute('path') ?? '').replace(/^\\//, ''))");
        return paths;
    }







}
