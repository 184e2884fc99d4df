/**
 * Scenario 6, server-rendered side: the article's HTML comes from `renderPage` (run.mjs renders the built page);
 * this is its script, as `shanxi-report-charts/hydrate.js` is: it loads nothing on the first paint's path, and
 * loads the elements (article-hydrate-now.ts) on idle or at the first interaction. Built alone (`--mode ssr`): in
 * a build that splits chunks shared with other pages, Lit would sit in a shared chunk that runs before the
 * hydration support.
 */
import { hydrateWhenIdleOrTouched } from '../../src/hydrate-when.js';

void hydrateWhenIdleOrTouched(() => import('./article-hydrate-now.js'));
