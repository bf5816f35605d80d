package app.bravo.journey;

import app.bravo.Fixtures;
import app.bravo.TestClock;
import app.bravo.people.PeopleService;
import app.bravo.people.PersonForm;
import app.bravo.security.Role;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What every browser journey needs: the application with the demo company on a random port (and
 * the tests' clock, which scanned test components such as PulseTestData need),
 * headless Debian Chromium driven by Playwright, a fresh browser context per test, signing in,
 * the axe-core accessibility check, and a failure on any Content-Security-Policy violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "bravo.demo.enabled=true")
@Import({Fixtures.class, TestClock.Config.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserJourney {

    protected static final String CHROMIUM = System.getProperty("bravo.chromium", "/usr/bin/chromium");
    protected static final String DEMO_PASSWORD = "bravo-demo";
    protected static final String PASSWORD = "Journey-kettle-7319-lantern";

    @LocalServerPort
    protected int port;
    @Autowired
    protected Fixtures fixtures;
    @Autowired
    protected PeopleService peopleService;

    protected Playwright playwright;
    protected Browser browser;
    protected BrowserContext context;
    protected Page page;
    /** What the Content-Security-Policy blocked during the test; any entry fails the test. */
    protected final List<String> cspViolations = new CopyOnWriteArrayList<>();

    @BeforeAll
    protected void startBrowser() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    protected void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    protected void openPage() {
        // a context of its own per test: no cookie, no session, English browser
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        context.setDefaultTimeout(20_000);
        cspViolations.clear();
        // every page of the context reports what the Content-Security-Policy blocked; Chromium also
        // logs each block to the console ("Refused to ... Content Security Policy")
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber))");
        context.onConsoleMessage(message -> {
            String text = message.text();
            if (text.startsWith("CSP violation") || text.contains("Content Security Policy")) {
                cspViolations.add(text + " (" + message.page().url() + ")");
            }
        });
        page = context.newPage();
    }

    @AfterEach
    protected void closePage() {
        try {
            assertThat(cspViolations).as("Content-Security-Policy violations in the browser console").isEmpty();
        } finally {
            context.close();
            Fixtures.signOut();
        }
    }

    protected void signIn(String email, String password) {
        signIn(page, email, password);
        waitUntilIdle();
    }

    protected void signIn(Page in, String email, String password) {
        in.navigate(url("login"));
        submitLogin(in, email, password);
        // Vaadin lands on /?continue: wait for the shell, not for an address
        in.locator("vaadin-app-layout").waitFor();
    }

    protected void submitLogin(String email, String password) {
        submitLogin(page, email, password);
    }

    private static void submitLogin(Page in, String email, String password) {
        in.locator("vaadin-login-form input[name='username']").fill(email);
        in.locator("vaadin-login-form input[name='password']").fill(password);
        in.locator("vaadin-login-form input[name='password']").press("Enter");
    }

    /** Waits until Vaadin has no request in flight, so that a check sees the finished page. */
    protected void waitUntilIdle() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /** Fails on axe-core violations of impact serious or critical, listing each with its elements. */
    protected void assertAccessible(String what) {
        waitUntilIdle();
        var results = new AxeBuilder(page).analyze();
        assertThat(results.getPasses()).as("axe-core checked something on %s", what).isNotEmpty();
        List<Rule> bad = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .toList();
        if (!bad.isEmpty()) {
            fail("Accessibility violations on " + what + " (" + page.url() + "):\n"
                    + bad.stream().map(BrowserJourney::describe).collect(Collectors.joining("\n")));
        }
    }

    protected static String describe(Rule rule) {
        return "- [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " (" + rule.getHelpUrl() + ")\n"
                + rule.getNodes().stream().limit(10).map(BrowserJourney::describe).collect(Collectors.joining("\n"));
    }

    protected static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replace("\n", "\n        ");
        return "    at " + node.getTarget() + "\n      " + node.getHtml() + "\n        " + summary;
    }

    /** Opens the avatar menu, then the language submenu, and picks a language; the page reloads. */
    protected void switchLanguage(String submenu, String language) {
        page.locator("vaadin-menu-bar vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item").filter(new Locator.FilterOptions().setHasText(submenu)).click();
        page.locator("vaadin-menu-bar-item").filter(new Locator.FilterOptions().setHasText(language)).click();
        page.locator("html[dir='rtl']").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        page.locator("vaadin-app-layout").waitFor();
        waitUntilIdle();
    }

    /** A new active employee with a password, made the way an administrator would. */
    protected String newPerson(String name) {
        String email = Fixtures.unique("journey") + "@test.example";
        asAdmin(() -> peopleService.create(new PersonForm(email, name, "Tester", null, null,
                LocalDate.of(2022, 3, 1), Set.of(), PASSWORD)));
        return email;
    }

    protected void asAdmin(Runnable action) {
        fixtures.signInAs(Role.ADMIN);
        try {
            action.run();
        } finally {
            Fixtures.signOut();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
