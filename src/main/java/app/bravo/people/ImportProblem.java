package app.bravo.people;

import java.util.List;

/**
 * One thing wrong with one line of an imported file: the line number as an editor shows it, a key
 * of the translation bundles and the arguments of its message.
 */
public record ImportProblem(long line, String messageKey, List<String> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    static ImportProblem of(long line, String messageKey, Object... args) {
        return new ImportProblem(line, messageKey, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
