package app.bravo.wall;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes sure each day has a note of the day: at start-up and every ten minutes, so that a restart
 * or a missed run changes nothing. ShedLock lets one instance of a cluster run it at a time; the
 * unique index on {@code featured_on} would refuse a second pick anyway.
 */
@Component
class NoteOfTheDayJob {

    private static final Logger log = LoggerFactory.getLogger(NoteOfTheDayJob.class);

    private final NoteOfTheDay noteOfTheDay;

    NoteOfTheDayJob(NoteOfTheDay noteOfTheDay) {
        this.noteOfTheDay = noteOfTheDay;
    }

    @EventListener(ApplicationReadyEvent.class)
    @SchedulerLock(name = "note-of-the-day", lockAtMostFor = "PT5M")
    public void atStartup() {
        run();
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    @SchedulerLock(name = "note-of-the-day", lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
    public void every10Minutes() {
        run();
    }

    private void run() {
        try {
            noteOfTheDay.pickAutomatically();
        } catch (RuntimeException e) {
            // another instance won the race for today (unique index), or the database is away: try again later
            log.warn("Automatic note of the day failed; next try in ten minutes: {}", e.toString());
        }
    }
}
