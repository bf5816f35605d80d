package app.bravo.recognition;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a page of the recognition feed ends: the last kudos's publication time and id. The next page starts just
 * after it in the feed's order (published time, then id, both descending), so paging reads along
 * the index however deep it goes, and a kudos published meanwhile never shifts a page. As text
 * ({@link #token()}) it is opaque for API clients and address bars.
 */
public record KudosCursor(Instant publishedAt, long id) {

    private static final Pattern TOKEN = Pattern.compile("-?[0-9]{1,19}\\.[0-9]{1,19}");

    public KudosCursor {
        // the database keeps microseconds: a cursor never holds more than the row it came from
        publishedAt = publishedAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** The cursor as a short URL-safe text. */
    public String token() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, publishedAt);
        return Base64.getUrlEncoder().withoutPadding().encodeToString((micros + "." + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a {@link #token()} was made from; empty for anything else. */
    public static Optional<KudosCursor> parse(String token) {
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
            return Optional.of(new KudosCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id));
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
