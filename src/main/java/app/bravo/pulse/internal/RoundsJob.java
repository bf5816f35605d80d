package app.bravo.pulse.internal;

import app.bravo.inbox.Inbox;
import app.bravo.pulse.RoundClosed;
import app.bravo.pulse.RoundOpened;
import app.bravo.shared.time.CompanyCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens the pulse rounds that are due, closes those that have ended and sends the reminders: at
 * start-up and every five minutes. After downtime it opens only the current period's round (a
 * round whose time has passed unseen is not opened late: nobody could answer it) and closes every
 * overdue one.
 * <p>
 * ShedLock lets one instance of a cluster run it at a time; the database would keep a second run
 * harmless anyway: a round opens under its survey's row lock and the unique key (survey, period),
 * closes by a conditional write on its status, and a reminder step is taken by a conditional write
 * on the round before anyone is told. Each survey and round has a short transaction of its own, so
 * one failure stops nobody else.
 */
@Component
public class RoundsJob {

    /** Reminders go out when these shares of a round's time have passed, once each. */
    static final double[] REMINDER_STEPS = {0.5, 0.85};

    private static final Logger log = LoggerFactory.getLogger(RoundsJob.class);

    private final RoundStore rounds;
    private final Periods periods;
    private final CompanyCalendar calendar;
    private final Inbox inbox;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    RoundsJob(RoundStore rounds, Periods periods, CompanyCalendar calendar, Inbox inbox, ApplicationEventPublisher events,
              PlatformTransactionManager transactions) {
        this.rounds = rounds;
        this.periods = periods;
        this.calendar = calendar;
        this.inbox = inbox;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    @SchedulerLock(name = "pulse-rounds", lockAtMostFor = "PT10M")
    public void atStartup() {
        run();
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    @SchedulerLock(name = "pulse-rounds", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    public void every5Minutes() {
        run();
    }

    private void run() {
        try {
            closeOverdue();
            openDue();
            remind();
        } catch (RuntimeException e) {
            log.warn("The pulse rounds job failed; next try in five minutes: {}", e.toString());
        }
    }

    /** Closes every round whose time has ended; returns how many this run closed. */
    public int closeOverdue() {
        Instant now = calendar.now();
        int closed = 0;
        for (long id : rounds.overdue(now)) {
            try {
                Boolean done = tx.execute(s -> {
                    boolean c = rounds.close(id, now);
                    if (c) {
                        long survey = rounds.surveyOf(id).orElseThrow();
                        events.publishEvent(new RoundClosed(id, survey));
                    }
                    return c;
                });
                closed += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Closing pulse round {} failed; the next run tries again: {}", id, e.toString());
            }
        }
        return closed;
    }

    /** Opens the current round of every scheduled survey that has none yet; ends surveys with no round left. */
    public int openDue() {
        Instant now = calendar.now();
        LocalDate today = calendar.today();
        int opened = 0;
        for (RoundStore.Due due : rounds.scheduled(today)) {
            try {
                Boolean done = tx.execute(s -> open(due, now));
                opened += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Opening a round of pulse survey {} failed; the next run tries again: {}", due.surveyId(), e.toString());
            }
        }
        if (opened > 0) {
            log.info("Pulse rounds opened: {}", opened);
        }
        return opened;
    }

    private boolean open(RoundStore.Due due, Instant now) {
        Optional<int[]> thresholds = rounds.lockScheduled(due.surveyId());
        if (thresholds.isEmpty()) {
            return false;
        }
        Optional<Periods.Window> window = periods.current(due.schedule(), now);
        if (window.isEmpty()) {
            if (periods.over(due.schedule(), now)) {
                rounds.end(due.surveyId());
            }
            return false;
        }
        Periods.Window w = window.get();
        if (rounds.roundExists(due.surveyId(), w.key())) {
            return false;
        }
        LocalDate openDate = LocalDate.ofInstant(w.opensAt(), calendar.zone());
        LocalDate closeDate = LocalDate.ofInstant(w.closesAt(), calendar.zone());
        long id = rounds.open(due.surveyId(), w.key(), w.opensAt(), w.closesAt(), openDate, closeDate,
                thresholds.get()[0], thresholds.get()[1]);
        events.publishEvent(new RoundOpened(id, due.surveyId(), w.key()));
        return true;
    }

    /**
     * Sends each open round's reminder step that is due, once, to the people of its audience who have
     * not answered: never to those who have. After downtime only the latest due step goes out.
     */
    public int remind() {
        Instant now = calendar.now();
        int told = 0;
        for (RoundStore.Reminding r : rounds.openRounds()) {
            int step = dueStep(r, now);
            if (step <= r.step()) {
                continue;
            }
            try {
                Integer n = tx.execute(s -> {
                    if (!rounds.advanceReminder(r.id(), step)) {
                        return 0;
                    }
                    List<Long> people = rounds.notAnswered(r.id());
                    for (long person : people) {
                        inbox.post(person, "pulse.inbox.reminder", List.of(r.nameEn(), r.nameFa()), "pulse/" + r.id());
                    }
                    return people.size();
                });
                told += n == null ? 0 : n;
            } catch (RuntimeException e) {
                log.warn("Reminding for pulse round {} failed; the next run tries again: {}", r.id(), e.toString());
            }
        }
        return told;
    }

    private static int dueStep(RoundStore.Reminding r, Instant now) {
        long length = Duration.between(r.opensAt(), r.closesAt()).toMillis();
        long passed = Duration.between(r.opensAt(), now).toMillis();
        int step = 0;
        for (int i = 0; i < REMINDER_STEPS.length; i++) {
            if (passed >= (long) (length * REMINDER_STEPS[i])) {
                step = i + 1;
            }
        }
        return step;
    }
}
