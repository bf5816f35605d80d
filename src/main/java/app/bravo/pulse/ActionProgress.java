package app.bravo.pulse;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of an action's timeline: its status from then on, what was said, by whom and when. */
public record ActionProgress(long id, ActionStatus status, @Nullable String note, long byId, String byName, Instant at) {
}
