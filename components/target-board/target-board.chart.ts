/** Loaded on demand: ECharts with bars (the tracks and "at least" zones), scatter (ticks, bands, outcomes) and the grid. */
import { BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { runtimeWith } from '../../src/chart/runtime.js';
import type { ChartRuntime } from '../../src/chart/echarts-controller.js';
import { buildBulletOption } from './target-board.option.js';

/** The element's option builders (./target-board.option.ts), which load with the chart. */
const options = { buildBulletOption };
export type Options = typeof options;

export const runtime = (): ChartRuntime<Options> => runtimeWith([BarChart, ScatterChart, GridComponent, TooltipComponent], options);
