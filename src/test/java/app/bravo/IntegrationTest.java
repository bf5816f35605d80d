package app.bravo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A test against the whole application and a real MariaDB: the embedded one, or the server that
 * SPRING_DATASOURCE_URL names. All such tests share one application context and one database, so
 * each makes its own data through {@link Fixtures} and never counts rows of a shared table.
 * <p>
 * Every test of the JVM must use this one configuration: a second application context would
 * install its own Vaadin-aware security context strategy, and the first context's tests would
 * then sign in where its services no longer look (docs/decisions/DD004). The database is reached
 * through {@link FreezableDatabase}, so that a test can make it hang; the application's clock is the
 * {@link TestClock}, so that a test can fix the time (and resets it after).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({Fixtures.class, FreezableDatabase.class, TestClock.Config.class})
public @interface IntegrationTest {
}
