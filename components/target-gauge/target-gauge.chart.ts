/** Loaded on demand: ECharts with the gauge. Registers nothing until `runtime()` is called. */
import { GaugeChart } from 'echarts/charts';
import { runtimeWith } from '../../src/chart/runtime.js';
import type { ChartRuntime } from '../../src/chart/echarts-controller.js';
import { buildGaugeOption } from './target-gauge.option.js';

/** The element's option builders (./target-gauge.option.ts), which load with the chart. */
const options = { buildGaugeOption };
export type Options = typeof options;

/** The gauge draws no number: its words write the outcome, the target and its qualifier, and its pictures keep them. */
export const runtime = (): ChartRuntime<Options> => runtimeWith([GaugeChart], options, { wordsHoldFigures: true });
