/** Loaded on demand: ECharts with the bar chart and the grid, registered once per page. */
import { use } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { init, loadRenderer } from '../../src/chart/runtime.js';

use([BarChart, GridComponent]);

export { init, loadRenderer };
