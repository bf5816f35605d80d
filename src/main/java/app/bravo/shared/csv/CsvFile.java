package app.bravo.shared.csv;

import app.bravo.shared.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The first half of every CSV import: a file read within its layout's limits (strict UTF-8, the
 * delimiter people used, a header naming known columns in any order), its lines as rows, and each
 * line that cannot be read as a problem. A file that cannot be read at all is refused with a
 * {@link UserError}. What the rows mean and how they are saved is the feature's part.
 */
public final class CsvFile {

    private final Set<String> columns;
    private final List<CsvRow> rows;

    private CsvFile(Set<String> columns, List<CsvRow> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /** Reads a file; lines that cannot be read are added to {@code problems}, the others are the rows. */
    public static CsvFile read(byte[] data, CsvLayout layout, List<CsvProblem> problems) {
        if (data.length > layout.maxBytes()) {
            throw new UserError("import.error.too-large", layout.maxMegabytes());
        }
        String text = CsvText.decode(data);
        if (CsvText.lineCount(text) > layout.maxLines()) {
            throw new UserError("import.error.too-many-lines", layout.maxLines());
        }
        int[] lineStarts = CsvText.lineStarts(text);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(CsvText.delimiter(text))
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<CsvRow> rows = new ArrayList<>();
        Map<String, Integer> columns = null;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            var records = parser.iterator();
            long nextLine = 1;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // An unclosed quote swallows the rest of the file: report where it started, keep what came before.
                    problems.add(CsvProblem.refused(nextLine, null, "import.error.malformed"));
                    break;
                }
                long line = CsvText.lineOf(lineStarts, record.getCharacterPosition());
                nextLine = parser.getCurrentLineNumber() + 1;
                if (columns == null) {
                    columns = header(record, layout);
                    continue;
                }
                int width = columns.values().stream().mapToInt(i -> i).max().orElse(0) + 1;
                if (record.size() < width || (record.size() > width && !CsvText.trailingEmpty(record, width))) {
                    problems.add(CsvProblem.refused(line, null, "import.error.column-count", width, record.size()));
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                columns.forEach((name, i) -> cells.put(name, record.get(i)));
                rows.add(new CsvRow(line, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (columns == null) {
            throw new UserError("import.error.empty");
        }
        return new CsvFile(Set.copyOf(columns.keySet()), rows);
    }

    private static Map<String, Integer> header(CSVRecord record, CsvLayout layout) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            if (name.isEmpty() && i == record.size() - 1) {
                continue; // a trailing delimiter, as some spreadsheets write
            }
            if (!layout.columns().contains(name)) {
                throw new UserError("import.error.unknown-column", CsvText.printable(record.get(i)), String.join(", ", layout.columns()));
            }
            if (columns.put(name, i) != null) {
                throw new UserError("import.error.duplicate-column", name);
            }
        }
        if (!columns.keySet().containsAll(layout.required())) {
            throw new UserError(layout.missingColumnsKey());
        }
        return columns;
    }

    /** Whether the file has this column (a column left out is left alone by an import). */
    public boolean has(String column) {
        return columns.contains(column);
    }

    public List<CsvRow> rows() {
        return rows;
    }
}
