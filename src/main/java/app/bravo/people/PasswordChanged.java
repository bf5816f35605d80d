package app.bravo.people;

import org.jspecify.annotations.Nullable;

/** A person changed their own password; their other sessions end once it is committed. */
public record PasswordChanged(long personId, @Nullable String keepSessionId) {
}
