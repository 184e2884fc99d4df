/**
 * Loaded on demand: ECharts with the pie series the ring is drawn with. Registers nothing until `runtime()` is
 * called. No tooltip or aria component: the ring labels both of its parts itself, and a component two chart
 * chunks share moves into the shared ECharts chunk that every gauge page loads.
 */
import { PieChart } from 'echarts/charts';
import { runtimeWith } from '../../src/chart/runtime.js';
import type { ChartRuntime } from '../../src/chart/echarts-controller.js';
import { buildShareRingOption } from './share-ring.option.js';

/** The element's option builders (./share-ring.option.ts), which load with the chart. */
const options = { buildShareRingOption };
export type Options = typeof options;

/** The ring draws no number (the card says the share once): its words write the share, the rest and the qualifier. */
export const runtime = (): ChartRuntime<Options> => runtimeWith([PieChart], options, { wordsHoldFigures: true });
