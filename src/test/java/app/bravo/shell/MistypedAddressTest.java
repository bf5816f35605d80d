package app.bravo.shell;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.PeopleService;
import app.bravo.security.Accounts;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP, a signed-in person's mistyped address reaches Bravo's own pages (which show
 * "page not found", see ErrorViewsTest) instead of the browser's bare "HTTP ERROR 403".
 */
@IntegrationTest
class MistypedAddressTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    static final String PASSWORD = "garden-pebble-58";

    @LocalServerPort int port;
    @Autowired PeopleService people;
    @Autowired Fixtures fixtures;

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html,application/xhtml+xml").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient signedIn() throws Exception {
        String email = Accounts.create(fixtures, people, "typo", PASSWORD, Set.of());

        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        var login = get(http, "/login");
        var csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).as("the sign-in page carries a CSRF token: %s %s", login.statusCode(), login.body()).isTrue();
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + PASSWORD
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var signIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return http;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nope", "/wall/xyz", "/people/abc", "/kiosk/"})
    void a_signed_in_person_gets_bravos_page_not_a_bare_403(String path) throws Exception {
        var response = get(signedIn(), path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.body()).as(path).contains("<html").contains("window.Vaadin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nope", "/kiosk/"})
    void a_visitor_who_is_not_signed_in_is_sent_to_the_sign_in_page(String path) throws Exception {
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var response = get(http, path);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}
