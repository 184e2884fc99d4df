/** Loaded on demand: ECharts with the bar chart and the grid. Registers nothing until `runtime()` is called. */
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { runtimeWith } from '../../src/chart/runtime.js';
import type { ChartRuntime } from '../../src/chart/echarts-controller.js';

export const runtime = (): ChartRuntime => runtimeWith([BarChart, GridComponent, AriaComponent, TooltipComponent]);
