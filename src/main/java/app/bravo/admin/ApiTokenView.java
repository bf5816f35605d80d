package app.bravo.admin;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API token as the administration lists it: never the token itself, only its first characters. */
public record ApiTokenView(long id, String name, String prefix, String createdBy, Instant createdAt,
                           @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {
}
