package chartgallery;

import app.bravo.shared.chart.Chart;
import app.bravo.shared.chart.ChartSpec;
import app.bravo.shared.chart.ChartSpec.Series;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A test-only page with one chart of each kind (ChartJourneyIT), registered at {@code /test/charts} by
 * {@link app.bravo.journey.ChartGalleryRoute} in the tests' application only. It lives outside
 * {@code app.bravo} so that the route checks of the product (AuthorizationMatrixTest, PageTitlesTest)
 * keep to the product's routes. The figures are fixed, the names plain test data.
 */
@PermitAll
public class ChartGalleryView extends Div implements HasDynamicTitle {

    public static final String PATH = "test/charts";

    /** 5 bars. */
    public static final ChartSpec.Bars ANSWERS = ChartSpec.bars("I feel recognised for my work", "Answer",
            List.of("Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"), "answers",
            Series.of("Answers", List.of(2, 3, 7, 12, 6))).horizontal();

    /** 3 departments by 3 answers: 9 bar segments. */
    public static final ChartSpec.Bars SHARES = ChartSpec.bars("Answers by department", "Department",
            List.of("Support", "Sales", "Engineering"), "%",
            Series.of("Agree", List.of(60, 45, 70)),
            Series.of("Neutral", List.of(25, 35, 20)),
            Series.of("Disagree", List.of(15, 20, 10))).stack();

    /** 2 lines with 4 + 3 points (one round of Sales had too few answers). */
    public static final ChartSpec.Lines TREND = ChartSpec.lines("Engagement across rounds", "Round",
            List.of("Aug 2026", "Sep 2026", "Oct 2026", "Nov 2026"), "score",
            new Series("Support", List.of(3.6, 3.8, 3.9, 4.1)),
            new Series("Sales", Arrays.asList(3.2, null, 3.5, 3.7))).withDecimals(1);

    /** 4 departments by 3 drivers: 9 cells with a score, 3 marked "not enough answers" (Legal). */
    public static final ChartSpec.Heatmap DRIVERS = ChartSpec.heatmap("Drivers by department", "Department",
            List.of("Support", "Sales", "Engineering", "Legal"), List.of("Recognition", "Growth", "Manager"),
            List.of(row(4.2, 3.1, 4.5), row(3.8, 2.9, 4.0), row(4.4, 3.6, 3.9), row(null, null, null)),
            1, 5, "score");

    final Chart answers = new Chart(ANSWERS);
    final Chart shares = new Chart(SHARES);
    final Chart trend = new Chart(TREND);
    final Chart drivers = new Chart(DRIVERS);

    public ChartGalleryView() {
        addClassName("chart-gallery");
        getStyle().set("padding", "var(--lumo-space-m)").set("display", "grid").set("gap", "var(--lumo-space-l)");
        add(answers, shares, trend, drivers);
    }

    @Override
    public String getPageTitle() {
        return "Charts · Bravo";
    }

    private static List<@Nullable Double> row(@Nullable Double... values) {
        return Arrays.asList(values);
    }
}
