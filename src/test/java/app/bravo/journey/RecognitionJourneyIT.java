package app.bravo.journey;

import app.bravo.Fixtures;
import app.bravo.people.PersonForm;
import app.bravo.security.Role;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The use case of peer recognition that only a browser shows end to end: a colleague gives a small
 * kudos with points and nominates a big win; the recipient's manager approves it from the queue;
 * both appear live on an open feed and the big win on the office screen /kiosk/demo; the recipient
 * redeems a reward with the points and HR hands it over. Screenshots land in target/screenshots.
 */
class RecognitionJourneyIT extends BrowserJourney {

    private static final Locator.WaitForOptions LIVE = new Locator.WaitForOptions().setTimeout(30_000);

    @Test
    void kudos_and_an_approved_big_win_reach_the_feed_and_the_office_screen_live_and_the_points_buy_a_reward() {
        String tag = Long.toString(System.nanoTime(), 36);
        String managerName = "Mina Manager " + tag;
        String recipientName = "Rasa Recipient " + tag;
        String giverName = "Gita Giver " + tag;
        String managerEmail = Fixtures.unique("mgr") + "@test.example";
        String recipientEmail = Fixtures.unique("rcp") + "@test.example";
        String giverEmail = Fixtures.unique("gvr") + "@test.example";
        asAdmin(() -> {
            long manager = peopleService.create(new PersonForm(managerEmail, managerName, "Team lead", null, null,
                    LocalDate.of(2020, 1, 6), Set.of(Role.MANAGER), PASSWORD));
            peopleService.create(new PersonForm(recipientEmail, recipientName, "Engineer", null, manager,
                    LocalDate.of(2022, 3, 1), Set.of(), PASSWORD));
            peopleService.create(new PersonForm(giverEmail, giverName, "Engineer", null, null,
                    LocalDate.of(2022, 3, 1), Set.of(), PASSWORD));
        });

        // the recipient has the feed open, and an office screen runs in the lobby
        BrowserContext recipientContext = browser.newContext();
        Page feed = recipientContext.newPage();
        signIn(feed, recipientEmail, PASSWORD);
        feed.navigate(url("kudos"));
        feed.locator(".kudos-view").waitFor();
        BrowserContext screenContext = browser.newContext();
        Page screen = screenContext.newPage();
        screen.navigate(url("kiosk/demo"));
        screen.locator(".kiosk-quote, .kiosk-moment-label").first().waitFor();

        // a colleague gives a small kudos with 10 points
        signIn(giverEmail, PASSWORD);
        page.navigate(url("kudos"));
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Give kudos")).first().click();
        Locator dialog = page.locator("vaadin-dialog[opened]");
        choosePerson(dialog, recipientName);
        String thanks = "Thank you for the calm release night " + tag + " 🌙 ممنون";
        dialog.locator("vaadin-text-area textarea").fill(thanks);
        dialog.locator("vaadin-text-field input").first().fill("10");
        dialog.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Give")).last().click();
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        feed.getByText(thanks).first().waitFor(LIVE);
        shoot(feed, "kudos-feed-live");

        // and nominates a big win (Exceptional: 50 points each) for the recipient
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Nominate a big win")).first().click();
        dialog = page.locator("vaadin-dialog[opened]");
        choosePerson(dialog, recipientName);
        dialog.locator("vaadin-select").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Exceptional")).click();
        String feat = "Rebuilt the deployment pipeline " + tag;
        dialog.locator("vaadin-text-area textarea").fill(feat);
        dialog.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Nominate")).last().click();
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));

        // the recipient's manager approves it from their queue
        BrowserContext managerContext = browser.newContext();
        Page approvals = managerContext.newPage();
        signIn(approvals, managerEmail, PASSWORD);
        approvals.navigate(url("kudos/approvals"));
        Locator nomination = approvals.locator(".bigwin-card").filter(new Locator.FilterOptions().setHasText(feat));
        nomination.waitFor();
        shoot(approvals, "bigwin-approvals");
        nomination.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Approve")).click();
        approvals.locator("vaadin-dialog[opened] vaadin-button").filter(new Locator.FilterOptions().setHasText("Approve and pay")).click();
        nomination.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));

        // the big win appears on the open feed and on the office screen without a reload
        feed.getByText(feat).first().waitFor(LIVE);
        screen.getByText(feat).first().waitFor(LIVE);
        shoot(screen, "kiosk-big-win");

        // the recipient spends the 60 points on cinema tickets; HR hands them over
        feed.navigate(url("rewards"));
        Locator cinema = feed.locator(".reward-card").filter(new Locator.FilterOptions().setHasText("Cinema for two"));
        cinema.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Redeem")).click();
        feed.locator("vaadin-confirm-dialog[opened] vaadin-button").filter(new Locator.FilterOptions().setHasText("Redeem")).last().click();
        feed.getByText("is redeemed").first().waitFor();

        BrowserContext hrContext = browser.newContext();
        Page hr = hrContext.newPage();
        signIn(hr, "hr@bravo.demo", DEMO_PASSWORD);
        hr.navigate(url("rewards/manage"));
        Locator waiting = hr.locator(".reward-line-pending").filter(new Locator.FilterOptions().setHasText(recipientName));
        waiting.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Hand over")).click();
        hr.getByText("is marked as handed over").first().waitFor();

        // the recipient is told, in the inbox
        feed.navigate(url("inbox"));
        feed.getByText("was fulfilled").first().waitFor(LIVE);
        assertThat(feed.getByText(giverName).count()).as("the kudos' giver named in the inbox").isPositive();
        assertAccessible("the recognition feed");
        hrContext.close();
        managerContext.close();
        screenContext.close();
        recipientContext.close();
    }

    private static void shoot(Page in, String name) {
        in.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots", name + ".png")));
    }

    private void choosePerson(Locator dialog, String name) {
        dialog.locator("vaadin-multi-select-combo-box input").first().fill(name);
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(name)).first().click();
        dialog.locator("vaadin-multi-select-combo-box input").first().press("Escape");
    }
}
