package app.bravo.recognition;

import app.bravo.shared.live.LiveEvent;

/** A kudos's reactions or comments changed, or a moderator hid it: open feeds refresh its card. */
public record KudosCountsChanged(long kudosId) implements LiveEvent {
}
