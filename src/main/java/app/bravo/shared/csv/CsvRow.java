package app.bravo.shared.csv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One line of an import file: its line number and its cells by column name, in the header's order. */
public record CsvRow(long line, Map<String, String> cells) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** The cell as written (trimmed), or null when the file has no such column. */
    public @Nullable String get(String column) {
        return cells.get(column);
    }

    /** The cell, or null when the file has no such column or the cell is empty. */
    public @Nullable String text(String column) {
        return CsvText.emptyToNull(cells.get(column));
    }

    /** The cell as a date (year-month-day), or null when empty; a bad date is a problem of the line. */
    public @Nullable LocalDate date(String column, List<CsvProblem> problems) {
        String raw = text(column);
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw, DATE);
        } catch (DateTimeParseException e) {
            problems.add(CsvProblem.refused(line, column, "import.error.date", CsvText.printable(raw)));
            return null;
        }
    }
}
