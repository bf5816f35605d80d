package app.bravo.admin.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.admin.ApiScope;
import app.bravo.admin.ApiTokenService;
import app.bravo.admin.KioskTokenService;
import app.bravo.admin.KioskTokenView;
import app.bravo.security.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TokensViewTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired ApiTokenService apiTokens;
    @Autowired KioskTokenService kiosks;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void a_new_api_token_is_shown_once_in_a_dialog_and_then_only_its_prefix() {
        fixtures.signInAs(Role.ADMIN);
        String name = Fixtures.unique("CRM");
        TokensView view = navigate(TokensView.class);
        test(view.apiName).setValue(name);
        test(view.apiCreate).click();

        assertThat(view.secretDialog.isOpened()).isTrue();
        String token = view.secretField.getValue();
        assertThat(token).startsWith(ApiTokenService.TOKEN_PREFIX);
        assertThat(apiTokens.authenticate(token)).isPresent();
        var listed = apiTokens.list(PageRequest.of(0, 500)).getContent().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        assertThat(token).startsWith(listed.prefix());

        test(view.secretDone).click();
        assertThat(view.secretDialog.isOpened()).isFalse();
        assertThat(view.secretField.getValue()).isEmpty();
        assertThat(view.apiName.getValue()).isEmpty();
    }

    @Test
    void a_new_office_screen_shows_its_full_address_once() {
        fixtures.signInAs(Role.ADMIN);
        var dept = fixtures.department("Reception");
        TokensView view = navigate(TokensView.class);
        test(view.kioskName).setValue(Fixtures.unique("Reception screen"));
        view.kioskRotation.setText("30");
        test(view.kioskDepartments).selectItem(dept.getName());
        test(view.kioskCreate).click();

        assertThat(view.secretDialog.isOpened()).isTrue();
        String address = view.secretField.getValue();
        assertThat(address).contains("/kiosk/");
        String secret = address.substring(address.indexOf("/kiosk/") + "/kiosk/".length());
        var screen = kiosks.resolve(secret).orElseThrow();
        assertThat(screen.rotationSeconds()).isEqualTo(30);
        assertThat(screen.departments()).containsExactly(dept.getId());
    }

    @Test
    void revoking_an_office_screen_asks_first_and_then_disconnects_it() {
        fixtures.signInAs(Role.ADMIN);
        var made = kiosks.create(Fixtures.unique("Canteen"), 15, List.of());
        KioskTokenView listed = kiosks.list(PageRequest.of(0, 500)).getContent().stream()
                .filter(t -> t.id() == made.id()).findFirst().orElseThrow();
        TokensView view = navigate(TokensView.class);

        view.askRevoke(listed);
        assertThat(view.confirmRevoke.isOpened()).isTrue();
        test(view.confirmRevoke).cancel();
        assertThat(kiosks.resolve(made.secret())).isPresent();

        view.askRevoke(listed);
        test(view.confirmRevoke).confirm();
        assertThat(kiosks.resolve(made.secret())).isEmpty();
        assertThat(kiosks.list(PageRequest.of(0, 500)).getContent().stream().filter(t -> t.id() == made.id()).findFirst()
                .orElseThrow().revokedAt()).isNotNull();
    }

    @Test
    void revoking_an_api_token_after_confirmation_refuses_it() {
        fixtures.signInAs(Role.ADMIN);
        var made = apiTokens.create(Fixtures.unique("Old integration"));
        var listed = apiTokens.list(PageRequest.of(0, 500)).getContent().stream().filter(t -> t.id() == made.id()).findFirst().orElseThrow();
        TokensView view = navigate(TokensView.class);
        view.askRevoke(listed);
        test(view.confirmRevoke).confirm();
        assertThat(apiTokens.authenticate(made.token())).isEmpty();
    }

    @Test
    void the_scopes_chosen_are_the_tokens_and_shown_in_the_list() {
        fixtures.signInAs(Role.ADMIN);
        String name = Fixtures.unique("Dashboard");
        TokensView view = navigate(TokensView.class);
        assertThat(view.apiScopes.getValue()).containsExactly(ApiScope.FEEDBACK_INTAKE);
        test(view.apiName).setValue(name);
        view.apiScopes.setValue(java.util.Set.of(ApiScope.WALL_READ));
        test(view.apiCreate).click();

        var client = apiTokens.authenticate(view.secretField.getValue()).orElseThrow();
        assertThat(client.scopes()).containsExactly(ApiScope.WALL_READ);
        var listed = apiTokens.list(PageRequest.of(0, 500)).getContent().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        assertThat(listed.scopes()).containsExactly(ApiScope.WALL_READ);
        assertThat(test(view.apiGrid).getCellText(rowOf(view, listed.id()), 2)).isEqualTo("Read the wall");
    }

    @Test
    void no_scope_at_all_is_refused_with_a_message() {
        fixtures.signInAs(Role.ADMIN);
        TokensView view = navigate(TokensView.class);
        test(view.apiName).setValue(Fixtures.unique("Nothing"));
        view.apiScopes.clear();
        test(view.apiCreate).click();
        assertThat(view.secretDialog.isOpened()).isFalse();
        assertThat(view.apiScopes.isInvalid()).isTrue();
        assertThat(view.apiScopes.getErrorMessage()).isEqualTo("Choose at least one thing this token may do.");
    }

    @Test
    void replacing_a_token_shows_a_new_one_for_the_same_integration_and_stops_the_old() {
        fixtures.signInAs(Role.ADMIN);
        var made = apiTokens.create(Fixtures.unique("Rotating"), java.util.Set.of(ApiScope.FEEDBACK_INTAKE));
        var listed = apiTokens.list(PageRequest.of(0, 500)).getContent().stream().filter(t -> t.id() == made.id()).findFirst().orElseThrow();
        TokensView view = navigate(TokensView.class);
        view.askReplace(listed);
        test(view.confirmRevoke).confirm();

        assertThat(view.secretDialog.isOpened()).isTrue();
        var replacement = apiTokens.authenticate(view.secretField.getValue()).orElseThrow();
        assertThat(replacement.integrationId()).isEqualTo(made.integrationId());
        assertThat(replacement.scopes()).containsExactly(ApiScope.FEEDBACK_INTAKE);
        assertThat(apiTokens.authenticate(made.token())).isEmpty();
    }

    @Test
    void on_a_phone_only_the_name_cards_and_the_actions_are_shown() {
        fixtures.signInAs(Role.ADMIN);
        TokensView view = navigate(TokensView.class);
        view.fitTo(390);
        assertThat(view.isNarrow()).isTrue();
        assertThat(view.apiGrid.getColumns().stream().filter(c -> c.isVisible()).count()).isEqualTo(2);
        assertThat(view.kioskGrid.getColumns().stream().filter(c -> c.isVisible()).count()).isEqualTo(2);
        view.fitTo(1280);
        assertThat(view.isNarrow()).isFalse();
        assertThat(view.apiGrid.getColumns()).allMatch(c -> c.isVisible());
    }

    private int rowOf(TokensView view, long id) {
        var grid = test(view.apiGrid);
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("token " + id + " not in the grid");
    }

    @Test
    void an_employee_cannot_open_the_tokens_page() {
        fixtures.signInAs();
        assertThatThrownBy(() -> navigate(TokensView.class)).hasMessageContaining("Denied");
        assertThat(getCurrentView()).isNotInstanceOf(TokensView.class);
        fixtures.signInAs(Role.MODERATOR);
        assertThatThrownBy(() -> navigate(TokensView.class)).hasMessageContaining("Denied");
    }
}
