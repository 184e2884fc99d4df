/** Loaded on demand: ECharts with the gauge, registered once per page. */
import { use } from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { init, loadRenderer } from '../../src/chart/runtime.js';

use([GaugeChart]);

export { init, loadRenderer };
