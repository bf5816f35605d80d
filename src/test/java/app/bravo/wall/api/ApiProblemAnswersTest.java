package app.bravo.wall.api;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.admin.ApiTokenService;
import app.bravo.admin.NewApiToken;
import app.bravo.security.Role;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer under /api is an RFC 9457 problem when something is wrong, over real HTTP (the
 * container's error dispatch, Vaadin's forwarding and redirects only show there): never a
 * redirect to the sign-in page, never the Vaadin page.
 */
@IntegrationTest
class ApiProblemAnswersTest {

    @LocalServerPort int port;
    @Autowired ApiTokenService tokens;
    @Autowired Fixtures fixtures;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private NewApiToken token;

    @BeforeEach
    void makeToken() {
        fixtures.signInAs(Role.ADMIN);
        token = tokens.create(Fixtures.unique("problems"));
        Fixtures.signOut();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token.token());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.headers().firstValue("Location")).isEmpty();
        assertThat(answer.body()).contains("\"status\":" + status).doesNotContain("<html", "<!doctype");
    }

    @Test
    void an_unsupported_method_is_a_405_problem_not_a_redirect_to_sign_in() throws Exception {
        assertProblem(send(request("/api/v1/feedback").DELETE().build()), 405);
        assertProblem(send(request("/api/v1/wall").PUT(HttpRequest.BodyPublishers.ofString("{}")).build()), 405);
    }

    @Test
    void an_unsupported_media_type_is_a_415_problem() throws Exception {
        assertProblem(send(request("/api/v1/feedback").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build()), 415);
    }

    @Test
    void an_unknown_path_is_a_404_problem_not_the_vaadin_page() throws Exception {
        assertProblem(send(request("/api/v1/nope").GET().build()), 404);
        assertProblem(send(request("/api/v2/feedback").GET().build()), 404);
    }

    @Test
    void a_missing_token_is_a_401_problem_on_any_path() throws Exception {
        var noToken = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/nope")).GET().build();
        var answer = send(noToken);
        assertProblem(answer, 401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void a_body_over_the_limit_is_a_413_problem_by_its_length_and_when_sent_in_chunks() throws Exception {
        String big = "{\"quote\":\"" + "x".repeat(70 * 1024) + "\",\"channel\":\"EMAIL\"}";
        assertProblem(send(request("/api/v1/feedback").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(big)).build()), 413);

        // no Content-Length: the limit holds while the body is read
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        var chunked = request("/api/v1/feedback").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream) new ByteArrayInputStream(bytes))).build();
        assertProblem(send(chunked), 413);
    }

    @Test
    void not_acceptable_is_a_problem_too() throws Exception {
        var answer = send(request("/api/v1/wall").header("Accept", "text/html").GET().build());
        assertThat(answer.statusCode()).isEqualTo(HttpURLConnection.HTTP_NOT_ACCEPTABLE);
        assertThat(answer.body()).doesNotContain("<html");
    }
}
