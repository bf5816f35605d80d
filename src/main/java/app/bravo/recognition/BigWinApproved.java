package app.bravo.recognition;

import java.util.List;

/** A big win was approved and its points paid from the company budget. */
public record BigWinApproved(long kudosId, long nominatorId, List<Long> recipientIds, int pointsEach, long decidedBy) {
}
