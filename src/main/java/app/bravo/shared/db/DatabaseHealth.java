package app.bravo.shared.db;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code db} part of {@code /actuator/health}, with a deadline of its own: Spring Boot's check
 * waits as long as the database does, so a hung database kept the health endpoint (and the image's
 * health check) waiting for minutes. This one answers DOWN when no answer came within
 * {@code bravo.db.health-timeout}; a check still waiting is joined, never started twice, so a
 * hung database cannot pile up checking threads.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    private final DataSource dataSource;
    private final Duration timeout;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "db-health");
        t.setDaemon(true);
        return t;
    });
    private @Nullable CompletableFuture<Boolean> running;

    DatabaseHealth(DataSource dataSource, @Value("${bravo.db.health-timeout:3s}") Duration timeout) {
        this.dataSource = dataSource;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        CompletableFuture<Boolean> check = check();
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    ? Health.up().withDetail("database", "MariaDB").build()
                    : Health.down().withDetail("error", "the connection is not valid").build();
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", "no answer within " + timeout.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause() instanceof Exception ex ? ex : e).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", "interrupted").build();
        }
    }

    private synchronized CompletableFuture<Boolean> check() {
        if (running == null || running.isDone()) {
            running = CompletableFuture.supplyAsync(this::ping, checker);
        }
        return running;
    }

    private boolean ping() {
        try (var connection = dataSource.getConnection()) {
            int millis = (int) timeout.toMillis();
            connection.setNetworkTimeout(Runnable::run, millis);
            return connection.isValid(Math.max(1, millis / 1000));
        } catch (java.sql.SQLException e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }
}
