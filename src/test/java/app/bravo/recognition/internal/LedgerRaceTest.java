package app.bravo.recognition.internal;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.recognition.internal.Ledger.AccountKind;
import app.bravo.recognition.internal.Ledger.MovementKind;
import app.bravo.shared.UserError;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** No overspending under concurrent requests, guarded by the database (issue 13, point 2). */
@IntegrationTest
class LedgerRaceTest {

    private static final int GIFTS = 100;
    private static final int ALLOWANCE = 100;
    private static final int POINTS = 3;
    private static final int RECIPIENTS = 10;

    @Autowired Ledger ledger;
    @Autowired RecognitionSettingsStore settings;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void a_hundred_parallel_gifts_at_one_allowance_neither_overspend_nor_lose_nor_double_a_gift() throws Exception {
        var data = new LedgerTestData(jdbc, clock);
        var tx = new TransactionTemplate(transactions);
        long dept = data.departmentWithAllowance(ALLOWANCE);
        long giver = fixtures.person("Racing Giver").getId();
        data.place(giver, dept);
        List<Long> recipients = new ArrayList<>();
        for (int i = 0; i < RECIPIENTS; i++) {
            recipients.add(fixtures.person("Racing Recipient").getId());
        }
        long[] kudos = new long[GIFTS];
        for (int i = 0; i < GIFTS; i++) {
            kudos[i] = data.kudos(giver);
        }
        // at most 10 gifts to one recipient (30 points) stay below the daily cap
        assertThat(settings.current().dailyCapPerPerson()).isGreaterThanOrEqualTo(GIFTS / RECIPIENTS * POINTS);
        tx.executeWithoutResult(s -> ledger.available(AccountKind.ALLOWANCE, giver));
        String actor = Fixtures.unique("race");

        // 100 threads start together; each takes a pooled connection in turn (the pool is smaller than
        // 100 and gives up on a wait after a few seconds, so the wait for one is kept outside it)
        int pool = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        var connections = new Semaphore(Math.max(2, pool - 3));
        var start = new CountDownLatch(1);
        var succeeded = new ConcurrentLinkedQueue<Integer>();
        var refused = new ConcurrentLinkedQueue<Integer>();
        ExecutorService threads = Executors.newFixedThreadPool(GIFTS);
        List<Future<?>> tasks = new ArrayList<>();
        try {
            for (int i = 0; i < GIFTS; i++) {
                int gift = i;
                tasks.add(threads.submit(() -> {
                    start.await();
                    connections.acquire();
                    try {
                        tx.executeWithoutResult(s -> ledger.give(giver, AccountKind.ALLOWANCE,
                                Map.of(recipients.get(gift % RECIPIENTS), POINTS), MovementKind.GIFT, kudos[gift], null, actor));
                        succeeded.add(gift);
                    } catch (UserError e) {
                        if (!e.key().equals("recognition.error.allowance-too-small")) {
                            throw e;
                        }
                        refused.add(gift);
                    } finally {
                        connections.release();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> task : tasks) {
                task.get(2, TimeUnit.MINUTES); // any other exception fails the test here
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(succeeded).hasSize(ALLOWANCE / POINTS);
        assertThat(refused).hasSize(GIFTS - ALLOWANCE / POINTS);
        assertThat(ledger.balance(AccountKind.ALLOWANCE, giver)).isEqualTo(ALLOWANCE % POINTS);
        long received = recipients.stream().mapToLong(r -> ledger.balance(AccountKind.RECEIVED, r)).sum();
        assertThat(received).isEqualTo((long) ALLOWANCE / POINTS * POINTS);
        for (int gift : succeeded) {
            assertThat(data.movementsOf(kudos[gift], MovementKind.GIFT)).as("gift %d", gift).isEqualTo(1);
        }
        for (int gift : refused) {
            assertThat(data.movementsOf(kudos[gift], MovementKind.GIFT)).as("gift %d", gift).isZero();
        }
        System.out.printf("Race: %d gifts, %d succeeded, %d refused (allowance-too-small), %d left, %d received%n",
                GIFTS, succeeded.size(), refused.size(), ledger.balance(AccountKind.ALLOWANCE, giver), received);
    }

    @Test
    void two_parallel_reversals_of_one_kudos_give_its_points_back_once() throws Exception {
        var data = new LedgerTestData(jdbc, clock);
        var tx = new TransactionTemplate(transactions);
        long dept = data.departmentWithAllowance(50);
        long giver = fixtures.person("Reversing Giver").getId();
        data.place(giver, dept);
        long r1 = fixtures.person("Reversed Recipient").getId();
        long r2 = fixtures.person("Reversed Recipient").getId();
        long k = data.kudos(giver);
        tx.executeWithoutResult(s -> ledger.give(giver, AccountKind.ALLOWANCE, Map.of(r1, 8, r2, 6), MovementKind.GIFT, k, null, "race"));

        var start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<Long>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                results.add(threads.submit(() -> {
                    start.await();
                    return tx.execute(s -> ledger.reverse(k, null, "race"));
                }));
            }
            start.countDown();
            long first = results.get(0).get(1, TimeUnit.MINUTES);
            long second = results.get(1).get(1, TimeUnit.MINUTES);
            assertThat(List.of(first, second)).containsExactlyInAnyOrder(14L, 0L);
        } finally {
            threads.shutdownNow();
        }
        assertThat(data.movementsOf(k, MovementKind.REVERSAL)).isEqualTo(2);
        assertThat(ledger.balance(AccountKind.ALLOWANCE, giver)).isEqualTo(50);
        assertThat(ledger.balance(AccountKind.RECEIVED, r1)).isZero();
    }
}
