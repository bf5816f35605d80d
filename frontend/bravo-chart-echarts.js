/*
 * The parts of Apache ECharts that Bravo's charts use, and nothing else: bar, line and heatmap
 * series, grid, tooltip, legend and visual map, drawn by the SVG renderer. <bravo-chart> imports
 * this module on demand, so the pages without a chart never download ECharts.
 */
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, HeatmapChart, GridComponent, TooltipComponent, LegendComponent,
  VisualMapComponent, SVGRenderer]);

/*
 * An instance made for server-side rendering registers ECharts' metadata writer, so that every SVG
 * shape of a data item carries ecmeta_series_index and ecmeta_data_index attributes: the browser
 * journeys count the drawn bars, points and cells by them. One throw-away instance does it for all.
 */
echarts.init(null, null, { renderer: 'svg', ssr: true, width: 1, height: 1 }).dispose();

export default echarts;
