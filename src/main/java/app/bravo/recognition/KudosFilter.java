package app.bravo.recognition;

import org.jspecify.annotations.Nullable;

/**
 * What a reader narrows the feed to; every part is optional and they add up. {@code departmentId}
 * keeps kudos with a recipient in that department or any of its sub-departments; {@code personId}
 * keeps kudos the person gave or received.
 */
public record KudosFilter(@Nullable Long departmentId, @Nullable Long valueId, @Nullable Long personId, @Nullable KudosKind kind) {

    public static final KudosFilter NONE = new KudosFilter(null, null, null, null);

    public static KudosFilter person(long personId) {
        return new KudosFilter(null, null, personId, null);
    }

    /** How many filters are set. */
    public int activeFilters() {
        int n = 0;
        for (Object o : new Object[] {departmentId, valueId, personId, kind}) {
            if (o != null) {
                n++;
            }
        }
        return n;
    }
}
