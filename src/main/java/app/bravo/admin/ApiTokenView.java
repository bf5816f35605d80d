package app.bravo.admin;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An API token as the administration lists it: never the token itself, only its first characters. */
public record ApiTokenView(long id, long integrationId, String name, String prefix, Set<ApiScope> scopes, String createdBy,
                           Instant createdAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {
}
