package app.bravo.recognition.internal;

import app.bravo.Fixtures;
import app.bravo.TestClock;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What the ledger's tests share: the ledger and its job, the settings put back and the clock
 * reset after each test, work in a transaction of its own, and people placed in departments.
 */
abstract class LedgerTestCase {

    @Autowired Ledger ledger;
    @Autowired AllowanceJob job;
    @Autowired RecognitionSettingsStore settings;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    LedgerTestData data;
    TransactionTemplate tx;
    RecognitionSettingsStore.Settings before;
    final String actor = Fixtures.unique("ledger-test");

    @BeforeEach
    void setUpLedger() {
        data = new LedgerTestData(jdbc, clock);
        tx = new TransactionTemplate(transactions);
        before = settings.current();
    }

    @AfterEach
    void restoreLedger() {
        settings.update(before);
        clock.reset();
    }

    <T> T inTx(Supplier<T> work) {
        return tx.execute(s -> work.get());
    }

    void run(Runnable work) {
        tx.executeWithoutResult(s -> work.run());
    }

    UserError refusal(Runnable work) {
        return catchThrowableOfType(UserError.class, () -> run(work));
    }

    /** A new person in this department. */
    long person(long department, Role... roles) {
        long id = fixtures.person("Ledger Person", roles).getId();
        data.place(id, department);
        return id;
    }
}
