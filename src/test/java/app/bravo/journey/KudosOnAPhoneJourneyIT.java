package app.bravo.journey;

import app.bravo.Fixtures;
import app.bravo.people.PersonForm;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An employee who reads Bravo in Persian thanks a colleague from a phone (390 x 844): the dialog
 * takes the whole screen with the name search already focused, so it is one tap to open, typing a
 * name, one tap on the colleague, one on a value, the message and one tap to give. Every control
 * on the way is at least 44 px tall and nothing scrolls sideways. Screenshots land in
 * target/screenshots.
 */
class KudosOnAPhoneJourneyIT extends BrowserJourney {

    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;
    private static final double TOUCH = 44;

    @Autowired JdbcTemplate jdbc;

    @Test
    void a_persian_reader_gives_kudos_on_a_phone_with_large_controls_and_no_sideways_scroll() {
        String tag = Long.toString(System.nanoTime(), 36);
        String recipientName = "رها رحیمی " + tag;
        String giverEmail = Fixtures.unique("phone-giver") + "@test.example";
        String recipientEmail = Fixtures.unique("phone-recipient") + "@test.example";
        asAdmin(() -> {
            peopleService.create(new PersonForm(giverEmail, "گلاره گودرزی", "مهندس", null, null,
                    LocalDate.of(2022, 3, 1), Set.of(), PASSWORD));
            peopleService.create(new PersonForm(recipientEmail, recipientName, "مهندس", null, null,
                    LocalDate.of(2022, 3, 1), Set.of(), PASSWORD));
        });
        jdbc.update("update person set language = 'fa' where email = ?", giverEmail);
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                .setViewportSize(WIDTH, HEIGHT).setIsMobile(true).setHasTouch(true));
        context.setDefaultTimeout(20_000);
        page = context.newPage();

        signIn(giverEmail, PASSWORD);
        page.navigate(url("kudos"));
        page.locator(".kudos-view").waitFor();
        waitUntilIdle();
        assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
        assertNoSidewaysScroll("the feed");
        Locator open = page.locator(".kudos-header-actions vaadin-button").first();
        assertThat(open.textContent()).contains("قدردانی");
        assertTall(open, "the give-kudos button");

        // tap 1: open; the name search has the focus, so typing needs no tap
        open.tap();
        Locator dialog = page.locator("vaadin-dialog.kudos-dialog[opened]");
        dialog.locator("vaadin-multi-select-combo-box").waitFor();
        page.waitForFunction("() => document.activeElement && document.activeElement.closest('vaadin-multi-select-combo-box')");
        page.keyboard().type(tag);
        // tap 2: the colleague
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(recipientName))
                .first().tap();
        page.keyboard().press("Escape");
        // tap 3: a value, a chip as tall as a fingertip
        Locator value = dialog.locator(".kudos-values-choice vaadin-checkbox").first();
        value.tap();
        assertThat(value.getAttribute("checked")).isNotNull();
        // tap 4: the message
        String thanks = "ممنون که شب انتشار را آرام نگه داشتی " + tag + " 🌙";
        dialog.locator("vaadin-text-area textarea").tap();
        page.keyboard().type(thanks);
        waitUntilIdle();

        // the dialog fills the phone's screen, and nothing in it is small or wider than the screen
        BoundingBox overlay = boxOf(dialog.locator("[part~='overlay']").first());
        assertThat(overlay.width).as("width of the dialog").isBetween(WIDTH - 1.0, WIDTH + 0.5);
        assertThat(overlay.x).as("start of the dialog").isBetween(-0.5, 0.5);
        Locator controls = dialog.locator("vaadin-button:visible, vaadin-checkbox:visible, vaadin-text-field:visible,"
                + " vaadin-text-area:visible, vaadin-multi-select-combo-box:visible");
        assertThat(controls.count()).as("controls in the dialog").isGreaterThanOrEqualTo(6);
        for (int i = 0; i < controls.count(); i++) {
            assertTall(controls.nth(i), "control " + i + " of the dialog");
            BoundingBox box = boxOf(controls.nth(i));
            assertThat(box.x).as("start of control %d", i).isGreaterThanOrEqualTo(-0.5);
            assertThat(box.x + box.width).as("end of control %d", i).isLessThanOrEqualTo(WIDTH + 0.5);
        }
        assertNoSidewaysScroll("the give-kudos dialog");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "kudos-phone-fa-dialog.png")));
        assertAccessible("the give-kudos dialog on a phone in Persian");

        // tap 5: give; the kudos is published in the feed
        Locator give = dialog.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("بفرست"));
        assertTall(give, "the give button");
        give.tap();
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        page.locator(".kudos-feed .kudos-card").filter(new Locator.FilterOptions().setHasText(thanks)).first().waitFor();
        assertThat(page.locator(".kudos-feed .kudos-card").first().textContent()).contains(recipientName).contains(thanks);
        waitUntilIdle();
        assertNoSidewaysScroll("the feed with the new kudos");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "kudos-phone-fa-published.png")));
    }

    private void assertNoSidewaysScroll(String what) {
        Object wider = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) wider).intValue()).as("sideways scroll of %s", what).isLessThanOrEqualTo(0);
    }

    private static void assertTall(Locator control, String what) {
        assertThat(boxOf(control).height).as("height of %s", what).isGreaterThanOrEqualTo(TOUCH);
    }

    private static BoundingBox boxOf(Locator element) {
        BoundingBox box = element.boundingBox();
        assertThat(box).isNotNull();
        return box;
    }
}
