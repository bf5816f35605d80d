package app.bravo.wall;

import java.time.Instant;

/** A position in the published notes, newest first: the (published time, id) of the last note read. */
public record PublishedKey(Instant publishedAt, long id) {
}
