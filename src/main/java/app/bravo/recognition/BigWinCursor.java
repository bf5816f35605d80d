package app.bravo.recognition;

import java.time.Instant;

/** Where the next page of a big-win list starts (keyset): the last item's time and id. */
public record BigWinCursor(Instant at, long id) {
}
