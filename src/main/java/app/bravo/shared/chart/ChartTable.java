package app.bravo.shared.chart;

import app.bravo.shared.i18n.Numbers;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a {@link ChartSpec} as a plain HTML table: a caption (the title and the unit), a
 * header row, one row per category (or heatmap row) with its name as a row header, and each value in
 * the reader's digits, or the words for a group too small to show.
 */
final class ChartTable {

    private ChartTable() {
    }

    static NativeTable of(ChartSpec spec, Locale locale, String caption, String notEnough) {
        var table = new NativeTable();
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        switch (spec) {
            case ChartSpec.Bars bars -> series(table, head, bars.categoryLabel(), bars.categories(), bars.series(),
                    bars.decimals(), locale, notEnough);
            case ChartSpec.Lines lines -> series(table, head, lines.categoryLabel(), lines.categories(), lines.series(),
                    lines.decimals(), locale, notEnough);
            case ChartSpec.Heatmap heatmap -> {
                header(head, heatmap.rowLabel(), "col");
                heatmap.columns().forEach(c -> header(head, c, "col"));
                for (int r = 0; r < heatmap.rows().size(); r++) {
                    NativeTableRow row = table.getBody().addRow();
                    header(row, heatmap.rows().get(r), "row");
                    for (@Nullable Double v : heatmap.values().get(r)) {
                        row.addDataCell().setText(text(v, heatmap.decimals(), locale, notEnough));
                    }
                }
            }
        }
        return table;
    }

    private static void series(NativeTable table, NativeTableRow head, String categoryLabel, List<String> categories,
                               List<ChartSpec.Series> series, int decimals, Locale locale, String notEnough) {
        header(head, categoryLabel, "col");
        series.forEach(s -> header(head, s.name(), "col"));
        for (int i = 0; i < categories.size(); i++) {
            NativeTableRow row = table.getBody().addRow();
            header(row, categories.get(i), "row");
            for (ChartSpec.Series s : series) {
                row.addDataCell().setText(text(s.values().get(i), decimals, locale, notEnough));
            }
        }
    }

    private static void header(NativeTableRow row, String text, String scope) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", scope);
    }

    private static String text(@Nullable Double value, int decimals, Locale locale, String notEnough) {
        return value == null ? notEnough : Numbers.format(value, decimals, locale);
    }
}
