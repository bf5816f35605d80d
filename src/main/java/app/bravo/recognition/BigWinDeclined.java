package app.bravo.recognition;

import java.util.List;

/** A big-win nomination was declined, with the decider's note (tell the nominator). */
public record BigWinDeclined(long kudosId, long nominatorId, List<Long> recipientIds, String note, long decidedBy) {
}
