package app.bravo.shared.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.node.ObjectNode;

/**
 * The drawing of a {@link Chart}: the {@code <bravo-chart>} element of {@code frontend/bravo-chart.js},
 * which hands the option to Apache ECharts (SVG renderer) with the theme's colours and the reader's digits.
 */
@Tag("bravo-chart")
@JsModule("./bravo-chart.js")
@NpmPackage(value = "echarts", version = "6.1.0")
class ChartCanvas extends Component {

    void show(ObjectNode option, String languageTag, int decimals, String unit) {
        getElement().setProperty("locale", languageTag);
        getElement().setProperty("decimals", decimals);
        getElement().setProperty("unit", unit);
        getElement().setPropertyJson("option", option);
    }
}
