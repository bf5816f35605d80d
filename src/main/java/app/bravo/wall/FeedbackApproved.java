package app.bravo.wall;

import app.bravo.shared.live.LiveEvent;
import java.time.Instant;
import java.util.Set;

/**
 * A note was approved and is on the wall. Published inside the approving transaction; handle it
 * with {@code @TransactionalEventListener} (after commit) so that a rolled-back approval announces nothing.
 * Open walls and office screens receive it through the {@code Broadcaster}.
 */
public record FeedbackApproved(long noteId, Set<Long> creditedPeople, Set<Long> creditedDepartments, Instant publishedAt)
        implements LiveEvent {
}
