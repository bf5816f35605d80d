package app.bravo.shared.chart;

import app.bravo.IntegrationTest;
import chartgallery.ChartGalleryView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The chart's ECharts option, its table and its toggle, in English and Persian, without a browser (the drawing: ChartJourneyIT). */
@IntegrationTest
class ChartTest extends SpringBrowserlessTest {

    private static final Locale FA = Locale.forLanguageTag("fa");

    private Chart chart(ChartSpec spec, Locale locale) {
        UI.getCurrent().setLocale(locale);
        Chart chart = new Chart(spec);
        UI.getCurrent().add(chart);
        return chart;
    }

    private static JsonNode option(ChartSpec spec, boolean rtl) {
        return ChartOptions.of(spec, rtl, "Not enough answers", "too few");
    }

    @Test
    void horizontal_bars_put_the_answers_down_the_side_and_the_counts_across() {
        JsonNode o = option(ChartGalleryView.ANSWERS, false);

        assertThat(o.get("yAxis").get("type").asString()).isEqualTo("category");
        assertThat(o.get("yAxis").get("data").valueStream().map(JsonNode::asString))
                .containsExactly("Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree");
        assertThat(o.get("yAxis").get("inverse").asBoolean()).isTrue();
        assertThat(o.get("yAxis").get("position").asString()).isEqualTo("left");
        assertThat(o.get("xAxis").get("type").asString()).isEqualTo("value");
        assertThat(o.get("xAxis").get("inverse").asBoolean()).isFalse();
        assertThat(o.get("xAxis").get("name").asString()).isEqualTo("answers");
        assertThat(o.get("series")).hasSize(1);
        JsonNode bars = o.get("series").get(0);
        assertThat(bars.get("type").asString()).isEqualTo("bar");
        assertThat(bars.get("data").valueStream().map(JsonNode::asDouble)).containsExactly(2.0, 3.0, 7.0, 12.0, 6.0);
        assertThat(bars.get("label").get("position").asString()).isEqualTo("right");
        assertThat(bars.has("stack")).isFalse();
        assertThat(o.has("legend")).as("one series needs no legend").isFalse();
        assertThat(o.get("bravoRtl").asBoolean()).isFalse();
    }

    @Test
    void in_persian_horizontal_bars_grow_from_the_right_with_their_labels_on_the_right() {
        JsonNode o = option(ChartGalleryView.ANSWERS, true);

        assertThat(o.get("bravoRtl").asBoolean()).isTrue();
        assertThat(o.get("yAxis").get("position").asString()).isEqualTo("right");
        assertThat(o.get("xAxis").get("inverse").asBoolean()).isTrue();
        assertThat(o.get("series").get(0).get("label").get("position").asString()).isEqualTo("left");
    }

    @Test
    void stacked_bars_pile_every_series_of_a_department_into_one_bar_with_a_legend() {
        JsonNode o = option(ChartGalleryView.SHARES, false);

        assertThat(o.get("xAxis").get("type").asString()).isEqualTo("category");
        assertThat(o.get("yAxis").get("position").asString()).isEqualTo("left");
        assertThat(o.get("series").valueStream().map(s -> s.get("name").asString()))
                .containsExactly("Agree", "Neutral", "Disagree");
        assertThat(o.get("series").valueStream().map(s -> s.get("stack").asString())).containsOnly("total");
        assertThat(o.get("series").get(0).get("label").get("position").asString()).isEqualTo("inside");
        assertThat(o.get("legend").get("left").asInt()).isZero();
        assertThat(o.get("legend").get("align").asString()).isEqualTo("left");

        JsonNode fa = option(ChartGalleryView.SHARES, true);
        assertThat(fa.get("legend").get("right").asInt()).isZero();
        assertThat(fa.get("legend").has("left")).isFalse();
        assertThat(fa.get("legend").get("align").asString()).isEqualTo("right");
        assertThat(fa.get("xAxis").get("inverse").asBoolean()).as("departments run from the right").isTrue();
        assertThat(fa.get("yAxis").get("position").asString()).isEqualTo("right");
    }

    @Test
    void a_line_has_a_gap_where_a_round_had_too_few_answers_and_runs_from_the_right_in_persian() {
        JsonNode o = option(ChartGalleryView.TREND, false);

        JsonNode sales = o.get("series").get(1);
        assertThat(sales.get("type").asString()).isEqualTo("line");
        assertThat(sales.get("connectNulls").asBoolean()).isFalse();
        assertThat(sales.get("data").get(0).asDouble()).isEqualTo(3.2);
        assertThat(sales.get("data").get(1).asString()).isEqualTo("-");
        assertThat(o.get("xAxis").get("data").valueStream().map(JsonNode::asString))
                .containsExactly("Aug 2026", "Sep 2026", "Oct 2026", "Nov 2026");
        assertThat(o.get("xAxis").get("inverse").asBoolean()).isFalse();

        JsonNode fa = option(ChartGalleryView.TREND, true);
        assertThat(fa.get("xAxis").get("inverse").asBoolean()).isTrue();
        assertThat(fa.get("yAxis").get("position").asString()).isEqualTo("right");
    }

    @Test
    void a_heatmap_colours_the_cells_with_scores_and_marks_the_small_groups_apart() {
        JsonNode o = option(ChartGalleryView.DRIVERS, false);

        assertThat(o.get("xAxis").get("data").valueStream().map(JsonNode::asString))
                .containsExactly("Recognition", "Growth", "Manager");
        assertThat(o.get("yAxis").get("data").valueStream().map(JsonNode::asString))
                .containsExactly("Support", "Sales", "Engineering", "Legal");
        JsonNode visualMap = o.get("visualMap").get(0);
        assertThat(visualMap.get("min").asDouble()).isEqualTo(1.0);
        assertThat(visualMap.get("max").asDouble()).isEqualTo(5.0);
        assertThat(visualMap.get("seriesIndex").asInt()).as("the scale colours only the scores").isZero();
        JsonNode marks = o.get("visualMap").get(1);
        assertThat(marks.get("seriesIndex").asInt()).as("the marked cells have a visual map of their own").isEqualTo(1);
        assertThat(marks.get("show").asBoolean()).isFalse();
        assertThat(marks.get("bravoNotEnough").asBoolean()).isTrue();

        JsonNode scores = o.get("series").get(0);
        assertThat(scores.get("data")).hasSize(9);
        // [column, row, value]: Sales (row 1) on Growth (column 1)
        assertThat(scores.get("data").get(4).valueStream().map(JsonNode::asDouble)).containsExactly(1.0, 1.0, 2.9);
        JsonNode marked = o.get("series").get(1);
        assertThat(marked.get("name").asString()).isEqualTo("Not enough answers");
        assertThat(marked.get("bravoNotEnough").asBoolean()).isTrue();
        assertThat(marked.get("data").valueStream().map(c -> c.get(1).asInt())).containsExactly(3, 3, 3);
        assertThat(marked.get("label").get("formatter").asString()).isEqualTo("too few");
    }

    @Test
    void a_heatmap_without_small_groups_has_no_marked_series() {
        var spec = ChartSpec.heatmap("Drivers", "Department", List.of("Support"), List.of("Growth"),
                List.of(List.of(3.5)), 1, 5, "");
        JsonNode o = option(spec, false);
        assertThat(o.get("series")).hasSize(1);
        assertThat(o.get("visualMap")).hasSize(1);
    }

    @Test
    void the_table_holds_the_same_figures_with_caption_headers_and_the_unit() {
        Chart chart = chart(ChartGalleryView.SHARES, Locale.ENGLISH);
        NativeTable table = table(chart);

        assertThat(table.getCaptionText()).isEqualTo("Answers by department (%)");
        assertThat(cells(table.getHead().getRow(0).orElseThrow())).containsExactly("Department", "Agree", "Neutral", "Disagree");
        assertThat(table.getBody().getRows()).hasSize(3);
        NativeTableRow sales = table.getBody().getRow(1).orElseThrow();
        assertThat(sales.getHeaderCells()).hasSize(1);
        assertThat(sales.getHeaderCells().getFirst().getElement().getAttribute("scope")).isEqualTo("row");
        assertThat(cells(sales)).containsExactly("Sales", "45", "35", "20");
    }

    @Test
    void the_persian_table_writes_persian_digits_and_says_which_groups_had_too_few_answers() {
        Chart chart = chart(ChartGalleryView.DRIVERS, FA);
        NativeTable table = table(chart);

        assertThat(table.getCaptionText()).isEqualTo("Drivers by department (score)");
        assertThat(cells(table.getBody().getRow(0).orElseThrow())).containsExactly("Support", "۴٫۲", "۳٫۱", "۴٫۵");
        assertThat(cells(table.getBody().getRow(3).orElseThrow()))
                .containsExactly("Legal", "پاسخ کافی نیست", "پاسخ کافی نیست", "پاسخ کافی نیست");
        assertThat(chart.toggle.getText()).isEqualTo("نمایش به‌صورت جدول");
        assertThat(chart.canvas.getElement().getProperty("locale")).isEqualTo("fa-IR");
        assertThat(chart.canvas.getElement().getProperty("decimals", -1)).isEqualTo(1);
        assertThat(chart.canvas.getElement().getPropertyRaw("option")).isInstanceOf(ObjectNode.class);
        assertThat(((ObjectNode) chart.canvas.getElement().getPropertyRaw("option")).get("series").get(1).get("name").asString())
                .isEqualTo("پاسخ کافی نیست");
    }

    @Test
    void show_as_table_swaps_the_drawing_for_the_table_and_back() {
        Chart chart = chart(ChartGalleryView.ANSWERS, Locale.ENGLISH);
        assertThat(chart.canvas.isVisible()).isTrue();
        assertThat(chart.tableHolder.hasClassName("bravo-chart-hidden")).as("out of sight, read by screen readers").isTrue();
        assertThat(chart.toggle.getText()).isEqualTo("Show as table");
        assertThat(chart.canvas.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(chart.canvas.getElement().getAttribute("aria-label"))
                .isEqualTo("I feel recognised for my work: chart. The same figures are in the table that follows.");
        assertThat(chart.getElement().getAttribute("aria-labelledby")).isEqualTo(chart.title.getId().orElseThrow());

        test(chart.toggle).click();
        assertThat(chart.isTableShown()).isTrue();
        assertThat(chart.canvas.isVisible()).isFalse();
        assertThat(chart.tableHolder.hasClassName("bravo-chart-hidden")).isFalse();
        assertThat(chart.toggle.getText()).isEqualTo("Show as chart");
        assertThat(chart.toggle.getElement().getAttribute("aria-pressed")).isEqualTo("true");

        test(chart.toggle).click();
        assertThat(chart.canvas.isVisible()).isTrue();
        assertThat(chart.toggle.getText()).isEqualTo("Show as table");
    }

    @Test
    void new_figures_replace_the_drawing_and_the_table() {
        Chart chart = chart(ChartGalleryView.ANSWERS, Locale.ENGLISH);
        chart.setSpec(ChartSpec.bars("eNPS", "Group", List.of("Promoters", "Detractors"), "",
                ChartSpec.Series.of("People", List.of(9, 4))));

        assertThat(chart.title.getText()).isEqualTo("eNPS");
        assertThat(table(chart).getCaptionText()).as("no unit, no brackets").isEqualTo("eNPS");
        assertThat(table(chart).getBody().getRows()).hasSize(2);
    }

    @Test
    void figures_that_do_not_fit_their_categories_are_refused() {
        assertThatThrownBy(() -> ChartSpec.bars("t", "c", List.of("a", "b"), "", ChartSpec.Series.of("s", List.of(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("series s has 1 values for 2 categories");
        assertThatThrownBy(() -> ChartSpec.bars("t", "c", List.of("a"), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a chart needs at least one series");
        assertThatThrownBy(() -> ChartSpec.heatmap("t", "r", List.of("a"), List.of("x", "y"),
                List.of(Arrays.asList(1.0)), 1, 5, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a heatmap needs one value per row and column: 1 x 2");
        assertThatThrownBy(() -> ChartSpec.heatmap("t", "r", List.of("a"), List.of("x"),
                List.of(List.of(1.0)), 5, 5, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the colour scale needs min < max, not 5.0 .. 5.0");
    }

    private static NativeTable table(Chart chart) {
        return (NativeTable) chart.tableHolder.getComponentAt(0);
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getAllCells().stream().map(c -> c.getElement().getText()).toList();
    }
}
