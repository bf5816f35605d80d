package app.bravo.wall.api;

import app.bravo.wall.PublishedKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The API's cursor: an opaque base64url text for a {@link PublishedKey}, so that clients follow
 * {@code next} and never build positions themselves (the encoding may change; {@code v1} marks it).
 */
final class WallCursor {

    private static final Pattern V1 = Pattern.compile("v1:(-?\\d{1,19}):(\\d{1,19})");
    private static final int MAX_LENGTH = 80;

    private WallCursor() {
    }

    static String encode(PublishedKey key) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, key.publishedAt());
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("v1:" + micros + ":" + key.id()).getBytes(StandardCharsets.US_ASCII));
    }

    static Optional<PublishedKey> decode(String cursor) {
        if (cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            var m = V1.matcher(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
            if (!m.matches()) {
                return Optional.empty();
            }
            Instant at = Instant.EPOCH.plus(Long.parseLong(m.group(1)), ChronoUnit.MICROS);
            return Optional.of(new PublishedKey(at, Long.parseLong(m.group(2))));
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
