package app.bravo.shared.csv;

import app.bravo.shared.UserError;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * What every CSV upload needs before its own columns: strict UTF-8 (with or without a BOM), the
 * delimiter people actually used, line numbers for the report, and printable text for the audit
 * log. Apache Commons CSV does the parsing itself.
 */
public final class CsvText {

    private CsvText() {
    }

    public static String decode(byte[] data) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UserError("import.error.encoding");
        }
    }

    public static int lineCount(String text) {
        int lines = (int) text.chars().filter(c -> c == '\n').count();
        return text.isEmpty() || text.endsWith("\n") ? lines : lines + 1;
    }

    /** Semicolon when the header line has more semicolons than commas (outside quotes), else comma. */
    public static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && text.charAt(i) != '\n'; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    public static boolean trailingEmpty(CSVRecord record, int width) {
        for (int i = width; i < record.size(); i++) {
            if (!record.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    public static @Nullable String emptyToNull(@Nullable String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** A value quoted back to the reader: control characters made visible, never longer than 80 characters. */
    public static String printable(String s) {
        String p = s.codePoints()
                .mapToObj(c -> Character.isISOControl(c) ? "\uFFFD" : Character.toString(c))
                .collect(Collectors.joining());
        return p.length() > 80 ? p.substring(0, 79) + "…" : p;
    }

    public static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(i -> i).toArray();
    }

    /** The 1-based line on which the character at {@code position} stands. */
    public static long lineOf(int[] lineStarts, long position) {
        int i = Arrays.binarySearch(lineStarts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
