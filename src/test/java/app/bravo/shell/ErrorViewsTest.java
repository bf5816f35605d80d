package app.bravo.shell;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Bravo's own "page not found", with a human title in the header, in the person's language. */
@IntegrationTest
class ErrorViewsTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nope", "wall/xyz", "people/abc", "kiosk", "people/999999"})
    void a_mistyped_address_shows_page_not_found_with_a_human_title(String address) {
        fixtures.signInAs();
        UI.getCurrent().navigate(address);
        var missing = $(ErrorViews.Missing.class).single();
        assertThat($(H2.class, missing).single().getText()).isEqualTo("Page not found");
        assertThat($(MainLayout.class).single().viewTitle.getText()).isEqualTo("Page not found");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not found · Bravo");
    }

    @Test
    void page_not_found_speaks_persian_to_a_persian_reader() {
        fixtures.signInAs();
        UI.getCurrent().setLocale(Locale.forLanguageTag("fa"));
        UI.getCurrent().navigate("nope");
        var missing = $(ErrorViews.Missing.class).single();
        assertThat($(H2.class, missing).single().getText()).isEqualTo("صفحه پیدا نشد");
        assertThat($(MainLayout.class).single().viewTitle.getText()).isEqualTo("صفحه پیدا نشد");
    }
}
