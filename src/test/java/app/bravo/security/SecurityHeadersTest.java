package app.bravo.security;

import app.bravo.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Every answer carries the security headers, over real HTTP, for each security chain. */
@IntegrationTest
class SecurityHeadersTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> fetch(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().allValues(name).stream().reduce((a, b) -> a + " | " + b).orElse("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/login?error", "/", "/styles.css", "/nope", "/actuator/health",
            "/api/v1/wall", "/v3/api-docs", "/VAADIN/nothing-here.js"})
    void every_answer_forbids_sniffing_framing_and_outside_origins(String path) throws Exception {
        var response = fetch(path);
        assertThat(header(response, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        assertThat(header(response, "X-Frame-Options")).as(path).isEqualTo("DENY");
        assertThat(header(response, "Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
        assertThat(header(response, "Permissions-Policy")).as(path).contains("camera=()", "geolocation=()", "microphone=()");
        String csp = header(response, "Content-Security-Policy");
        assertThat(csp).as(path).startsWith("default-src 'self';")
                .contains("object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'")
                .doesNotContain("http:", "https:", "*");
        assertThat(header(response, "Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
    }

    @Test
    void the_sign_in_page_itself_is_served_with_the_headers() throws Exception {
        var response = fetch("/login");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).as("Vaadin's sign-in page, not Spring's generated one").contains("window.Vaadin");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "Content-Security-Policy")).contains("script-src 'self'");
    }

    @Test
    void the_office_screen_may_be_framed_by_the_configured_origins_only() throws Exception {
        var response = fetch("/kiosk/not-a-real-token");
        assertThat(header(response, "Content-Security-Policy")).contains("frame-ancestors https://signage.test.example")
                .doesNotContain("frame-ancestors 'none'");
        assertThat(header(response, "X-Frame-Options")).isNotEqualTo("DENY");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void hsts_is_sent_over_tls_and_through_a_trusted_tls_proxy() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(r -> assertThat(r.getResponse().getHeader("Strict-Transport-Security")).startsWith("max-age=31536000"));
        mvc.perform(get("/login").header("X-Forwarded-Proto", "https").with(r -> { r.setRemoteAddr("203.0.113.10"); return r; }))
                .andExpect(r -> assertThat(r.getResponse().getHeader("Strict-Transport-Security")).startsWith("max-age="));
        mvc.perform(get("/login").header("X-Forwarded-Proto", "https").with(r -> { r.setRemoteAddr("198.51.100.99"); return r; }))
                .andExpect(r -> assertThat(r.getResponse().getHeader("Strict-Transport-Security")).isNull());
    }

    @Test
    void metrics_need_the_scrape_token_while_health_stays_open() throws Exception {
        assertThat(fetch("/actuator/health").statusCode()).isEqualTo(200);
        var none = fetch("/actuator/prometheus");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(header(none, "WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(fetch("/actuator/prometheus", "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
        var scraped = fetch("/actuator/prometheus", "Authorization", "Bearer scrape-secret-for-tests");
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");
        assertThat(fetch("/actuator/env", "Authorization", "Bearer scrape-secret-for-tests").statusCode()).isEqualTo(401);
    }

    @Test
    void framing_origins_must_be_origins() {
        assertThat(SecurityHeaders.ancestors("")).isEqualTo("'none'");
        assertThat(SecurityHeaders.ancestors("https://a.example, https://b.example:8443")).isEqualTo("https://a.example https://b.example:8443");
        assertThatThrownBy(() -> SecurityHeaders.ancestors("https://a.example; script-src *"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an origin");
    }
}
