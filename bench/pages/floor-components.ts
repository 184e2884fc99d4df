/** Scenario 5, for the breakdown only: the floor plus the two components src/chart/runtime.ts registers. */
import { init, use, type EChartsCoreOption } from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { AriaComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([GaugeChart, AriaComponent, TooltipComponent, SVGRenderer]);

Object.assign(window, {
  drawGauge: (div: HTMLElement, option: EChartsCoreOption) => init(div, undefined, { renderer: 'svg' }).setOption(option),
});
