package app.bravo.shared.db;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Timeouts for work done while a person or an integration waits (README, "Operations"): every
 * connection a web request takes from the pool gets a network timeout, so a database that accepts
 * connections but answers nothing fails the request within seconds instead of hanging it. Work
 * outside a request (start-up migrations, imports and other background jobs, a benchmark's
 * seeding) keeps no such limit, so a long index rebuild is never cut short; code that must do long
 * work on a request thread wraps it in {@link #withoutRequestTimeout}. The connect and pool timeouts
 * are plain settings in application.properties.
 * <p>
 * A request whose database work failed this way answers 503 under {@code /api/} (here, for
 * failures raised before a controller, such as the token check; {@link DatabaseUnavailableAdvice}
 * for controllers) and a friendly message in the UI (the shell's error handler).
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseTimeouts {

    private static final Logger log = LoggerFactory.getLogger(DatabaseTimeouts.class);
    private static final ThreadLocal<@Nullable Duration> REQUEST_TIMEOUT = new ThreadLocal<>();
    public static final String RETRY_AFTER_SECONDS = "30";
    static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
            + "\"detail\":\"The database is not answering. Nothing was saved; try again in a minute.\"}";

    /** Wraps the application's data source so that connections taken during a request get the request's timeout. */
    @Bean
    static BeanPostProcessor requestTimeoutDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !(bean instanceof RequestTimeoutDataSource)
                        ? new RequestTimeoutDataSource(ds) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<RequestScope> databaseRequestTimeout(@Value("${bravo.db.request-timeout:5s}") Duration timeout) {
        var registration = new FilterRegistrationBean<>(new RequestScope(timeout));
        // before the security chains, whose token check already reads the database
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Runs work on a request thread without the request's statement timeout (long admin work). */
    public static <T> T withoutRequestTimeout(Supplier<T> work) {
        Duration before = REQUEST_TIMEOUT.get();
        REQUEST_TIMEOUT.remove();
        try {
            return work.get();
        } finally {
            REQUEST_TIMEOUT.set(before);
        }
    }

    /** Runs work as a request would, with a statement timeout; for tests of code outside a request. */
    public static <T> T withRequestTimeout(Duration timeout, Supplier<T> work) {
        Duration before = REQUEST_TIMEOUT.get();
        REQUEST_TIMEOUT.set(timeout);
        try {
            return work.get();
        } finally {
            REQUEST_TIMEOUT.set(before);
        }
    }

    static final class RequestTimeoutDataSource extends DelegatingDataSource {

        RequestTimeoutDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return limit(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return limit(super.getConnection(username, password));
        }

        private static Connection limit(Connection connection) throws SQLException {
            Duration timeout = REQUEST_TIMEOUT.get();
            if (timeout != null) {
                // the pool puts its own value back when the connection returns
                connection.setNetworkTimeout(Runnable::run, (int) timeout.toMillis());
            }
            return connection;
        }
    }

    /** Marks the request's thread for the statement timeout, and answers an API request 503 when the database did not. */
    static final class RequestScope extends OncePerRequestFilter {

        private final Duration timeout;

        RequestScope(Duration timeout) {
            this.timeout = timeout;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Duration before = REQUEST_TIMEOUT.get();
            REQUEST_TIMEOUT.set(timeout);
            try {
                chain.doFilter(request, response);
            } catch (ServletException | RuntimeException e) {
                if (!DatabaseUnavailable.is(e) || response.isCommitted() || !request.getRequestURI().startsWith("/api/")) {
                    throw e;
                }
                log.warn("Database not answering: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(), e.toString());
                writeProblem(response);
            } finally {
                REQUEST_TIMEOUT.set(before);
            }
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }
    }

    static void writeProblem(HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(PROBLEM);
    }
}
