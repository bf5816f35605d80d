package app.bravo.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a keyset page ends, as a short URL-safe text that is opaque for API clients and address bars:
 * the last row's time (to the microsecond, as the database keeps it) and id. Lists ordered by time
 * then id start the next page just after it, so paging reads along an index however deep it goes
 * (the wall's and the recognition feed's cursors, newest first; their comment threads, oldest first).
 */
public record KeysetToken(Instant at, long id) {

    private static final Pattern TOKEN = Pattern.compile("-?[0-9]{1,19}\\.[0-9]{1,19}");

    public KeysetToken {
        // the database keeps microseconds: a cursor never holds more than the row it came from
        at = at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The cursor as text. */
    public String text() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        return Base64.getUrlEncoder().withoutPadding().encodeToString((micros + "." + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a {@link #text()} was made from; empty for anything else. */
    public static Optional<KeysetToken> parse(String token) {
        try {
            if (token.length() > 64) {
                return Optional.empty();
            }
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            if (!TOKEN.matcher(text).matches()) {
                return Optional.empty();
            }
            int dot = text.indexOf('.');
            long micros = Long.parseLong(text.substring(0, dot));
            long id = Long.parseLong(text.substring(dot + 1));
            return Optional.of(new KeysetToken(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id));
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
