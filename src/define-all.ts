/**
 * Registers every element under its `sx-` name. Safe to import twice, or next to another copy of the
 * library: a name already taken is left alone.
 */
// The dataset and every string first: they import nothing and do nothing, but a bundle lays its modules out in
// import order, so the report's Chinese text then sits in one stretch, where gzip finds its repeated phrases (the
// CDN entry is ~5 kB gzip smaller than with the records and words of each kind spread among the elements' code).
import '../data/index.js';
import './i18n/all.js';
import '../components/target-gauge/define.js';
import '../components/project-list/define.js';
import '../components/target-board/define.js';
import '../components/task-map/define.js';
import '../components/report/define.js';
import '../components/stat/define.js';
import '../components/metric-bars/define.js';
import '../components/share-ring/define.js';
import '../components/results-board/define.js';

export { defineTargetGauge } from '../components/target-gauge/define.js';
export { defineProjectList } from '../components/project-list/define.js';
export { defineTargetBoard } from '../components/target-board/define.js';
export { defineTaskMap } from '../components/task-map/define.js';
export { defineReport } from '../components/report/define.js';
export { defineStat } from '../components/stat/define.js';
export { defineMetricBars } from '../components/metric-bars/define.js';
export { defineShareRing } from '../components/share-ring/define.js';
export { defineResultsBoard } from '../components/results-board/define.js';
