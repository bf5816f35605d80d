package app.bravo.shared.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file for people to open in a spreadsheet: UTF-8 with a byte order mark (so that Excel reads
 * Persian and other non-Latin text right), every line ended by CRLF, and every cell safe against
 * formula injection (OWASP "CSV Injection"): a cell that starts with {@code = + - @}, a tab or a
 * carriage return is prefixed with an apostrophe, so that a spreadsheet shows it as text instead of
 * running it. A number given as a number ({@code Integer}, {@code Long}, {@code Double},
 * {@code BigDecimal}) is written plainly, a negative one too: its text cannot hold a formula, and a
 * spreadsheet should read it as the number it is. Apache Commons CSV does the quoting.
 */
public final class CsvExport {

    private static final String BOM = "\uFEFF";

    private final List<List<String>> rows = new ArrayList<>();

    private CsvExport(List<String> header) {
        rows.add(header.stream().map(CsvExport::safe).toList());
    }

    public static CsvExport withHeader(String... header) {
        return new CsvExport(List.of(header));
    }

    /** Adds a line; {@code null} becomes an empty cell, anything else its text, made safe. */
    public CsvExport row(@Nullable Object... cells) {
        List<String> line = new ArrayList<>(cells.length);
        for (Object c : cells) {
            line.add(c == null ? "" : plainNumber(c) ? c.toString() : safe(c.toString()));
        }
        rows.add(line);
        return this;
    }

    /** The lines written so far, the header included. */
    public int lines() {
        return rows.size();
    }

    public byte[] toBytes() {
        var out = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             var printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write(BOM);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static boolean plainNumber(Object cell) {
        return (cell instanceof Integer || cell instanceof Long || cell instanceof Double || cell instanceof BigDecimal)
                && PLAIN_NUMBER.matcher(cell.toString()).matches();
    }

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** A cell that a spreadsheet will not read as a formula. */
    public static String safe(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
