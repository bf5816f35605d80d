package app.bravo.journey;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import app.bravo.Fixtures;
import app.bravo.security.Role;
import app.bravo.wall.Channel;
import app.bravo.wall.FeedbackForm;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.ScoreType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer love loop end to end: an integration posts praise through the API, the moderator
 * approves it in the moderation queue, and it appears, without a reload, on a colleague's open
 * wall and on the office screen at /kiosk/demo.
 */
class CustomerLoveJourneyIT extends BrowserJourney {

    @Autowired
    FeedbackService feedback;

    @Test
    void praise_posted_by_an_integration_and_approved_by_the_moderator_appears_live_on_the_wall_and_the_office_screen()
            throws Exception {
        // a colleague has the wall open
        signIn("employee@bravo.demo", DEMO_PASSWORD);
        page.navigate(url("wall"));
        page.locator(".wall-view").waitFor();
        waitUntilIdle();

        // the office screen shows the wall, with no sign-in
        BrowserContext screenContext = browser.newContext();
        Page screen = screenContext.newPage();
        screen.navigate(url("kiosk/demo"));
        screen.locator(".kiosk-quote").waitFor();

        // an integration posts a note
        String marker = "Journey " + Long.toString(System.nanoTime(), 36);
        String quote = marker + ": the support team rescued our launch weekend 🚀 خیلی ممنون";
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("api/v1/feedback")))
                        .header("Authorization", "Bearer demo-token")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"quote": "%s", "customerName": "Ada Journey", "company": "Launch Co",
                                 "channel": "EMAIL", "score": 10, "scoreType": "NPS"}""".formatted(quote)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);

        // the moderator approves it in the queue
        BrowserContext moderatorContext = browser.newContext();
        Page moderation = moderatorContext.newPage();
        signIn(moderation, "moderator@bravo.demo", DEMO_PASSWORD);
        moderation.navigate(url("wall/moderation"));
        Locator item = moderation.locator(".moderation-pending").filter(new Locator.FilterOptions().setHasText(marker));
        item.waitFor();

        // the note is stored, the queue shows it: a wall loaded now still does not (its other cards have arrived)
        page.reload();
        page.locator(".wall-card").first().waitFor();
        waitUntilIdle();
        assertThat(page.getByText(marker).count()).as("nothing is public before approval").isZero();
        item.locator("vaadin-button.approve").click();
        item.waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));

        // it appears on the open wall and on the office screen without a reload
        page.getByText(marker).first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        screen.getByText(marker).first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        assertThat(page.getByText(quote).first().textContent()).contains("🚀").contains("خیلی ممنون");

        assertAccessible("the wall");
        moderatorContext.close();
        screenContext.close();
    }

    @Test
    void the_office_screen_comes_back_by_itself_after_a_network_drop() {
        BrowserContext screenContext = browser.newContext();
        Page screen = screenContext.newPage();
        screen.navigate(url("kiosk/demo"));
        screen.locator(".kiosk-quote").waitFor();

        screenContext.setOffline(true);
        // the fault is held until the screen itself has seen its connection go (push reconnecting or lost)
        screen.waitForFunction("() => window.Vaadin && window.Vaadin.connectionState"
                + " && window.Vaadin.connectionState.state !== 'connected'", null,
                new Page.WaitForFunctionOptions().setTimeout(60_000));
        screenContext.setOffline(false);

        // praise approved after the drop still reaches the screen, with nobody touching it
        String marker = "After the drop " + Long.toString(System.nanoTime(), 36);
        fixtures.signInAs();
        long id = feedback.submit(new FeedbackForm(marker + ": thank you for staying with us all night", "Grace",
                "Harbor Health", Channel.CALL, 5, ScoreType.CSAT, null, List.of(), List.of(), List.of(), List.of(), null)).id();
        fixtures.signInAs(Role.MODERATOR);
        feedback.approve(id, null);
        Fixtures.signOut();

        screen.getByText(marker).first().waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        screenContext.close();
    }
}
