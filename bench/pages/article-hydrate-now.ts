/**
 * Scenario 6, server-rendered side: what the page's script loads when it hydrates (article-hydrate.ts), as
 * `shanxi-report-charts/hydrate.js` loads src/hydrate-now.ts, for the tags the article uses: Lit's hydration
 * support first, then the elements, which hydrate what the server sent and load no ECharts until a reader
 * touches a chart.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../components/target-gauge/define.js';
import '../../components/project-list/define.js';
import '../../components/stat/define.js';
import '../../components/metric-bars/define.js';
import '../../components/share-ring/define.js';
import '../../components/results-board/define.js';
