package app.bravo.recognition;

import java.util.List;

/** A colleague joined a kudos with their own words and points (tell the recipients and the first giver). */
public record AddOnGiven(long kudosId, long addonId, long giverId, long originalGiverId, List<Long> recipientIds, int pointsEach) {
}
