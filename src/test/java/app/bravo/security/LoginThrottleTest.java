package app.bravo.security;

import java.time.Duration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(5));

    @Test
    void an_account_is_paused_after_its_allowance_of_failures() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.allows("ana@example.com", "10.0.0.1")).isTrue();
            throttle.recordFailure("ana@example.com", "10.0.0.1");
        }
        assertThat(throttle.allows("ana@example.com", "10.0.0.1")).isFalse();
        assertThat(throttle.allows("ANA@example.com ", "10.0.0.2")).as("the same account from elsewhere").isFalse();
        assertThat(throttle.allows("bo@example.com", "10.0.0.2")).as("another account").isTrue();
    }

    @Test
    void an_address_is_paused_after_failures_across_many_accounts() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("user" + i + "@example.com", "10.0.0.9");
        }
        assertThat(throttle.allows("fresh@example.com", "10.0.0.9")).isFalse();
        assertThat(throttle.allows("fresh@example.com", "10.0.0.10")).isTrue();
    }

    @Test
    void an_unknown_account_is_throttled_exactly_like_a_real_one() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("nobody-" + i + "@example.com", "10.1.0." + i);
            throttle.recordFailure("nobody@example.com", "10.2.0." + i);
        }
        assertThat(throttle.allows("nobody@example.com", "10.3.0.1")).isFalse();
    }
}
