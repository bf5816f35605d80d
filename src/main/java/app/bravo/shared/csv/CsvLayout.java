package app.bravo.shared.csv;

import java.util.List;

/**
 * What one kind of import file looks like: the columns it knows (in the template's order), the ones
 * a file must have, the message when one of those is missing, and the limits of a file.
 */
public record CsvLayout(List<String> columns, List<String> required, String missingColumnsKey, int maxBytes, int maxLines) {

    public CsvLayout {
        columns = List.copyOf(columns);
        required = List.copyOf(required);
        if (!columns.containsAll(required)) {
            throw new IllegalArgumentException("required columns must be known columns");
        }
    }

    /** The header line of a template. */
    public String header() {
        return String.join(",", columns);
    }

    public int maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }
}
