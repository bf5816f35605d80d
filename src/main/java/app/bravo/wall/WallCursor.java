package app.bravo.wall;

import app.bravo.shared.KeysetToken;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a page of the wall ends: the last note's publication time and id, in the wall's order
 * (published time, then id, both descending). A note published meanwhile never shifts a page. As
 * text ({@link #token()}) it is a {@link KeysetToken}.
 */
public record WallCursor(Instant publishedAt, long id) {

    public WallCursor {
        publishedAt = new KeysetToken(publishedAt, id).at();
    }

    /** The cursor as a short URL-safe text. */
    public String token() {
        return new KeysetToken(publishedAt, id).text();
    }

    /** The cursor a {@link #token()} was made from; empty for anything else. */
    public static Optional<WallCursor> parse(String token) {
        return KeysetToken.parse(token).map(k -> new WallCursor(k.at(), k.id()));
    }
}
