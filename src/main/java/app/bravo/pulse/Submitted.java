package app.bravo.pulse;

import org.jspecify.annotations.Nullable;

/**
 * What a submission hands back to its author (DD022): the reply key when it held free text, else
 * null. Only the author's browser keeps it; the server has only its hashes. Its {@code toString}
 * hides the key, so that no log line can carry it by accident.
 */
public record Submitted(@Nullable String replyKey) {

    @Override
    public String toString() {
        return "Submitted[replyKey=" + (replyKey == null ? "none" : "hidden") + "]";
    }
}
