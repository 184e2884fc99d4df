/** Loaded on demand: ECharts with the gauge. Registers nothing until `runtime()` is called. */
import { GaugeChart } from 'echarts/charts';
import { runtimeWith } from '../../src/chart/runtime.js';
import type { ChartRuntime } from '../../src/chart/echarts-controller.js';

export const runtime = (): ChartRuntime => runtimeWith([GaugeChart]);
