package app.bravo.recognition;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a celebration kudos (kind CELEBRATION, no giver, one recipient) celebrates. The app posts
 * them, so their {@code message} column holds no words but a machine text that the feed renders in
 * the reader's language: {@code ANNIVERSARY:<years>} for a work anniversary, {@code BIRTHDAY} for a
 * birthday. Their {@code celebration_key} ({@code ANNIVERSARY:<person>:<year>},
 * {@code BIRTHDAY:<person>:<year>}) makes each one happen once a year.
 */
public record Celebration(Kind kind, int years) {

    public enum Kind { ANNIVERSARY, BIRTHDAY }

    private static final Pattern ANNIVERSARY = Pattern.compile("ANNIVERSARY:(\\d{1,3})");

    public static Celebration anniversary(int years) {
        return new Celebration(Kind.ANNIVERSARY, years);
    }

    public static Celebration birthday() {
        return new Celebration(Kind.BIRTHDAY, 0);
    }

    /** The message column's text. */
    public String message() {
        return kind == Kind.BIRTHDAY ? "BIRTHDAY" : "ANNIVERSARY:" + years;
    }

    /**
     * The words a reader sees in their language; {@code translate} looks up a key of the kudos bundle
     * with its arguments (a component's {@code getTranslation}, or the provider with a fixed locale).
     */
    public String words(BiFunction<String, Object[], String> translate) {
        return kind == Kind.BIRTHDAY
                ? translate.apply("kudos.celebration.birthday", new Object[0])
                : translate.apply("kudos.celebration.anniversary", new Object[] {years});
    }

    /** The once-a-year key for this person and year. */
    public String key(long personId, int year) {
        return kind.name() + ":" + personId + ":" + year;
    }

    /** Reads a celebration kudos' message back; empty for anything else. */
    public static Optional<Celebration> parse(String message) {
        if (message.equals("BIRTHDAY")) {
            return Optional.of(birthday());
        }
        Matcher m = ANNIVERSARY.matcher(message);
        return m.matches() ? Optional.of(anniversary(Integer.parseInt(m.group(1)))) : Optional.empty();
    }
}
