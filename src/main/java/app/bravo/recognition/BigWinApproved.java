package app.bravo.recognition;

import java.util.List;

/**
 * A big win was approved and its points paid from the company budget to {@code recipientIds}; {@code leftIds}
 * are the recipients who had left the company by then and were not paid (null in events stored before).
 */
public record BigWinApproved(long kudosId, long nominatorId, List<Long> recipientIds, int pointsEach, long decidedBy,
                             @org.jspecify.annotations.Nullable List<Long> leftIds) {
}
