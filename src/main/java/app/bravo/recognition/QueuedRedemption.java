package app.bravo.recognition;

import java.time.Instant;

/**
 * A redemption waiting in HR's queue: who asked (and whether they have left the company since, in
 * which case HR still fulfils or declines it), for which reward (both names) and at what cost.
 */
public record QueuedRedemption(long id, long personId, String personName, String email, boolean personLeft,
                               long rewardId, String rewardNameEn, String rewardNameFa, int cost, Instant redeemedAt) {
}
