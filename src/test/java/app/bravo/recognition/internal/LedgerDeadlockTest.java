package app.bravo.recognition.internal;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.TestClock;
import app.bravo.people.Person;
import app.bravo.recognition.KudosForm;
import app.bravo.recognition.KudosService;
import app.bravo.recognition.internal.Ledger.AccountKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crossed gifts among a few people at the start of a month, while each giver's allowance rolls
 * lazily and the allowance job rolls them too: under REPEATABLE READ's gap locks such transactions
 * deadlock now and then, and a deadlock must never reach the giver (DD019). Every gift fits its
 * allowance and the daily cap, so every one must succeed, exactly once.
 */
@IntegrationTest
class LedgerDeadlockTest {

    private static final int PEOPLE = 6;
    private static final int ROUNDS = 3;

    @Autowired KudosService kudos;
    @Autowired AllowanceJob job;
    @Autowired Ledger ledger;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
        Fixtures.signOut();
    }

    @Test
    void crossed_gifts_during_a_monthly_roll_all_succeed_and_no_deadlock_reaches_anyone() throws Exception {
        var data = new LedgerTestData(jdbc, clock);
        long dept = data.departmentWithAllowance(100);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            Person p = fixtures.person("Crossing Giver");
            data.place(p.getId(), dept);
            people.add(p);
        }
        // last month: every allowance exists and has something left to expire
        clock.set(Instant.parse("2026-05-20T10:00:00Z"));
        for (Person p : people) {
            fixtures.signIn(p);
            kudos.myPoints();
        }
        clock.set(Instant.parse("2026-06-01T06:00:00Z"));

        List<Callable<Long>> work = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Person giver : people) {
                for (Person taker : people) {
                    if (giver != taker) {
                        work.add(() -> {
                            fixtures.signIn(giver);
                            return kudos.give(KudosForm.of(List.of(taker.getId()), "Crossed thanks", Set.of(), 1));
                        });
                    }
                }
            }
            work.add(() -> (long) job.rollDue());
        }
        var start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<Long>> results = new ArrayList<>();
        try {
            for (Callable<Long> w : work) {
                results.add(threads.submit(() -> {
                    start.await();
                    try {
                        return w.call();
                    } finally {
                        Fixtures.signOut();
                    }
                }));
            }
            start.countDown();
            for (Future<Long> r : results) {
                r.get(2, TimeUnit.MINUTES); // a deadlock or any other failure fails the test here
            }
        } finally {
            threads.shutdownNow();
        }

        int gifts = PEOPLE * (PEOPLE - 1) * ROUNDS;
        assertThat(jdbc.sql("SELECT COUNT(*) FROM kudos WHERE giver_id IN (:g) AND created_at >= :at")
                .param("g", people.stream().map(Person::getId).toList())
                .param("at", java.sql.Timestamp.from(Instant.parse("2026-06-01T00:00:00Z"))).query(Long.class).single())
                .isEqualTo(gifts);
        for (Person p : people) {
            assertThat(ledger.balance(AccountKind.ALLOWANCE, p.getId())).as("this month's allowance less the gifts")
                    .isEqualTo(100 - (PEOPLE - 1) * ROUNDS);
        }
    }
}
