package app.bravo.admin.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.admin.ApiScope;
import app.bravo.admin.ApiTokenService;
import app.bravo.admin.KioskTokenService;
import app.bravo.shared.i18n.Bidi;
import app.bravo.security.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tokens page in Persian: seconds per note in Persian digits, in the grid and the field; lists
 * joined with the Persian comma; a secret's start kept left to right, so that it is cut at its end.
 */
@IntegrationTest
class TokensPersianDigitsTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired KioskTokenService kiosks;
    @Autowired ApiTokenService tokens;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void seconds_per_note_are_written_and_read_in_persian_digits() {
        fixtures.signInAs(Role.ADMIN);
        String name = Fixtures.unique("Lobby");
        kiosks.create(name, 45, List.of());
        UI.getCurrent().setLocale(Locale.forLanguageTag("fa"));
        TokensView view = navigate(TokensView.class);

        var grid = test(view.kioskGrid);
        int row = -1;
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).name().equals(name)) {
                row = i;
            }
        }
        assertThat(row).as("the new screen is listed").isNotNegative();
        int rotationColumn = 2;
        assertThat(grid.getCellText(row, rotationColumn)).isEqualTo("۴۵");

        // the default, 15 seconds
        assertThat(view.kioskRotation.getText()).isEqualTo("۱۵");
        view.kioskRotation.setText("۶۰");
        assertThat(view.kioskRotation.getValue()).isEqualTo(60);
    }

    @Test
    void scopes_are_joined_with_the_persian_comma_and_a_tokens_start_reads_left_to_right() {
        fixtures.signInAs(Role.ADMIN);
        String name = Fixtures.unique("CRM");
        String prefix = tokens.create(name, EnumSet.of(ApiScope.FEEDBACK_INTAKE, ApiScope.WALL_READ)).token()
                .substring(0, app.bravo.admin.ApiToken.PREFIX_LENGTH);
        UI.getCurrent().setLocale(Locale.forLanguageTag("fa"));
        TokensView view = navigate(TokensView.class);

        var grid = test(view.apiGrid);
        int row = -1;
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).name().equals(name)) {
                row = i;
            }
        }
        assertThat(row).as("the new token is listed").isNotNegative();
        var details = (Span) grid.getCellComponent(row, 0).getChildren().toList().get(1);
        assertThat(details.getText()).isEqualTo(Bidi.isolate(prefix + "…") + " · ثبت بازخورد، خواندن دیوار");
        assertThat(details.getElement().getAttribute("dir")).as("the line follows the page").isNull();
        var start = (Span) grid.getCellComponent(row, 1);
        assertThat(start.getText()).isEqualTo(prefix + "…");
        assertThat(start.getElement().getAttribute("dir")).isEqualTo("ltr");
    }
}
