package app.bravo.recognition;

import app.bravo.recognition.internal.Ledger;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** Gives a person received points for a rewards test: a company top-up, then a big-win award on a minimal kudos row. */
final class RewardPoints {

    private RewardPoints() {
    }

    static long give(TransactionTemplate tx, JdbcClient jdbc, Ledger ledger, long personId, int points, String message) {
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

    static long balance(Ledger ledger, long personId) {
        return ledger.balance(Ledger.AccountKind.RECEIVED, personId);
    }
}
