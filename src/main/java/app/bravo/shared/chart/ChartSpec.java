package app.bravo.shared.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Chart} shows, in the reader's language: names and labels are final text (translated,
 * dates and digits already written for the reader, as {@code Dates} and {@code Numbers} write them);
 * the values are numbers, which the chart writes in the reader's digits. A {@code null} value is a
 * group too small to show ("not enough answers"): it is drawn as nothing (bars, lines) or as a marked
 * cell (heatmap), and the table says so.
 */
public sealed interface ChartSpec permits ChartSpec.Bars, ChartSpec.Lines, ChartSpec.Heatmap {

    /** The chart's title: the table's caption and the figure's accessible name. */
    String title();

    /** The unit of the values ("answers", "%"), shown on the value axis, in tooltips and in the table; may be empty. */
    String unit();

    /** How many fraction digits the values are written with (0 for counts, 1 for averages). */
    int decimals();

    /** One named row of values, one value per category (null: not enough answers). */
    record Series(String name, List<@Nullable Double> values) {
        public Series {
            values = copy(values);
        }

        /** A series of whole numbers, such as answer counts. */
        public static Series of(String name, List<? extends @Nullable Number> values) {
            List<@Nullable Double> doubles = new ArrayList<>(values.size());
            values.forEach(v -> doubles.add(v == null ? null : v.doubleValue()));
            return new Series(name, doubles);
        }
    }

    enum Orientation {
        /** Categories down the side, bars across: for long labels such as answer options. */
        HORIZONTAL,
        /** Categories along the bottom, bars upwards. */
        VERTICAL
    }

    /**
     * Bars, one group per category and one bar per series in it; stacked, the series of a category
     * are piled into one bar (for example the share of each answer per department).
     */
    record Bars(String title, String categoryLabel, List<String> categories, List<Series> series, String unit,
                int decimals, Orientation orientation, boolean stacked) implements ChartSpec {
        public Bars {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            checkSeries(categories, series);
            checkDecimals(decimals);
        }

        public Bars horizontal() {
            return new Bars(title, categoryLabel, categories, series, unit, decimals, Orientation.HORIZONTAL, stacked);
        }

        /** The series of each category piled into one bar. */
        public Bars stack() {
            return new Bars(title, categoryLabel, categories, series, unit, decimals, orientation, true);
        }

        public Bars withDecimals(int digits) {
            return new Bars(title, categoryLabel, categories, series, unit, digits, orientation, stacked);
        }
    }

    /** Lines through the categories in order, one line per series: trends across rounds. */
    record Lines(String title, String categoryLabel, List<String> categories, List<Series> series, String unit,
                 int decimals) implements ChartSpec {
        public Lines {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            checkSeries(categories, series);
            checkDecimals(decimals);
        }

        public Lines withDecimals(int digits) {
            return new Lines(title, categoryLabel, categories, series, unit, digits);
        }
    }

    /**
     * A grid of rows by columns (departments by drivers), each cell coloured on a scale from
     * {@code min} to {@code max}; {@code values.get(row).get(column)}, null where a group is too small.
     */
    record Heatmap(String title, String rowLabel, List<String> rows, List<String> columns,
                   List<List<@Nullable Double>> values, double min, double max, String unit, int decimals)
            implements ChartSpec {
        public Heatmap {
            rows = List.copyOf(rows);
            columns = List.copyOf(columns);
            values = values.stream().map(ChartSpec::copy).toList();
            int width = columns.size();
            if (values.size() != rows.size() || values.stream().anyMatch(r -> r.size() != width)) {
                throw new IllegalArgumentException("a heatmap needs one value per row and column: "
                        + rows.size() + " x " + columns.size());
            }
            if (!(min < max)) {
                throw new IllegalArgumentException("the colour scale needs min < max, not " + min + " .. " + max);
            }
            checkDecimals(decimals);
        }

        public Heatmap withDecimals(int digits) {
            return new Heatmap(title, rowLabel, rows, columns, values, min, max, unit, digits);
        }
    }

    /** Vertical bars with whole numbers; {@link Bars#horizontal()}, {@link Bars#stack()} and {@link Bars#withDecimals} change that. */
    static Bars bars(String title, String categoryLabel, List<String> categories, String unit, Series... series) {
        return new Bars(title, categoryLabel, categories, List.of(series), unit, 0, Orientation.VERTICAL, false);
    }

    static Lines lines(String title, String categoryLabel, List<String> categories, String unit, Series... series) {
        return new Lines(title, categoryLabel, categories, List.of(series), unit, 0);
    }

    static Heatmap heatmap(String title, String rowLabel, List<String> rows, List<String> columns,
                           List<List<@Nullable Double>> values, double min, double max, String unit) {
        return new Heatmap(title, rowLabel, rows, columns, values, min, max, unit, 1);
    }

    private static void checkSeries(List<String> categories, List<Series> series) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one series");
        }
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    private static void checkDecimals(int decimals) {
        if (decimals < 0 || decimals > 4) {
            throw new IllegalArgumentException("decimals must be 0 to 4, not " + decimals);
        }
    }

    private static List<@Nullable Double> copy(List<@Nullable Double> values) {
        return Collections.unmodifiableList(new ArrayList<>(values));
    }
}
