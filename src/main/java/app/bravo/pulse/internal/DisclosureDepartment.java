package app.bravo.pulse.internal;

import org.jspecify.annotations.Nullable;

/** One department of a round's locked department tree: its id and its parent's, null at the top. */
public record DisclosureDepartment(long id, @Nullable Long parentId) {
}
