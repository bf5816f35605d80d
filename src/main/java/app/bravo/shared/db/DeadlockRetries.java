package app.bravo.shared.db;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/** Turns on Spring's {@code @Retryable}, which {@link RetryOnDeadlock} carries (docs/decisions/DD019). */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class DeadlockRetries {
}
