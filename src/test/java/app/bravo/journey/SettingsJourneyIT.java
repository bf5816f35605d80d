package app.bravo.journey;

import app.bravo.Fixtures;
import app.bravo.people.Person;
import app.bravo.people.TestAccess;
import app.bravo.people.internal.PersonRepository;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's own settings (issue 12, point 22), in a real browser: a photo uploaded on /settings
 * becomes the avatar of the shell, and changing one's password signs one's other browser out
 * while this one stays signed in.
 */
class SettingsJourneyIT extends BrowserJourney {

    private static final String NEW_PASSWORD = "Journey-teapot-5521-harbour";

    @Autowired PersonRepository people;
    @Autowired PasswordEncoder encoder;

    @Test
    void a_person_sets_a_photo_and_changes_the_password_and_the_other_browser_is_signed_out() throws Exception {
        Person p = fixtures.person(Fixtures.unique("Journey Person"));
        TestAccess.setPasswordHash(p, encoder.encode(PASSWORD));
        people.save(p);
        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        try {
            Page elsewhere = other.newPage();
            signIn(elsewhere, p.getEmail(), PASSWORD);
            signIn(p.getEmail(), PASSWORD);

            page.locator("vaadin-menu-bar vaadin-avatar").first().click();
            page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Settings").setExact(true)).click();
            page.locator(".settings-view").waitFor();
            waitUntilIdle();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/settings-laptop.png")).setFullPage(true));

            Path photo = Files.createTempFile("photo", ".png");
            var img = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            g.setColor(new Color(232, 85, 62));
            g.fillRect(0, 0, 900, 600);
            g.dispose();
            ImageIO.write(img, "png", photo.toFile());
            page.locator("vaadin-upload input[type=file]").setInputFiles(photo);
            page.locator(".photo-row vaadin-avatar img[src*='files/']").waitFor();
            assertAccessible("the settings page");

            page.getByLabel("Current password").fill(PASSWORD);
            page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
            page.getByLabel("New password again").fill(NEW_PASSWORD);
            page.getByText("Change password").click();
            page.getByText("Your password has been changed").waitFor();

            // the other browser is sent to the sign-in page; this one goes on, with the photo as avatar
            // (a fresh tab of that browser: the old tab may already be on its way to the sign-in page by itself,
            // and a navigation of ours would race with that one)
            elsewhere.close();
            Page again = other.newPage();
            again.navigate(url(""));
            again.locator("vaadin-login-form").waitFor();
            assertThat(again.url()).endsWith("/login");
            page.navigate(url(""));
            page.locator("vaadin-menu-bar vaadin-avatar img[src*='files/']").waitFor();
            assertThat(page.locator("vaadin-login-form").count()).isZero();
        } finally {
            other.close();
        }
    }

    @Test
    void the_settings_page_reads_right_to_left_on_a_phone() {
        Person p = fixtures.person(Fixtures.unique("Settings Phone"));
        TestAccess.setPasswordHash(p, encoder.encode(PASSWORD));
        p.setLanguage("fa");
        people.save(p);
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("fa-IR").setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true));
        page = context.newPage();
        signIn(p.getEmail(), PASSWORD);
        page.navigate(url("settings"));
        page.locator(".settings-view").waitFor();
        waitUntilIdle();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/settings-phone-fa.png")).setFullPage(true));
        assertThat(page.title()).isEqualTo("تنظیمات · براوو");
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing sticks out sideways").isTrue();
        assertAccessible("the settings page in Persian on a phone");
    }
}
