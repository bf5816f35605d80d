package app.bravo.shared.csv;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV every export writes: a byte order mark, CRLF lines, and no cell a spreadsheet would run as a formula. */
class CsvExportTest {

    @Test
    void cells_that_start_a_formula_are_written_as_text_and_numbers_stay_numbers() {
        byte[] bytes = CsvExport.withHeader("=cmd", "name").row("=1+2", "+SUM(A1)").row("-2+3", "@A1")
                .row("\tx", "\rx").row(-14, 3.5).row(new BigDecimal("-0.25"), 7L).row("plain", null).toBytes();
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF'=cmd,name\r\n"
                + "'=1+2,'+SUM(A1)\r\n"
                + "'-2+3,'@A1\r\n"
                + "'\tx,\"'\rx\"\r\n"
                + "-14,3.5\r\n"
                + "-0.25,7\r\n"
                + "plain,\r\n");
    }

    @Test
    void a_number_written_as_text_is_guarded_like_any_text() {
        assertThat(CsvExport.safe("-14")).isEqualTo("'-14");
        assertThat(CsvExport.safe("14")).isEqualTo("14");
        assertThat(CsvExport.safe("")).isEmpty();
    }
}
