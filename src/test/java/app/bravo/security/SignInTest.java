package app.bravo.security;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.PeopleService;
import app.bravo.security.ui.LoginView;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
class SignInTest {

    static final String PASSWORD = "tulip-harbour-47";

    @Autowired MockMvc mvc;
    @Autowired PeopleService people;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private String account() {
        return Accounts.create(fixtures, people, "login", PASSWORD, Set.of());
    }

    private MvcResult signIn(String email, String password, MockHttpSession session, String address) throws Exception {
        return mvc.perform(post("/login").session(session).with(csrf())
                        .with(r -> {
                            r.setRemoteAddr(address);
                            r.setRequestedSessionId(session.getId());
                            return r;
                        })
                        .param("username", email).param("password", password))
                .andReturn();
    }

    @Test
    void signing_in_with_the_right_password_changes_the_session_id() throws Exception {
        String email = account();
        var session = new MockHttpSession();
        String before = session.getId();
        MvcResult result = signIn(email, PASSWORD, session, "192.0.2.1");
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void a_wrong_password_and_an_unknown_account_get_the_same_answer() throws Exception {
        String email = account();
        MvcResult wrong = signIn(email, "not-the-password", new MockHttpSession(), "192.0.2.2");
        MvcResult unknown = signIn(Fixtures.unique("ghost") + "@test.example", "not-the-password", new MockHttpSession(), "192.0.2.3");
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo(unknown.getResponse().getRedirectedUrl()).contains("error");
        assertThat(wrong.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION).getClass())
                .isEqualTo(unknown.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION).getClass());
    }

    @Test
    void a_refused_sign_in_keeps_the_typed_e_mail_for_the_next_form() throws Exception {
        String email = account();
        MvcResult result = signIn("  " + email + " ", "not-the-password", new MockHttpSession(), "192.0.2.4");
        assertThat(result.getResponse().getRedirectedUrl()).contains("login?error");
        assertThat(result.getRequest().getSession().getAttribute(LoginView.LAST_EMAIL)).isEqualTo(email);
    }

    @Test
    void after_five_failures_even_the_right_password_is_paused() throws Exception {
        String email = account();
        for (int i = 0; i < 5; i++) {
            signIn(email, "wrong-" + i, new MockHttpSession(), "192.0.2." + (10 + i));
        }
        MvcResult result = signIn(email, PASSWORD, new MockHttpSession(), "192.0.2.99");
        assertThat(result.getResponse().getRedirectedUrl()).contains("error");
        assertThat(result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void a_deactivated_person_cannot_sign_in() throws Exception {
        String email = account();
        fixtures.signInAs(Role.ADMIN);
        people.deactivate(people.idOfEmail(email).orElseThrow());
        Fixtures.signOut();
        MvcResult result = signIn(email, PASSWORD, new MockHttpSession(), "192.0.2.50");
        assertThat(result.getResponse().getRedirectedUrl()).contains("error");
    }

    @Test
    void the_password_hash_is_not_kept_in_the_session() throws Exception {
        String email = account();
        MvcResult result = signIn(email, PASSWORD, new MockHttpSession(), "192.0.2.60");
        var context = (org.springframework.security.core.context.SecurityContext) result.getRequest().getSession()
                .getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(context.getAuthentication().getPrincipal()).isInstanceOfSatisfying(BravoUser.class,
                u -> assertThat(u.passwordHash()).isNull());
    }

    // ---- behind a reverse proxy: 203.0.113.10 is the trusted proxy (bravo.trusted-proxies in the tests' settings) ----

    static final String PROXY = "203.0.113.10";

    private MvcResult signInThrough(String from, String forwardedFor, String email, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf())
                        .with(r -> { r.setRemoteAddr(from); return r; })
                        .header("X-Forwarded-For", forwardedFor)
                        .param("username", email).param("password", password))
                .andReturn();
    }

    @Test
    void twenty_failures_of_different_clients_through_one_proxy_lock_no_one_else_out() throws Exception {
        for (int i = 0; i < 20; i++) {
            // a different client and a different (unknown) account each time: only the address buckets fill
            MvcResult failed = signInThrough(PROXY, "192.0.2." + (100 + i), Fixtures.unique("guess") + "@test.example", "wrong");
            assertThat(failed.getResponse().getRedirectedUrl()).contains("error");
        }
        MvcResult result = signInThrough(PROXY, "192.0.2.200", account(), PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isNull();
    }

    @Test
    void twenty_failures_of_one_client_through_the_proxy_pause_that_client() throws Exception {
        for (int i = 0; i < 20; i++) {
            signInThrough(PROXY, "192.0.2.77", Fixtures.unique("guess") + "@test.example", "wrong");
        }
        MvcResult result = signInThrough(PROXY, "192.0.2.77", account(), PASSWORD);
        assertThat(result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void a_forged_forwarded_header_from_an_untrusted_address_is_ignored() throws Exception {
        String attacker = "198.51.100.66";
        for (int i = 0; i < 20; i++) {
            // a new forged client address each time would dodge the address limit if it were believed
            signInThrough(attacker, "192.0.2." + (10 + i), Fixtures.unique("guess") + "@test.example", "wrong");
        }
        MvcResult result = signInThrough(attacker, "192.0.2.250", account(), PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).contains("error");
        assertThat(result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LoginThrottledException.class);
    }
}
