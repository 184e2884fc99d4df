/** Loaded on demand: ECharts with bars (the tracks and "at least" zones), scatter (ticks, bands, outcomes) and the grid. */
import { BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { runtimeWith } from '../../src/chart/runtime.js';
import type { ChartRuntime } from '../../src/chart/echarts-controller.js';

export const runtime = (): ChartRuntime => runtimeWith([BarChart, ScatterChart, GridComponent, TooltipComponent]);
