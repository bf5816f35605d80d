/**
 * Pulse's SQL stores, template loader and rounds job, and the disclosure engine
 * ({@link app.bravo.pulse.internal.DisclosurePlan}) that decides which groups' results of a round
 * may be shown without revealing a group below the threshold (docs/decisions/DD020); no other
 * feature touches them.
 */
@NullMarked
package app.bravo.pulse.internal;

import org.jspecify.annotations.NullMarked;
