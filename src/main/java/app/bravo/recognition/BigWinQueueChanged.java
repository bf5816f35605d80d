package app.bravo.recognition;

import app.bravo.shared.live.LiveEvent;

/**
 * A nomination entered the approvals queues or left them (nominated, approved, declined): open
 * queues read it again through {@link BigWinService#queued}, each with its reader's rights, which is
 * why it carries nothing but the id. Published after commit.
 */
public record BigWinQueueChanged(long nominationId) implements LiveEvent {
}
