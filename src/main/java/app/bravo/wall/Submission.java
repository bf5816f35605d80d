package app.bravo.wall;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A note as the person who shared it sees it in "my submissions": what became of it, when it was
 * decided and, when rejected, the moderator's reason. {@code decidedAt} is {@code null} while it waits.
 */
public record Submission(long id, FeedbackStatus status, String quote, @Nullable String customerName,
                         @Nullable String company, Channel channel, Instant submittedAt, @Nullable Instant decidedAt,
                         @Nullable String rejectReason) {
}
