package app.bravo.inbox;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.TestClock;
import app.bravo.inbox.internal.EventResubmissionJob;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A listener that failed once is retried by the resubmission job once the publication is old enough, and its message arrives once. */
@IntegrationTest
class EventResubmissionJobTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired RegistryProbe probe;
    @Autowired EventResubmissionJob job;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private long messages(long personId, String text) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE person_id = ? AND params = ?", Long.class,
                personId, "[\"" + text + "\"]");
    }

    private long publications(String text, String condition) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE SERIALIZED_EVENT LIKE ? AND " + condition,
                Long.class, "%" + text + "%");
    }

    @Test
    void a_listener_that_failed_once_is_retried_by_the_job_once_its_publication_is_older_than_the_age() {
        long person = fixtures.person("Resubmitted Reader").getId();
        String text = Fixtures.unique("retried");
        clock.set(Instant.parse("2026-04-01T09:00:00Z"));
        probe.failNextTimes(text);

        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(new RegistryProbe.Failing(person, text)));
        await("the first delivery fails").atMost(WAIT).until(() -> publications(text, "STATUS = 'FAILED'") == 1);

        clock.advance(Duration.ofMinutes(4));
        job.resubmit();
        assertThat(publications(text, "STATUS = 'FAILED' AND COMPLETION_ATTEMPTS = 1")).as("too young: left alone").isEqualTo(1);
        assertThat(messages(person, text)).isZero();

        clock.advance(Duration.ofMinutes(2));
        job.resubmit();
        await("the retry posts to the inbox").atMost(WAIT).until(() -> messages(person, text) == 1);
        await("and completes the publication").atMost(WAIT).until(() -> publications(text, "1 = 1") == 0);

        job.resubmit();
        assertThat(messages(person, text)).as("exactly once").isEqualTo(1);
    }
}
