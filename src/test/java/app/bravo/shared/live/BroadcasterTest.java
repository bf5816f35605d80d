package app.bravo.shared.live;

import app.bravo.IntegrationTest;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class BroadcasterTest {

    record Happened(String what) implements LiveEvent {
    }

    @Autowired Broadcaster broadcaster;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;

    @Test
    void subscribers_hear_an_event_only_once_its_transaction_commits() throws Exception {
        var heard = new LinkedBlockingQueue<Happened>();
        var registration = broadcaster.subscribe(Happened.class, heard::add);
        try {
            tx.executeWithoutResult(s -> {
                events.publishEvent(new Happened("rolled back"));
                s.setRollbackOnly();
            });
            tx.executeWithoutResult(s -> {
                events.publishEvent(new Happened("committed"));
                assertThat(heard).as("nothing before the commit").isEmpty();
            });
            assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo(new Happened("committed"));
            assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).isNull();
        } finally {
            registration.remove();
        }
    }
}
