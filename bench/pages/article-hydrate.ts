/**
 * Scenario 6, server-rendered side: the article's HTML comes from `renderPage` (run.mjs renders the built page);
 * this is its script, as `shanxi-report-charts/hydrate.js` would be for the tags the article uses: Lit's hydration support
 * first, then the elements, which hydrate what the server sent and load no ECharts until a reader touches a
 * chart. Built alone (`--mode ssr`): in a build that splits chunks shared with other pages, Lit would sit in a
 * shared chunk that runs before this entry's own code, too early for the hydration support.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../components/target-gauge/define.js';
import '../../components/project-list/define.js';
import '../../components/stat/define.js';
import '../../components/metric-bars/define.js';
import '../../components/share-ring/define.js';
import '../../components/results-board/define.js';
