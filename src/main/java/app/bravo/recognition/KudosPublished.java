package app.bravo.recognition;

import app.bravo.shared.live.LiveEvent;

/**
 * Something new appeared in the recognition feed (a small win, an add-on, an approved big win, a
 * celebration): open feeds, home cards and office screens refresh. Published after commit.
 */
public record KudosPublished(long kudosId) implements LiveEvent {
}
