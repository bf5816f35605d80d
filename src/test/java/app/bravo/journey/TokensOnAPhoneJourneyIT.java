package app.bravo.journey;

import app.bravo.Fixtures;
import app.bravo.admin.ApiScope;
import app.bravo.admin.ApiTokenService;
import app.bravo.admin.KioskTokenService;
import app.bravo.people.PersonForm;
import app.bravo.security.Role;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator manages tokens on a phone (390 px) and a laptop, in English and Persian: the
 * tokens and screens grids never scroll sideways and every row's actions are on the screen.
 * Screenshots land in target/screenshots.
 */
class TokensOnAPhoneJourneyIT extends BrowserJourney {

    @Autowired ApiTokenService apiTokens;
    @Autowired KioskTokenService kiosks;
    @Autowired JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0} wide, {1}: the token grids fit and their actions are reachable")
    @CsvSource({"390,en", "390,fa", "1280,en", "1280,fa"})
    void the_token_grids_fit_the_screen_with_their_actions_reachable(int width, String language) {
        asAdmin(() -> {
            apiTokens.create(Fixtures.unique("Customer relationship management system of the northern region"),
                    Set.of(ApiScope.FEEDBACK_INTAKE, ApiScope.WALL_READ));
            kiosks.create(Fixtures.unique("پیشخوان طبقهٔ همکف ساختمان مرکزی"), 20, List.of());
        });
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(width, width < 600 ? 844 : 800));
        context.setDefaultTimeout(20_000);
        page = context.newPage();

        String email = Fixtures.unique("tokens-admin") + "@test.example";
        asAdmin(() -> peopleService.create(new PersonForm(email, "Token Admin", null, null, null,
                LocalDate.of(2022, 3, 1), Set.of(Role.ADMIN), PASSWORD)));
        jdbc.update("update person set language = ? where email = ?", language, email);
        signIn(email, PASSWORD);
        page.navigate(url("admin/tokens"));
        page.locator("vaadin-grid").first().waitFor();
        waitUntilIdle();
        // both grids have rendered their rows (not loading, cells filled) before the screenshot and the measure
        page.waitForFunction("() => [...document.querySelectorAll('vaadin-grid')].every(g => !g.hasAttribute('loading')"
                + " && g.querySelectorAll('vaadin-grid-cell-content').length > g.querySelectorAll('vaadin-grid-column, vaadin-grid-column-group').length)");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", "tokens-" + width + "-" + language + ".png")));

        for (int i = 0; i < 2; i++) {
            var grid = page.locator("vaadin-grid").nth(i);
            Object overflow = grid.evaluate("g => { const t = g.shadowRoot.querySelector('#table'); return t.scrollWidth - t.clientWidth; }");
            assertThat(((Number) overflow).intValue()).as("sideways scroll of grid %d", i).isLessThanOrEqualTo(1);
        }
        String revoke = language.equals("fa") ? "باطل کردن" : "Revoke";
        var buttons = page.locator("vaadin-grid vaadin-button", new Page.LocatorOptions().setHasText(revoke));
        assertThat(buttons.count()).isGreaterThanOrEqualTo(2);
        for (int i = 0; i < Math.min(buttons.count(), 4); i++) {
            var box = buttons.nth(i).boundingBox();
            assertThat(box).isNotNull();
            assertThat(box.x).as("start of action %d", i).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as("end of action %d", i).isLessThanOrEqualTo(width);
        }
        assertAccessible("tokens (" + width + ", " + language + ")");
    }
}
