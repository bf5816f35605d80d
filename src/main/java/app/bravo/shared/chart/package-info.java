/**
 * Charts for every feature: {@link app.bravo.shared.chart.Chart}, a Vaadin component that draws a
 * {@link app.bravo.shared.chart.ChartSpec} (bars, stacked bars, lines, a heatmap with cells marked
 * "not enough answers") with Apache ECharts in the browser and shows the same figures as an HTML
 * table for screen readers and on request. Callers hand over typed data, never ECharts JSON: the
 * option is built here (docs/decisions/DD021-charts-echarts.md). Depends on no feature.
 */
@NullMarked
package app.bravo.shared.chart;

import org.jspecify.annotations.NullMarked;
