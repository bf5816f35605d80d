package app.bravo.shared.i18n;

/**
 * Direction isolation for text people typed when it is joined with other text into one line (a
 * byline "name, company"): each piece is wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE,
 * so it takes the direction of its own script and nothing inside it, such as an unclosed
 * right-to-left override, reaches the text after it. Where pieces are separate elements, {@code <bdi>}
 * or {@code dir="auto"} does the same.
 */
public final class Bidi {

    public static final char FSI = '\u2068';
    public static final char PDI = '\u2069';

    private Bidi() {
    }

    /**
     * The text as one isolated run. Isolate marks already in it are left out, so that a stray
     * POP DIRECTIONAL ISOLATE cannot end the isolation early; overrides and embeddings stay and are
     * closed at the end of the run.
     */
    public static String isolate(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append(FSI);
        text.codePoints().filter(cp -> cp < 0x2066 || cp > 0x2069).forEach(out::appendCodePoint);
        return out.append(PDI).toString();
    }
}
