package app.bravo.journey;

import app.bravo.Fixtures;
import app.bravo.people.PersonForm;
import app.bravo.security.Role;
import app.bravo.wall.Channel;
import app.bravo.wall.FeedbackForm;
import app.bravo.wall.FeedbackService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Use cases of moderation and its record that only a browser shows: an administrator reads the
 * audit log on a phone without anything off-screen, in English and Persian; the person who shared
 * a note finds out what became of it in "My submissions". Screenshots land in target/screenshots.
 */
class ModerationJourneyIT extends BrowserJourney {

    /** True when neither the page nor the grid's own table is wider than what the screen shows. */
    private static final String NOTHING_OFF_SCREEN = """
            () => {
              const page = document.documentElement.scrollWidth <= window.innerWidth + 1;
              const grid = document.querySelector('vaadin-grid');
              const table = grid && grid.shadowRoot && grid.shadowRoot.querySelector('#table');
              return page && !!table && table.scrollWidth <= table.clientWidth + 1;
            }""";

    @Autowired FeedbackService feedback;

    @ParameterizedTest(name = "the audit log reads on a phone in {0}")
    @ValueSource(strings = {"en", "fa"})
    void an_administrator_reads_the_audit_log_on_a_phone_without_scrolling_sideways(String language) {
        String tag = Fixtures.unique("j");
        String email = tag + "@test.example";
        String admin = Fixtures.unique("auditor") + "@test.example";
        asAdmin(() -> {
            long id = peopleService.create(new PersonForm(email, "Sara Ahmadi " + tag, null, null, null, null, Set.of(), null));
            peopleService.update(id, new PersonForm(email, "Sara Ahmadi " + tag, null, null, null, null, Set.of(Role.MODERATOR), null));
            peopleService.create(new PersonForm(admin, "Audit Reader", null, null, null, null, Set.of(Role.ADMIN), PASSWORD));
        });
        page.setViewportSize(390, 844);
        signIn(admin, PASSWORD);
        if (language.equals("fa")) {
            switchToPersian();
        }
        page.navigate(url("admin/audit"));
        page.locator("vaadin-text-field input").first().fill(email);
        page.locator(".audit-entry-text").filter(new Locator.FilterOptions().setHasText(language.equals("fa")
                ? "نقش‌های" : "’s roles")).first().waitFor();
        waitUntilIdle();
        assertThat((Boolean) page.evaluate(NOTHING_OFF_SCREEN)).as("nothing off-screen on a phone").isTrue();
        shoot("audit-phone-" + language);
        assertAccessible("audit log on a phone (" + language + ")");

        page.setViewportSize(1280, 800);
        // the wide layout's "What happened" column header shows once the server has seen the new width
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(language.equals("fa")
                ? "چه شد" : "What happened")).first().waitFor();
        assertThat(page.locator(".audit-entry-text:visible").count()).as("no stacked cells on a laptop").isZero();
        waitUntilIdle();
        assertThat((Boolean) page.evaluate(NOTHING_OFF_SCREEN)).as("nothing off-screen on a laptop").isTrue();
        shoot("audit-laptop-" + language);
    }

    @Test
    void the_person_who_shared_a_note_sees_it_wait_and_then_why_it_was_not_published() {
        var me = fixtures.person("Sharing Journeyer");
        asAdmin(() -> peopleService.update(me.getId(), new PersonForm(me.getEmail(), "Sharing Journeyer", null, null, null,
                null, Set.of(), PASSWORD)));
        String tag = Fixtures.unique("s");
        fixtures.signIn(me);
        long waiting = feedback.submit(FeedbackForm.of("They answered within the hour " + tag, Channel.CALL)).id();
        long refused = feedback.submit(FeedbackForm.of("A note about another company " + tag, Channel.EMAIL)).id();
        fixtures.signInAs(Role.MODERATOR);
        feedback.reject(refused, "Meant for another company");
        Fixtures.signOut();

        page.setViewportSize(390, 844);
        signIn(me.getEmail(), PASSWORD);
        page.navigate(url("wall"));
        page.locator("a.wall-mine").click();
        page.locator(".mine-card").first().waitFor();
        assertThat(page.url()).endsWith("/wall/mine");
        Locator cards = page.locator(".mine-card");
        assertThat(cards.nth(0).innerText()).contains("Not published").contains("Meant for another company");
        assertThat(cards.nth(1).innerText()).contains("Waiting for moderation").contains("They answered within the hour");
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1")).isTrue();
        shoot("mine-phone-en");
        assertAccessible("my submissions");
        assertThat(waiting).isNotEqualTo(refused);
    }

    private void switchToPersian() {
        page.locator("vaadin-menu-bar vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item").filter(new Locator.FilterOptions().setHasText("Language")).click();
        page.locator("vaadin-menu-bar-item").filter(new Locator.FilterOptions().setHasText("فارسی")).click();
        page.locator("html[dir='rtl']").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        page.locator("vaadin-app-layout").waitFor();
        waitUntilIdle();
    }

    private void shoot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(false));
    }
}
