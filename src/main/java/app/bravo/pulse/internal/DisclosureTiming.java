package app.bravo.pulse.internal;

import app.bravo.shared.UserError;
import java.util.OptionalLong;

/**
 * What a round shows while it is open (issue 14, point 3; DD020): no figures at all, only response
 * counts, and those rounded down to a multiple of the threshold, so that nobody can watch a single
 * answer arrive in a group's figures or in its count. Figures (distributions, averages, eNPS,
 * comments) appear once the round has closed, computed once from the final answers.
 */
public final class DisclosureTiming {

    private DisclosureTiming() {
    }

    /** The count shown for a group while its round is open: the last multiple of the threshold reached. */
    public static long openCount(long respondents, int threshold) {
        if (respondents < 0 || threshold < DisclosurePlan.MIN_THRESHOLD) {
            throw new IllegalArgumentException("count " + respondents + ", threshold " + threshold);
        }
        return respondents - respondents % threshold;
    }

    /** The response count of a group as the plan allows it: exact once closed, stepped while open, empty when hidden. */
    public static OptionalLong responseCount(DisclosurePlan plan, DisclosureGroup group, boolean roundClosed) {
        OptionalLong count = plan.count(group);
        if (count.isEmpty() || roundClosed) {
            return count;
        }
        return OptionalLong.of(openCount(count.getAsLong(), plan.threshold()));
    }

    /**
     * The group's count for its figures, refused while the round is open and for a hidden group.
     *
     * @throws UserError {@code pulse.disclosure.open} while open, else as {@link DisclosurePlan#require}
     */
    public static long requireFigures(DisclosurePlan plan, DisclosureGroup group, boolean roundClosed) {
        if (!roundClosed) {
            throw new UserError("pulse.disclosure.open");
        }
        return plan.require(group);
    }
}
