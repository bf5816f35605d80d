package app.bravo.pulse;

import org.jspecify.annotations.Nullable;

/**
 * A published round's results as every employee sees them (DD023): the company's and the reader's
 * own current department's, each through the same disclosure plans as HR's results.
 *
 * @param company null where the plan hides the whole round (fewer respondents than the threshold)
 * @param departmentId the reader's current department if the round's locked tree has it, else null
 * @param department its results (with its sub-departments); null where the plan hides it or there is none
 */
public record PublishedResults(long roundId, @Nullable RoundResults company, @Nullable Long departmentId,
                               @Nullable RoundResults department) {

    /** Whether the reader has a department in the round but its results stay hidden. */
    public boolean departmentHidden() {
        return departmentId != null && department == null;
    }
}
