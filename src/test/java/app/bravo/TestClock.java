package app.bravo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's one {@link Clock} in the shared test context: the system clock, unless a test
 * fixes it ({@link #set}) or moves it on ({@link #advance}). A test that touches it calls
 * {@link #reset()} in {@code @AfterEach}, since every other test and every scheduled job of the
 * context reads the same clock.
 * <pre>
 * &#64;Autowired TestClock clock;
 * &#64;AfterEach void realTime() { clock.reset(); }
 * </pre>
 */
public final class TestClock extends Clock {

    private final AtomicReference<@Nullable Instant> fixed = new AtomicReference<>();
    private final Clock system = Clock.systemUTC();

    TestClock() {
    }

    /** Stops the clock at this instant. */
    public void set(Instant instant) {
        fixed.set(instant);
    }

    /** Moves the clock on (fixing it first at the present, if it runs). */
    public void advance(Duration duration) {
        fixed.updateAndGet(now -> (now == null ? system.instant() : now).plus(duration));
    }

    /** Back to the system clock. */
    public void reset() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant now = fixed.get();
        return now == null ? system.instant() : now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    /** Makes the test clock the application's clock (imported by {@link IntegrationTest}). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
