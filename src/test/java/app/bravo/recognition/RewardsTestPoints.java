package app.bravo.recognition;

import app.bravo.recognition.internal.Ledger;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a person received points for a rewards test, as a big win would: a company top-up, then an
 * award on a minimal kudos row made in SQL (the kudos feature is not needed for it).
 */
public final class RewardsTestPoints {

    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final Ledger ledger;

    public RewardsTestPoints(TransactionTemplate tx, JdbcClient jdbc, Ledger ledger) {
        this.tx = tx;
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** Gives the points; returns the kudos row's id. */
    public long give(long personId, int points, String message) {
        Long kudos = tx.execute(status -> {
            var keys = new GeneratedKeyHolder();
            var now = Timestamp.from(Instant.now());
            jdbc.sql("""
                    INSERT INTO kudos (kind, status, giver_id, message, created_at, published_at)
                    VALUES ('BIG', 'PUBLISHED', NULL, :m, :at, :at)""")
                    .param("m", message).param("at", now).update(keys, "id");
            long id = keys.getKeyAs(Number.class).longValue();
            ledger.topUp(points, "test");
            ledger.award(id, List.of(personId), points, "test");
            return id;
        });
        return kudos == null ? 0 : kudos;
    }

    public long balance(long personId) {
        return ledger.balance(Ledger.AccountKind.RECEIVED, personId);
    }
}
