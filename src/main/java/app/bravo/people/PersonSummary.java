package app.bravo.people;

import org.jspecify.annotations.Nullable;

/** A row of the directory. */
public record PersonSummary(long id, String displayName, String email, @Nullable String jobTitle,
                            @Nullable String departmentName, boolean active) {
}
