/** Scenario 3, element side: every tag registered, the article's elements upgrade as a page would. */
import '../../components/target-gauge/define.js';
import '../../components/project-list/define.js';
import '../../components/stat/define.js';
import '../../components/metric-bars/define.js';
import '../../components/share-ring/define.js';
import '../../components/results-board/define.js';
