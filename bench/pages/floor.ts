/**
 * Scenario 5, the ECharts floor: what a page needs to draw the gauge with raw ECharts — echarts/core, the
 * gauge chart and the SVG renderer. No Lit, no element, no dataset: the option comes from the page.
 */
import { init, use, type EChartsCoreOption } from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';

use([GaugeChart, SVGRenderer]);

Object.assign(window, {
  drawGauge: (div: HTMLElement, option: EChartsCoreOption) => init(div, undefined, { renderer: 'svg' }).setOption(option),
});
