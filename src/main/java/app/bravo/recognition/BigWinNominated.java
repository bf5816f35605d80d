package app.bravo.recognition;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A big win was nominated; {@code approverId} decides it, or HR when it is null. */
public record BigWinNominated(long kudosId, long nominatorId, List<Long> recipientIds, @Nullable Long approverId,
                              long awardLevelId) {
}
