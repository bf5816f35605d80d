package app.bravo.recognition.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link Celebrations} at start-up and every half hour, so that a celebration appears soon
 * after midnight in the company zone and a restart or a missed run changes nothing. ShedLock lets
 * one instance of a cluster run it at a time; the unique celebration key would refuse a second
 * post anyway.
 */
@Component
class CelebrationJob {

    private static final Logger log = LoggerFactory.getLogger(CelebrationJob.class);

    private final Celebrations celebrations;

    CelebrationJob(Celebrations celebrations) {
        this.celebrations = celebrations;
    }

    @EventListener(ApplicationReadyEvent.class)
    @SchedulerLock(name = "recognition-celebrations", lockAtMostFor = "PT5M")
    public void atStartup() {
        run();
    }

    @Scheduled(fixedDelayString = "PT30M", initialDelayString = "PT30M")
    @SchedulerLock(name = "recognition-celebrations", lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
    public void everyHalfHour() {
        run();
    }

    private void run() {
        try {
            int posted = celebrations.catchUp().size();
            if (posted > 0) {
                log.info("Posted {} celebrations (work anniversaries, birthdays)", posted);
            }
        } catch (RuntimeException e) {
            // the database is away: the next run catches up
            log.warn("Celebrations failed; next try in half an hour: {}", e.toString());
        }
    }
}
