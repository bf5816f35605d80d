package app.bravo.shared.chart;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link ChartSpec} as an Apache ECharts option: axes, series and, in a right-to-left
 * language, the mirrored layout (categories run from the right, the value axis stands on the right,
 * the legend starts on the right). Colours, fonts and the digits of numbers are the browser's part
 * ({@code frontend/bravo-chart.js}): they follow the theme and the locale there.
 */
final class ChartOptions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Values ECharts leaves out: a gap in a line, no bar. */
    private static final String NO_VALUE = "-";

    private ChartOptions() {
    }

    /**
     * The option for one chart.
     *
     * @param rtl        whether the reader's language is written right to left
     * @param notEnough  the words for a group too small to show (a heatmap cell's tooltip)
     * @param notEnoughMark the short mark written in such a cell
     */
    static ObjectNode of(ChartSpec spec, boolean rtl, String notEnough, String notEnoughMark) {
        ObjectNode option = JSON.objectNode();
        option.put("bravoRtl", rtl);
        option.putObject("aria").put("enabled", false); // the table is the accessible form (Chart)
        return switch (spec) {
            case ChartSpec.Bars bars -> bars(option, bars, rtl);
            case ChartSpec.Lines lines -> lines(option, lines, rtl);
            case ChartSpec.Heatmap heatmap -> heatmap(option, heatmap, rtl, notEnough, notEnoughMark);
        };
    }

    private static ObjectNode bars(ObjectNode option, ChartSpec.Bars spec, boolean rtl) {
        boolean horizontal = spec.orientation() == ChartSpec.Orientation.HORIZONTAL;
        grid(option, spec.series().size() > 1);
        legend(option, spec.series(), rtl);
        option.putObject("tooltip").put("trigger", "axis").put("confine", true)
                .putObject("axisPointer").put("type", "shadow");
        ObjectNode category = categoryAxis(spec.categories());
        ObjectNode value = valueAxis(spec.unit());
        if (horizontal) {
            // the first category on top; in right-to-left the labels stand on the right and bars grow leftwards
            category.put("inverse", true).put("position", rtl ? "right" : "left");
            value.put("inverse", rtl);
            option.set("yAxis", category);
            option.set("xAxis", value);
        } else {
            category.put("inverse", rtl);
            value.put("position", rtl ? "right" : "left");
            option.set("xAxis", category);
            option.set("yAxis", value);
        }
        ArrayNode series = option.putArray("series");
        for (ChartSpec.Series s : spec.series()) {
            ObjectNode bar = series.addObject().put("type", "bar").put("name", s.name());
            bar.set("data", values(s.values()));
            if (spec.stacked()) {
                bar.put("stack", "total");
            }
            bar.putObject("label").put("show", true)
                    .put("position", spec.stacked() ? "inside" : horizontal ? (rtl ? "left" : "right") : "top");
            bar.putObject("emphasis").put("focus", "series");
        }
        return option;
    }

    private static ObjectNode lines(ObjectNode option, ChartSpec.Lines spec, boolean rtl) {
        grid(option, spec.series().size() > 1);
        legend(option, spec.series(), rtl);
        option.putObject("tooltip").put("trigger", "axis").put("confine", true);
        // time runs the way the reader writes: from the right in right-to-left
        ObjectNode category = categoryAxis(spec.categories()).put("inverse", rtl).put("boundaryGap", false);
        option.set("xAxis", category);
        option.set("yAxis", valueAxis(spec.unit()).put("position", rtl ? "right" : "left"));
        ArrayNode series = option.putArray("series");
        for (ChartSpec.Series s : spec.series()) {
            ObjectNode line = series.addObject().put("type", "line").put("name", s.name())
                    .put("showSymbol", true).put("symbolSize", 8).put("connectNulls", false);
            line.set("data", values(s.values()));
        }
        return option;
    }

    private static ObjectNode heatmap(ObjectNode option, ChartSpec.Heatmap spec, boolean rtl, String notEnough,
                                      String notEnoughMark) {
        option.putObject("grid").put("top", 8).put("bottom", 56).put("left", 8).put("right", 8).put("containLabel", true);
        option.putObject("tooltip").put("trigger", "item").put("confine", true);
        ObjectNode columns = categoryAxis(spec.columns()).put("inverse", rtl);
        columns.putObject("splitArea").put("show", false);
        columns.putObject("axisLabel").put("interval", 0).put("hideOverlap", true);
        ObjectNode rows = categoryAxis(spec.rows()).put("inverse", true).put("position", rtl ? "right" : "left");
        option.set("xAxis", columns);
        option.set("yAxis", rows);
        ArrayNode scales = option.putArray("visualMap");
        scales.addObject().put("type", "continuous").put("min", spec.min()).put("max", spec.max())
                .put("seriesIndex", 0).put("orient", "horizontal").put("left", "center").put("bottom", 0)
                .put("calculable", false).put("inverse", rtl).put("itemHeight", 160);
        ArrayNode shown = JSON.arrayNode();
        ArrayNode hidden = JSON.arrayNode();
        for (int r = 0; r < spec.rows().size(); r++) {
            for (int c = 0; c < spec.columns().size(); c++) {
                @Nullable Double v = spec.values().get(r).get(c);
                if (v == null) {
                    hidden.addArray().add(c).add(r).add(0);
                } else {
                    shown.addArray().add(c).add(r).add(v);
                }
            }
        }
        ArrayNode series = option.putArray("series");
        ObjectNode cells = series.addObject().put("type", "heatmap").put("name", spec.title());
        cells.set("data", shown);
        cells.putObject("label").put("show", true);
        cells.putObject("emphasis").putObject("itemStyle").put("borderWidth", 2);
        if (!hidden.isEmpty()) {
            ObjectNode marked = series.addObject().put("type", "heatmap").put("name", notEnough).put("bravoNotEnough", true);
            marked.set("data", hidden);
            marked.putObject("label").put("show", true).put("formatter", notEnoughMark);
            marked.putObject("emphasis").put("disabled", true);
            // every heatmap series needs a visual map of its own (ECharts' development build refuses to
            // draw one without); this one, out of sight, gives all marked cells the one plain colour
            scales.addObject().put("type", "piecewise").put("show", false).put("seriesIndex", 1)
                    .put("bravoNotEnough", true).putArray("pieces").addObject().put("value", 0);
        }
        return option;
    }

    private static void grid(ObjectNode option, boolean legend) {
        option.putObject("grid").put("top", legend ? 40 : 16).put("bottom", 8).put("left", 8).put("right", 16)
                .put("containLabel", true);
    }

    private static void legend(ObjectNode option, List<ChartSpec.Series> series, boolean rtl) {
        if (series.size() < 2) {
            return;
        }
        ObjectNode legend = option.putObject("legend").put("top", 0).put("type", "scroll");
        // right-to-left: the legend starts on the right, each name to the left of its colour
        legend.put(rtl ? "right" : "left", 0).put("align", rtl ? "right" : "left");
    }

    private static ObjectNode categoryAxis(List<String> names) {
        ObjectNode axis = JSON.objectNode().put("type", "category");
        ArrayNode data = axis.putArray("data");
        names.forEach(data::add);
        return axis;
    }

    private static ObjectNode valueAxis(String unit) {
        ObjectNode axis = JSON.objectNode().put("type", "value");
        if (!unit.isBlank()) {
            axis.put("name", unit).put("nameLocation", "end");
        }
        return axis;
    }

    private static ArrayNode values(List<@Nullable Double> values) {
        ArrayNode data = JSON.arrayNode();
        for (@Nullable Double v : values) {
            if (v == null) {
                data.add(NO_VALUE);
            } else {
                data.add(v);
            }
        }
        return data;
    }
}
