package app.bravo.admin.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.admin.KioskTokenService;
import app.bravo.security.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Seconds per note on the office-screen tokens page: Persian digits in Persian, in the grid and the field. */
@IntegrationTest
class TokensPersianDigitsTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired KioskTokenService kiosks;

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
}
