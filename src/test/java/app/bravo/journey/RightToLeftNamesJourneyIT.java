package app.bravo.journey;

import app.bravo.Fixtures;
import app.bravo.people.Person;
import app.bravo.people.TestAccess;
import app.bravo.people.internal.PersonRepository;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long names are cut at their own end (issue 12, point 17): on a phone in Persian, a long Latin
 * name in the directory keeps its beginning and loses its end, with the ellipsis on the right
 * where the Latin text stops; and a long Persian name on an English page is cut on its left.
 */
class RightToLeftNamesJourneyIT extends BrowserJourney {

    @Autowired PersonRepository people;
    @Autowired PasswordEncoder encoder;

    private Person reader(String language) {
        Person p = fixtures.person(Fixtures.unique("Reader"));
        TestAccess.setPasswordHash(p, encoder.encode(PASSWORD));
        p.setLanguage(language);
        return people.save(p);
    }

    private Locator findInDirectory(Page in, String name) {
        in.navigate(url("people"));
        in.locator("vaadin-text-field input").first().fill(name);
        Locator link = in.locator("vaadin-grid a", new Page.LocatorOptions().setHasText(name.substring(0, 20)));
        link.first().waitFor();
        return link.first();
    }

    @Test
    void a_long_latin_name_on_a_persian_phone_is_cut_at_its_end() {
        String name = "Maximiliana Alexandrina Konstantinopoulou-Vanderbilt " + Fixtures.unique("x");
        fixtures.person(name);
        Person me = reader("fa");
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("fa-IR").setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true));
        page = context.newPage();
        signIn(me.getEmail(), PASSWORD);
        assertThat(page.evaluate("() => document.documentElement.dir")).isEqualTo("rtl");

        Locator link = findInDirectory(page, name);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/rtl-directory-phone.png")));

        assertThat(link.evaluate("e => getComputedStyle(e).direction")).isEqualTo("ltr");
        assertThat(link.evaluate("e => getComputedStyle(e).textOverflow")).isEqualTo("ellipsis");
        assertThat((Boolean) link.evaluate("e => e.scrollWidth > e.clientWidth")).as("the name is cut").isTrue();
    }

    @Test
    void a_long_persian_name_on_an_english_page_is_cut_at_its_end() {
        String name = "مهرانگیز کامران‌پور اصفهانی‌زاده شهرستانکی " + Fixtures.unique("x");
        fixtures.person(name);
        Person me = reader("en");
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true));
        page = context.newPage();
        signIn(me.getEmail(), PASSWORD);

        Locator link = findInDirectory(page, name);
        assertThat(link.evaluate("e => getComputedStyle(e).direction")).isEqualTo("rtl");
        assertThat((Boolean) link.evaluate("e => e.scrollWidth > e.clientWidth")).as("the name is cut").isTrue();
    }
}
