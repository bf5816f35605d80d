package app.bravo.wall;

/**
 * Personal data found in a note's text: what kind, and where ({@code start} inclusive, {@code end}
 * exclusive, as {@link String} indices of the text that was scanned), so that a view can highlight it.
 */
public record PersonalData(Kind kind, int start, int end, String text) {

    public enum Kind {
        EMAIL("[email]"), PHONE("[phone]"), CARD("[card]");

        private final String replacement;

        Kind(String replacement) {
            this.replacement = replacement;
        }

        /** The neutral token that replaces it in a proposed redaction. */
        public String replacement() {
            return replacement;
        }
    }
}
