package app.bravo.wall;

import app.bravo.shared.live.LiveEvent;
import java.time.LocalDate;

/**
 * A note became the note of the day, picked by a moderator or automatically. Open home pages and
 * office screens receive it through the {@code Broadcaster} once the transaction commits.
 */
public record NoteFeatured(long noteId, LocalDate day) implements LiveEvent {
}
