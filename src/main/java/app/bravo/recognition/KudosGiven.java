package app.bravo.recognition;

import java.util.List;

/** A small win was given and published (for notifications: tell each recipient). */
public record KudosGiven(long kudosId, long giverId, List<Long> recipientIds, int pointsEach, boolean privateKudos) {
}
