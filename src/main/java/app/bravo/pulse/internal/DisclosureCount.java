package app.bravo.pulse.internal;

import org.jspecify.annotations.Nullable;

/**
 * How many answered in one atom of a round: the people of one department (their own department,
 * not its sub-departments; null for people in no department) in one tenure band. The results
 * service reads these with one SQL aggregate per measure (see DD020).
 */
public record DisclosureCount(@Nullable Long departmentId, String band, long respondents) {

    public DisclosureCount {
        if (respondents < 0) {
            throw new IllegalArgumentException("negative count " + respondents);
        }
    }
}
