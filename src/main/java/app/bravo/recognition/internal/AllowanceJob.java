package app.bravo.recognition.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rolls every monthly points account that is due into the current company month (the expiry of
 * what is left, this month's grant): at start-up (after the demo company is seeded) and every
 * fifteen minutes, so that a month's end passes on time even for people who give nothing, and a
 * restart or downtime over a month's end is caught up at once. The ledger rolls lazily too, before
 * any use, so a late run changes no balance a person could spend.
 * <p>
 * ShedLock lets one instance of a cluster run it at a time; the roll's marker and once-only keys
 * (V016, V020) would make a second run harmless anyway. Each person rolls in a short transaction of
 * their own, so one failure (a deadlock, a person removed meanwhile) stops nobody else.
 */
@Component
public class AllowanceJob {

    private static final Logger log = LoggerFactory.getLogger(AllowanceJob.class);

    private final Ledger ledger;
    private final TransactionTemplate tx;

    AllowanceJob(Ledger ledger, PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.tx = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    @SchedulerLock(name = "recognition-allowances", lockAtMostFor = "PT10M")
    public void atStartup() {
        run();
    }

    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT15M")
    @SchedulerLock(name = "recognition-allowances", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    public void every15Minutes() {
        run();
    }

    private void run() {
        try {
            rollDue();
        } catch (RuntimeException e) {
            // the database is away: the next run catches up, and every use of an account rolls it first
            log.warn("Rolling the monthly points accounts failed; next try in fifteen minutes: {}", e.toString());
        }
    }

    /** Rolls every due account, each in its own transaction; returns how many rolled. */
    public int rollDue() {
        int rolled = 0;
        int failed = 0;
        for (long[] due : ledger.dueForRoll()) {
            long person = due[0];
            Ledger.AccountKind kind = due[1] == 0 ? Ledger.AccountKind.ALLOWANCE : Ledger.AccountKind.TEAM_BUDGET;
            try {
                tx.executeWithoutResult(s -> ledger.roll(kind, person));
                rolled++;
            } catch (RuntimeException e) {
                failed++;
                log.warn("Rolling the {} of person {} failed; the next run tries again: {}", kind, person, e.toString());
            }
        }
        if (rolled > 0 || failed > 0) {
            log.info("Monthly points accounts rolled into {}: {} ({} failed)", ledger.currentPeriod(), rolled, failed);
        }
        return rolled;
    }
}
