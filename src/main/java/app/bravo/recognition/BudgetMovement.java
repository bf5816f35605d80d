package app.bravo.recognition;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One movement of the company budget: a top-up (positive), a big win paid from it (negative), or a
 * big win given back. {@code kind} is the ledger's name of the movement (TOP_UP, BIG_WIN, REVERSAL).
 */
public record BudgetMovement(long id, String kind, long amount, String actor, @Nullable Long kudosId, Instant at) {
}
