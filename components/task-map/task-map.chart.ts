/**
 * Loaded on demand: ECharts with the custom series the unit chart draws (src/chart/units.ts), and the task map's
 * option builders. Registers nothing until `runtime()` is called.
 */
import { CustomChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { runtimeWith } from '../../src/chart/runtime.js';
import type { ChartRuntime } from '../../src/chart/echarts-controller.js';
import { buildUnitOption } from '../../src/chart/units.js';
import { taskUnits } from './task-map.option.js';

/** The element's option builders (./task-map.option.ts and the unit chart's), which load with the chart. */
const options = { buildUnitOption, taskUnits };
export type Options = typeof options;

/**
 * The tiles can be counted but write no number: the words say how many tasks each area holds, so a landscape picture
 * keeps them, with its title over the whole width when it would break inside a word beside the chart (七方 / 面).
 */
export const runtime = (): ChartRuntime<Options> => runtimeWith([CustomChart, TooltipComponent], options, { wordsHoldFigures: true });
