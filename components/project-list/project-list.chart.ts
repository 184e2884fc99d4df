/**
 * Loaded on demand: ECharts with the custom series the unit chart draws (src/chart/units.ts), and the project
 * list's option builders (<sx-task-map> has its own module for the same chart). Registers nothing until `runtime()`
 * is called.
 */
import { CustomChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { runtimeWith } from '../../src/chart/runtime.js';
import type { ChartRuntime } from '../../src/chart/echarts-controller.js';
import { buildUnitOption } from '../../src/chart/units.js';
import { projectUnits } from './project-list.option.js';

/** The element's option builders (./project-list.option.ts and the unit chart's), which load with the chart. */
const options = { buildUnitOption, projectUnits };
export type Options = typeof options;

export const runtime = (): ChartRuntime<Options> => runtimeWith([CustomChart, TooltipComponent], options);
