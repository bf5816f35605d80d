package app.bravo.recognition;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One of the signed-in person's redemptions, with HR's decision and, when declined, the reason. */
public record MyRedemption(long id, long rewardId, String rewardName, int cost, RedemptionStatus status,
                           Instant redeemedAt, @Nullable Instant decidedAt, @Nullable String reason) {
}
