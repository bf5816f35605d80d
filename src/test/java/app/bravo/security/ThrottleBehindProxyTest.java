package app.bravo.security;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.PeopleService;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sign-in throttling behind a reverse proxy counts each client's own address; the proxy is
 * 203.0.113.10 (bravo.trusted-proxies in the tests' settings).
 */
@IntegrationTest
class ThrottleBehindProxyTest {

    static final String PROXY = "203.0.113.10";
    static final String PASSWORD = "harbour-violet-62";

    @Autowired MockMvc mvc;
    @Autowired PeopleService people;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private String account() {
        return Accounts.create(fixtures, people, "proxied", PASSWORD, Set.of());
    }

    private MvcResult signIn(String from, String forwardedFor, String email, String password) throws Exception {
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
            MvcResult failed = signIn(PROXY, "192.0.2." + (100 + i), Fixtures.unique("guess") + "@test.example", "wrong");
            assertThat(failed.getResponse().getRedirectedUrl()).contains("error");
        }
        MvcResult result = signIn(PROXY, "192.0.2.200", account(), PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isNull();
    }

    @Test
    void twenty_failures_of_one_client_through_the_proxy_pause_that_client() throws Exception {
        for (int i = 0; i < 20; i++) {
            signIn(PROXY, "192.0.2.77", Fixtures.unique("guess") + "@test.example", "wrong");
        }
        MvcResult result = signIn(PROXY, "192.0.2.77", account(), PASSWORD);
        assertThat(result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void a_forged_forwarded_header_from_an_untrusted_address_is_ignored() throws Exception {
        String attacker = "198.51.100.66";
        for (int i = 0; i < 20; i++) {
            // a new forged client address each time would dodge the address limit if it were believed
            signIn(attacker, "192.0.2." + (10 + i), Fixtures.unique("guess") + "@test.example", "wrong");
        }
        MvcResult result = signIn(attacker, "192.0.2.250", account(), PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).contains("error");
        assertThat(result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LoginThrottledException.class);
    }
}
