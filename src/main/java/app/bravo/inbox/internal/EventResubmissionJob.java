package app.bravo.inbox.internal;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands every event publication that is still incomplete after {@code bravo.events.resubmit-older-than}
 * (its listener failed, say while the database was briefly away, or its instance stopped) to its
 * listener again, every few minutes, so that a failure is retried without a restart
 * (docs/decisions/DD017). The age keeps publications whose listener is still at work out of it.
 * <p>
 * ShedLock lets one instance of a cluster resubmit at a time. Delivery stays at least once, as at a
 * restart: listeners are harmless to repeat.
 */
@Component
public class EventResubmissionJob {

    private static final Logger log = LoggerFactory.getLogger(EventResubmissionJob.class);

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    EventResubmissionJob(IncompleteEventPublications incomplete,
                         @Value("${bravo.events.resubmit-older-than:PT5M}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${bravo.events.resubmit-every:PT5M}", initialDelayString = "${bravo.events.resubmit-every:PT5M}")
    @SchedulerLock(name = "event-resubmission", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    public void everyFewMinutes() {
        try {
            resubmit();
        } catch (RuntimeException e) {
            // the database is away: the next run tries again, and nothing incomplete is lost meanwhile
            log.warn("Resubmitting incomplete event publications failed; the next run tries again: {}", e.toString());
        }
    }

    /** Resubmits every incomplete publication published more than the configured age ago. */
    public void resubmit() {
        incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
    }
}
