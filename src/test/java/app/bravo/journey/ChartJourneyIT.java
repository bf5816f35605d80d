package app.bravo.journey;

import chartgallery.ChartGalleryView;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader opens a page with one chart of each kind (the test-only gallery, ChartGalleryView): ECharts
 * draws every bar, point and cell in SVG, "Show as table" shows the same figures, the dark theme
 * redraws the text in its own colour, and in Persian the numbers are Persian digits and the labels
 * stand on the right. Screenshots land in target/screenshots.
 */
class ChartJourneyIT extends BrowserJourney {

    /** Per series (by index), how many data items the chart drew: shapes carry ECharts' ecmeta_ attributes. */
    private static final String DRAWN = """
            el => {
              const seen = {};
              el.shadowRoot.querySelectorAll('[ecmeta_ssr_type="chart"]').forEach(n => {
                const s = n.getAttribute('ecmeta_series_index');
                (seen[s] ??= new Set()).add(n.getAttribute('ecmeta_data_index'));
              });
              return Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, v.size]));
            }""";
    private static final String TEXTS = "el => [...el.shadowRoot.querySelectorAll('svg text')].map(t => t.textContent)";

    @Test
    void each_kind_of_chart_is_drawn_with_its_table_in_light_and_dark_and_in_persian() {
        signIn(newPerson("Chart Reader"), PASSWORD);
        page.navigate(url(ChartGalleryView.PATH));
        waitForDrawings(1);
        Locator charts = page.locator("bravo-chart");
        assertThat(charts.count()).isEqualTo(4);

        assertThat(drawn(charts.nth(0))).as("answers: 5 bars").isEqualTo(Map.of("0", 5));
        assertThat(drawn(charts.nth(1))).as("3 departments x 3 answers, stacked").isEqualTo(Map.of("0", 3, "1", 3, "2", 3));
        assertThat(drawn(charts.nth(2))).as("Support 4 rounds, Sales 3 (one round too small)").isEqualTo(Map.of("0", 4, "1", 3));
        assertThat(drawn(charts.nth(3))).as("9 cells with a score, 3 marked \"not enough answers\"").isEqualTo(Map.of("0", 9, "1", 3));
        assertThat(texts(charts.nth(0))).contains("Strongly agree", "12");
        assertThat(texts(charts.nth(3))).contains("4.2");
        screenshot("charts-light");
        assertAccessible("the chart gallery");

        // the table view: the same figures, for everyone who asks
        Locator first = page.locator(".bravo-chart").first();
        Locator table = first.locator("table");
        // out of sight (a 1-pixel clipped box, still read by screen readers) while the drawing shows
        assertThat(table.evaluate("t => t.parentElement.getBoundingClientRect().width")).isEqualTo(1);
        first.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Show as table")).click();
        // the clipped table counts as visible already: wait for the server's answer, the toggle's new words
        first.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Show as chart")).waitFor();
        assertThat(first.locator("bravo-chart").isVisible()).isFalse();
        assertThat(((Number) table.evaluate("t => t.parentElement.getBoundingClientRect().width")).doubleValue()).as("the table in sight").isGreaterThan(1);
        assertThat(table.locator("caption").textContent()).isEqualTo("I feel recognised for my work (answers)");
        assertThat(table.locator("tbody tr").count()).isEqualTo(5);
        assertThat(table.locator("tbody tr").nth(3).textContent()).isEqualTo("Agree12");
        first.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Show as chart")).click();
        first.locator("bravo-chart").waitFor();

        // dark: the charts are drawn again, their text in the dark theme's colour
        String lightText = labelColour(charts.nth(1));
        int drawings = drawings(charts.nth(1));
        pick("Theme", "Dark");
        page.locator("html[theme~='dark']").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        page.waitForFunction("n => document.querySelectorAll('bravo-chart')[1].getAttribute('data-rendered') > n", drawings);
        String darkText = labelColour(charts.nth(1));
        assertThat(darkText).isNotEqualTo(lightText);
        assertThat(luminance(darkText)).as("light text on the dark page").isGreaterThan(luminance(lightText));
        screenshot("charts-dark");
        assertAccessible("the chart gallery in the dark theme");

        // Persian: Persian digits, labels on the right, Persian words
        switchLanguage("Language", "فارسی");
        waitForDrawings(1);
        assertThat(drawn(charts.nth(3))).isEqualTo(Map.of("0", 9, "1", 3));
        List<String> answers = texts(charts.nth(0));
        assertThat(answers).contains("۱۲", "۷");
        assertThat(String.join(" ", answers)).doesNotContainPattern("[0-9]");
        List<String> cells = texts(charts.nth(3));
        assertThat(cells).contains("۴٫۲");
        assertThat(String.join(" ", cells)).doesNotContainPattern("[0-9]");
        double labelX = ((Number) charts.nth(0).evaluate("el => { const t = [...el.shadowRoot.querySelectorAll('svg text')]"
                + ".find(t => t.textContent === 'Strongly agree').getBoundingClientRect(); return t.x + t.width / 2; }")).doubleValue();
        double barX = ((Number) charts.nth(0).evaluate("el => { const b = el.shadowRoot.querySelector("
                + "'[ecmeta_ssr_type=\"chart\"][ecmeta_data_index=\"4\"]').getBoundingClientRect(); return b.x + b.width / 2; }")).doubleValue();
        assertThat(labelX).as("the answers stand right of their bars").isGreaterThan(barX);
        Locator persianFirst = page.locator(".bravo-chart").first();
        persianFirst.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("نمایش به‌صورت جدول")).click();
        persianFirst.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("نمایش به‌صورت نمودار")).waitFor();
        assertThat(persianFirst.locator("bravo-chart").isVisible()).isFalse();
        assertThat(persianFirst.locator("tbody tr").nth(3).textContent()).isEqualTo("Agree۱۲");
        assertThat(page.locator(".bravo-chart").nth(3).locator("tbody tr").nth(3).textContent())
                .isEqualTo("Legal" + "پاسخ کافی نیست".repeat(3));
        screenshot("charts-fa");
        assertAccessible("the chart gallery in Persian");
    }

    /** The page, and the heatmap (below the fold) on its own. */
    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
        page.locator(".bravo-chart").nth(3).screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", name + "-heatmap.png")));
    }

    private void waitForDrawings(int atLeast) {
        page.waitForFunction("n => { const c = [...document.querySelectorAll('bravo-chart')];"
                + " return c.length === 4 && c.every(e => Number(e.getAttribute('data-rendered')) >= n); }", atLeast);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> drawn(Locator chart) {
        return (Map<String, Integer>) chart.evaluate(DRAWN);
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(Locator chart) {
        return (List<String>) chart.evaluate(TEXTS);
    }

    private static int drawings(Locator chart) {
        return Integer.parseInt(chart.getAttribute("data-rendered"));
    }

    /** The fill of a category label ("Support" on the stacked bars' axis). */
    private static String labelColour(Locator chart) {
        return (String) chart.evaluate("el => [...el.shadowRoot.querySelectorAll('svg text')]"
                + ".find(t => t.textContent === 'Support').getAttribute('fill')");
    }

    private static double luminance(String colour) {
        if (colour.startsWith("#")) {
            int v = Integer.parseInt(colour.substring(1, 7), 16);
            return 0.2126 * (v >> 16) + 0.7152 * ((v >> 8) & 0xff) + 0.0722 * (v & 0xff);
        }
        String[] parts = colour.replaceAll("[^0-9.,]", "").split(",");
        return 0.2126 * Double.parseDouble(parts[0]) + 0.7152 * Double.parseDouble(parts[1]) + 0.0722 * Double.parseDouble(parts[2]);
    }

    /** Opens the avatar menu, a submenu, and picks an item. */
    private void pick(String submenu, String item) {
        page.locator("vaadin-menu-bar vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item").filter(new Locator.FilterOptions().setHasText(submenu)).click();
        page.locator("vaadin-menu-bar-item").filter(new Locator.FilterOptions().setHasText(item)).click();
        waitUntilIdle();
    }
}
