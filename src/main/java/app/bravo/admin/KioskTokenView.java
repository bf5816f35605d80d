package app.bravo.admin;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An office screen as the administration lists it: its settings and the first characters of its secret. */
public record KioskTokenView(long id, String name, String prefix, int rotationSeconds, List<String> departments,
                             String createdBy, Instant createdAt, @Nullable Instant lastSeenAt, @Nullable Instant revokedAt) {
}
