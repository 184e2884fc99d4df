/**
 * Loaded on demand: ECharts with the pie series the ring is drawn with. Registers nothing until `runtime()` is
 * called. No tooltip or aria component: the ring labels both of its parts itself, and a component two chart
 * chunks share moves into the shared ECharts chunk that every gauge page loads.
 */
import { PieChart } from 'echarts/charts';
import { runtimeWith } from '../../src/chart/runtime.js';
import type { ChartRuntime } from '../../src/chart/echarts-controller.js';

export const runtime = (): ChartRuntime => runtimeWith([PieChart]);
