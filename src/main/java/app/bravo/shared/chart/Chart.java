package app.bravo.shared.chart;

import app.bravo.shared.i18n.Language;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A chart any feature can show: give it a {@link ChartSpec} (bars, stacked bars, lines, heatmap) and
 * it draws it with Apache ECharts in the reader's theme, language, direction and digits, and keeps
 * the same figures as an HTML table. The table is always in the page for screen readers (out of
 * sight while the chart is shown); "Show as table" shows it instead of the drawing, for everyone.
 * <pre>{@code
 * var chart = new Chart(ChartSpec.bars(title, answerLabel, answerNames, unit,
 *         ChartSpec.Series.of(countLabel, counts)).horizontal());
 * }</pre>
 */
@StyleSheet("styles/chart.css")
public class Chart extends Div {

    private static final AtomicLong IDS = new AtomicLong();

    final Span title = new Span();
    final Button toggle = new Button();
    final ChartCanvas canvas = new ChartCanvas();
    final Div tableHolder = new Div();
    private ChartSpec spec;
    private boolean tableShown;
    private boolean customHeight;

    public Chart(ChartSpec spec) {
        this.spec = spec;
        addClassName("bravo-chart");
        getElement().setAttribute("role", "figure");
        String id = "bravo-chart-" + IDS.incrementAndGet();
        title.setId(id);
        title.addClassName("bravo-chart-title");
        getElement().setAttribute("aria-labelledby", id);
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClassName("bravo-chart-toggle");
        toggle.addClickListener(e -> setTableShown(!tableShown));
        var header = new Div(title, toggle);
        header.addClassName("bravo-chart-header");
        canvas.getElement().setAttribute("role", "img");
        tableHolder.addClassName("bravo-chart-table");
        add(header, canvas, tableHolder);
        render();
    }

    /** Shows other figures (a new round, another filter) in the same place. */
    public void setSpec(ChartSpec spec) {
        this.spec = spec;
        render();
    }

    public ChartSpec getSpec() {
        return spec;
    }

    /** Whether the table is shown instead of the drawing. */
    public void setTableShown(boolean shown) {
        this.tableShown = shown;
        canvas.setVisible(!shown);
        tableHolder.setClassName("bravo-chart-hidden", !shown);
        toggle.setText(getTranslation(shown ? "chart.show-chart" : "chart.show-table"));
        toggle.getElement().setAttribute("aria-pressed", String.valueOf(shown));
    }

    public boolean isTableShown() {
        return tableShown;
    }

    /** The drawing's height as CSS ("24rem"); by default it grows with the number of rows. */
    public void setChartHeight(String height) {
        customHeight = true;
        canvas.getElement().getStyle().set("height", height);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        render(); // the language may have been set after the chart was made
    }

    private void render() {
        Locale locale = getLocale();
        Language language = Language.of(locale);
        boolean rtl = language == Language.PERSIAN;
        title.setText(spec.title());
        String caption = spec.unit().isBlank() ? spec.title() : getTranslation("chart.caption", spec.title(), spec.unit());
        canvas.getElement().setAttribute("aria-label", getTranslation("chart.figure", spec.title()));
        canvas.show(ChartOptions.of(spec, rtl, getTranslation("chart.not-enough"), getTranslation("chart.not-enough.mark")),
                rtl ? "fa-IR" : "en-GB", spec.decimals(), spec.unit());
        if (!customHeight) {
            canvas.getElement().getStyle().set("height", defaultHeight(spec));
        }
        NativeTable table = ChartTable.of(spec, locale, caption, getTranslation("chart.not-enough"));
        tableHolder.removeAll();
        tableHolder.add(table);
        setTableShown(tableShown);
    }

    private static String defaultHeight(ChartSpec spec) {
        return switch (spec) {
            case ChartSpec.Bars b when b.orientation() == ChartSpec.Orientation.HORIZONTAL ->
                    (4 + b.categories().size() * (b.stacked() ? 2.5 : 1 + 1.25 * b.series().size())) + "rem";
            case ChartSpec.Heatmap h -> (7 + h.rows().size() * 2.5) + "rem";
            default -> "18rem";
        };
    }
}
