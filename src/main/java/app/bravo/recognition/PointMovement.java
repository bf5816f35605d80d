package app.bravo.recognition;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One movement of a person's points as their history shows it. {@code kind} is why points moved
 * (GRANT, GIFT, ADD_ON, BIG_WIN, REDEMPTION, REFUND, EXPIRY, REVERSAL), {@code account} which of
 * their accounts it touched (ALLOWANCE, RECEIVED, TEAM_BUDGET), {@code amount} is signed (in:
 * positive, out: negative). What it was about: the kudos' words (unless hidden or deleted), the
 * reward's name in the reader's language, and the other person, if any.
 */
public record PointMovement(long id, String kind, String account, int amount, Instant at, @Nullable Long kudosId,
                            @Nullable String kudosText, @Nullable String rewardName, @Nullable String counterpart) {
}
