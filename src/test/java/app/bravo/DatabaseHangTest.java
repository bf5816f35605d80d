package app.bravo;

import app.bravo.admin.ApiTokenService;
import app.bravo.people.PeopleService;
import app.bravo.people.ui.ProfileView;
import app.bravo.security.Role;
import app.bravo.shared.db.DatabaseTimeouts;
import app.bravo.shared.db.DatabaseUnavailable;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A database that accepts connections but answers nothing (the warm pool's connections included)
 * must not hang Bravo: health, the API, services and pages each fail within 10 seconds with a
 * clear answer, nothing is half-written, and everything works again once the database answers.
 */
@IntegrationTest
class DatabaseHangTest extends SpringBrowserlessTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ApiTokenService tokens;
    @Autowired PeopleService people;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void thawAndSignOut() {
        FreezableDatabase.thaw();
        Fixtures.signOut();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        // longer than the limit, so that a hang shows as a slow answer, not as a client error
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> health() throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")));
    }

    private HttpResponse<String> postNote(String token, String quote) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/feedback"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"quote\":\"" + quote + "\",\"channel\":\"EMAIL\"}")));
    }

    private static <T> Timed<T> timed(Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        return new Timed<>(result, Duration.ofNanos(System.nanoTime() - start));
    }

    record Timed<T>(T value, Duration took) {
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> Supplier<T> unchecked(Call<T> call) {
        return () -> {
            try {
                return call.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private void awaitHealthy() {
        await("health comes back within a minute of the thaw").atMost(Duration.ofSeconds(60))
                .until(() -> health().statusCode() == 200);
    }

    private static String chain(Throwable t) {
        var text = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            text.append(" <- ").append(c);
        }
        return text.toString();
    }

    private long rows(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void while_the_database_hangs_health_api_services_and_pages_answer_within_ten_seconds_and_then_recover() throws Exception {
        var admin = fixtures.person("Hang Admin", Role.ADMIN);
        fixtures.signIn(admin);
        String token = tokens.create(Fixtures.unique("Hang test")).token();
        var reader = fixtures.person("Hang Reader");
        fixtures.signIn(reader);
        assertThat(health().statusCode()).isEqualTo(200);
        assertThat(postNote(token, Fixtures.unique("Warm")).statusCode()).isEqualTo(201);
        String frozenQuote = Fixtures.unique("Sent while frozen");
        String frozenDepartment = Fixtures.unique("Made while frozen");

        FreezableDatabase.freeze();
        try {
            var down = timed(unchecked(this::health));
            assertThat(down.took()).isLessThan(LIMIT);
            assertThat(down.value().statusCode()).isEqualTo(503);
            assertThat(down.value().body()).contains("\"status\":\"DOWN\"");

            var post = timed(unchecked(() -> postNote(token, frozenQuote)));
            assertThat(post.took()).isLessThan(LIMIT);
            assertThat(post.value().statusCode()).isEqualTo(503);
            assertThat(post.value().headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(post.value().body()).contains("\"status\":503").contains("The database is not answering");

            fixtures.signIn(admin);
            var service = timed(() -> catchThrowable(() -> DatabaseTimeouts.withRequestTimeout(Duration.ofSeconds(5),
                    () -> people.createDepartment(frozenDepartment, null))));
            assertThat(service.took()).isLessThan(LIMIT);
            assertThat(service.value()).isNotNull();
            assertThat(DatabaseUnavailable.is(service.value())).as(chain(service.value())).isTrue();

            fixtures.signIn(reader);
            var page = timed(() -> DatabaseTimeouts.withRequestTimeout(Duration.ofSeconds(5), () -> {
                UI.getCurrent().navigate(ProfileView.path(reader.getId()));
                return $(H2.class).first().getText();
            }));
            assertThat(page.took()).isLessThan(LIMIT);
            assertThat(page.value()).isEqualTo("Bravo cannot reach its database");
        } finally {
            FreezableDatabase.thaw();
        }

        awaitHealthy();
        assertThat(rows("SELECT COUNT(*) FROM feedback_note WHERE quote = ?", frozenQuote)).isZero();
        assertThat(rows("SELECT COUNT(*) FROM department WHERE name = ?", frozenDepartment)).isZero();
        assertThat(postNote(token, frozenQuote).statusCode()).isEqualTo(201);
        fixtures.signIn(admin);
        long made = DatabaseTimeouts.withRequestTimeout(Duration.ofSeconds(5), () -> people.createDepartment(frozenDepartment, null));
        assertThat(made).isPositive();
        fixtures.signIn(reader);
        UI.getCurrent().navigate(ProfileView.path(reader.getId()));
        assertThat($(ProfileView.class).first()).isNotNull();
    }

    @Test
    void a_transaction_cut_off_by_a_hang_leaves_nothing_half_written() throws Exception {
        String first = Fixtures.unique("Half one");
        String second = Fixtures.unique("Half two");
        var tx = new TransactionTemplate(transactions);
        var cut = timed(() -> catchThrowable(() -> DatabaseTimeouts.withRequestTimeout(Duration.ofSeconds(5), () ->
                tx.execute(status -> {
                    jdbc.update("INSERT INTO department (name) VALUES (?)", first);
                    FreezableDatabase.freeze();
                    return jdbc.update("INSERT INTO department (name) VALUES (?)", second);
                }))));
        FreezableDatabase.thaw();

        assertThat(cut.took()).isLessThan(LIMIT);
        assertThat(DatabaseUnavailable.is(cut.value())).as(chain(cut.value())).isTrue();
        awaitHealthy();
        assertThat(rows("SELECT COUNT(*) FROM department WHERE name IN (?, ?)", first, second)).isZero();
    }
}
