/** Loaded on demand: ECharts with the bar chart and the grid. Registers nothing until `runtime()` is called. */
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { runtimeWith } from '../../src/chart/runtime.js';
import type { ChartRuntime } from '../../src/chart/echarts-controller.js';
import { buildMetricBarsOption } from './metric-bars.option.js';

/** The element's option builders (./metric-bars.option.ts), which load with the chart. */
const options = { buildMetricBarsOption };
export type Options = typeof options;

export const runtime = (): ChartRuntime<Options> => runtimeWith([BarChart, GridComponent, AriaComponent, TooltipComponent], options);
