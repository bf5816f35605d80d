package app.bravo.recognition;

import app.bravo.shared.KeysetToken;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a page of the recognition feed ends: the last kudos's publication time and id, in the
 * feed's order (published time, then id, both descending). A kudos published meanwhile never
 * shifts a page. As text ({@link #token()}) it is a {@link KeysetToken}.
 */
public record KudosCursor(Instant publishedAt, long id) {

    public KudosCursor {
        publishedAt = new KeysetToken(publishedAt, id).at();
    }

    /** The cursor as a short URL-safe text. */
    public String token() {
        return new KeysetToken(publishedAt, id).text();
    }

    /** The cursor a {@link #token()} was made from; empty for anything else. */
    public static Optional<KudosCursor> parse(String token) {
        return KeysetToken.parse(token).map(k -> new KudosCursor(k.at(), k.id()));
    }
}
