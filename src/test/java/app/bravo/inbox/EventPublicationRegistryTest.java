package app.bravo.inbox;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.TestClock;
import app.bravo.inbox.internal.EventResubmissionJob;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events that must not be lost go through Spring Modulith's event publication registry
 * (docs/decisions/DD017): the publishing transaction writes a row per listener into
 * EVENT_PUBLICATION, the listener runs after commit on another thread in a transaction of its own,
 * a completed publication's row is deleted, and a failed one stays until it is delivered again.
 */
@IntegrationTest
class EventPublicationRegistryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired Fixtures fixtures;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired RegistryProbe probe;
    @Autowired EventResubmissionJob job;
    @Autowired TestClock clock;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
        clock.reset();
    }

    private void publishInTransaction(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    /** Inbox messages of this person carrying this text (the probe posts the text as its only parameter). */
    private long messages(long personId, String text) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE person_id = ? AND params = ?", Long.class,
                personId, "[\"" + text + "\"]");
    }

    private long publications(String text, String condition) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE SERIALIZED_EVENT LIKE ? AND " + condition,
                Long.class, "%" + text + "%");
    }

    @Test
    void an_event_published_in_a_transaction_reaches_its_listener_after_commit_and_leaves_no_row() {
        long person = fixtures.person("Registry Reader").getId();
        String text = Fixtures.unique("happened");

        publishInTransaction(new RegistryProbe.Happened(person, text));

        await("the listener posts to the inbox").atMost(WAIT).until(() -> messages(person, text) == 1);
        await("the completed publication is deleted").atMost(WAIT).until(() -> publications(text, "1 = 1") == 0);
    }

    @Test
    void a_rolled_back_transaction_publishes_nothing() {
        long person = fixtures.person("Registry Rollback").getId();
        String text = Fixtures.unique("rolled-back");

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new RegistryProbe.Happened(person, text));
            assertThat(publications(text, "COMPLETION_DATE IS NULL")).as("recorded inside the transaction").isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(publications(text, "1 = 1")).isZero();
        assertThat(messages(person, text)).isZero();
    }

    @Test
    void a_failed_listener_leaves_an_incomplete_publication_that_a_resubmission_delivers() {
        long person = fixtures.person("Registry Retry").getId();
        String text = Fixtures.unique("failing");
        probe.failNextTimes(text);

        publishInTransaction(new RegistryProbe.Failing(person, text));

        await("the failure is recorded").atMost(WAIT).until(() -> publications(text, "STATUS = 'FAILED'") == 1);
        assertThat(publications(text, "COMPLETION_DATE IS NULL")).isEqualTo(1);
        assertThat(messages(person, text)).isZero();

        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof RegistryProbe.Failing f && f.text().equals(text));

        await("the second delivery posts to the inbox").atMost(WAIT).until(() -> messages(person, text) == 1);
        await("and completes the publication").atMost(WAIT).until(() -> publications(text, "1 = 1") == 0);
        assertThat(messages(person, text)).isEqualTo(1);
    }

    @Test
    void a_listener_runs_with_no_one_signed_in_even_when_the_publisher_was() {
        var publisher = fixtures.signInAs();
        String text = Fixtures.unique("signed-in");

        publishInTransaction(new RegistryProbe.Happened(publisher.personId(), text));

        await().atMost(WAIT).until(() -> messages(publisher.personId(), text) == 1);
        assertThat(probe.signedIn(text)).isEqualTo("nobody");
        assertThat(jdbc.queryForList("SELECT message_key FROM inbox_message WHERE person_id = ?", String.class,
                publisher.personId())).isEqualTo(List.of("inboxtest.probe"));
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
