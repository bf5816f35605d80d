package app.bravo.wall;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one line of a feedback import that did not simply become a note: the line number
 * as an editor shows it, the column concerned (if one), a key of the translation bundles with its
 * arguments, and the outcome for the line.
 */
public record FeedbackImportProblem(long line, @Nullable String column, String messageKey, List<String> args, Outcome outcome) {

    public enum Outcome {
        /** The line broke a rule and made no note. */
        REFUSED,
        /** The line's external id was seen before, so it made no second note. */
        SKIPPED,
        /** The note was made, but something on the line was left out (an unknown credited person). */
        IMPORTED
    }

    public FeedbackImportProblem {
        args = List.copyOf(args);
    }

    static FeedbackImportProblem of(long line, @Nullable String column, Outcome outcome, String messageKey, Object... args) {
        return new FeedbackImportProblem(line, column, messageKey, java.util.Arrays.stream(args).map(String::valueOf).toList(), outcome);
    }
}
