package app.bravo.recognition.ui;

import app.bravo.Fixtures;
import app.bravo.recognition.RewardService;
import app.bravo.recognition.RewardsTestPoints;
import app.bravo.recognition.internal.Ledger;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** What the rewards views' tests share: the rewards service, received points to give, and signing out after each test. */
abstract class RewardsViewTestCase extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired RewardService rewards;
    @Autowired Ledger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    RewardsTestPoints points;

    @BeforeEach
    void points() {
        points = new RewardsTestPoints(tx, jdbc, ledger);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }
}
