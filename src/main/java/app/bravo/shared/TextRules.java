package app.bravo.shared;

/**
 * The checks of a short text field, each with its own message so that a person learns what is wrong:
 * {@code <prefix>.required} when it is empty ("Enter a token name"), {@code <prefix>.too-long} with
 * the limit when it is too long, and {@code text.error.characters} for control characters.
 */
public final class TextRules {

    public static final String CONTROL_CHARACTERS = "text.error.characters";

    private TextRules() {
    }

    /** The text stripped, or a UserError naming what is wrong with it; lengths count characters as people see them. */
    public static String check(String text, boolean required, int max, String keyPrefix) {
        String t = text.strip();
        if (t.isEmpty() && required) {
            throw new UserError(keyPrefix + ".required");
        }
        if (t.codePointCount(0, t.length()) > max) {
            throw new UserError(keyPrefix + ".too-long", max);
        }
        if (t.chars().anyMatch(Character::isISOControl)) {
            throw new UserError(CONTROL_CHARACTERS);
        }
        return t;
    }
}
