package app.bravo.shared.csv;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with one line of an imported file: the line number as an editor shows it, the
 * column concerned (if one), a key of the translation bundles with its arguments, and what became
 * of the line.
 */
public record CsvProblem(long line, @Nullable String column, String messageKey, List<String> args, Outcome outcome) {

    public enum Outcome {
        /** The line broke a rule and was not imported. */
        REFUSED,
        /** The line was seen before (an id already imported), so it made nothing new. */
        SKIPPED,
        /** The line was imported, but something on it was left out or left as it was. */
        IMPORTED
    }

    public CsvProblem {
        args = List.copyOf(args);
    }

    public static CsvProblem of(long line, @Nullable String column, Outcome outcome, String messageKey, Object... args) {
        return new CsvProblem(line, column, messageKey, Arrays.stream(args).map(String::valueOf).toList(), outcome);
    }

    public static CsvProblem refused(long line, @Nullable String column, String messageKey, Object... args) {
        return of(line, column, Outcome.REFUSED, messageKey, args);
    }

    /** How many distinct lines have a problem that matches. */
    public static long lines(List<CsvProblem> problems, Predicate<CsvProblem> which) {
        return problems.stream().filter(which).mapToLong(CsvProblem::line).distinct().count();
    }
}
