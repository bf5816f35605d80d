package app.bravo.security.ui;

import app.bravo.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LoginViewTest extends SpringBrowserlessTest {

    @AfterEach
    void forget() {
        VaadinSession.getCurrent().getSession().removeAttribute(LoginView.LAST_EMAIL);
    }

    private LoginView open(String parameter) {
        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of(parameter, "")));
        return $(LoginView.class).single();
    }

    @Test
    void after_signing_out_the_page_says_so() {
        LoginView view = open(LoginView.SIGNED_OUT);
        assertThat(view.signedOut.isVisible()).isTrue();
        assertThat(view.signedOut.getText()).isEqualTo("You have signed out.");
        assertThat(view.signedOut.getElement().getAttribute("role")).isEqualTo("status");
    }

    @Test
    void the_signed_out_message_is_translated() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("fa"));
        LoginView view = open(LoginView.SIGNED_OUT);
        assertThat(view.signedOut.getText()).isEqualTo("از حساب خود خارج شدید.");
    }

    @Test
    void a_plain_visit_shows_no_signed_out_message() {
        UI.getCurrent().navigate("login");
        assertThat($(LoginView.class).single().signedOut.isVisible()).isFalse();
    }

    @Test
    void after_a_refused_password_the_form_gets_the_typed_e_mail_back() {
        VaadinSession.getCurrent().getSession().setAttribute(LoginView.LAST_EMAIL, "sara.ahmadi@example.com");
        LoginView view = open("error");
        assertThat(view.form.isError()).isTrue();
        assertThat(view.rememberedEmail).isEqualTo("sara.ahmadi@example.com");
        assertThat(view.signedOut.isVisible()).isFalse();
    }
}
