package app.bravo.shared.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.SQLTransactionRollbackException;
import org.springframework.resilience.annotation.Retryable;

/**
 * Runs a public service method's whole transaction again when MariaDB chose it as a deadlock's
 * victim (docs/decisions/DD019): the database rolled it back, so nothing of it stays, and a second
 * try sees the other transaction's work. The retry is outside the transaction and the security
 * check (Spring's retry advice goes before the existing advisors), so each attempt is a fresh
 * transaction. Only a rollback the server chose (SQLSTATE 40xxx, anywhere in the cause chain) is
 * retried; a refusal ({@code UserError}), a lock wait timeout or any other failure is not.
 * <p>
 * Put it on the outermost transactional method only: a retry inside a transaction that is already
 * marked rollback-only would fail again.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(includes = SQLTransactionRollbackException.class, maxRetries = 5, delay = 20, jitter = 10, multiplier = 2,
        maxDelay = 500)
public @interface RetryOnDeadlock {
}
