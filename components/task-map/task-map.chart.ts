/** Loaded on demand: ECharts with the treemap. Registers nothing until `runtime()` is called. */
import { TreemapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { runtimeWith } from '../../src/chart/runtime.js';
import type { ChartRuntime } from '../../src/chart/echarts-controller.js';

export const runtime = (): ChartRuntime => runtimeWith([TreemapChart, TooltipComponent]);
