/**
 * For pages rendered on the server (`shanxi-report-charts/ssr`): load this instead of `define.js`, before
 * anything else that loads Lit. It is small and loads nothing on the first paint's path: once the browser is
 * idle, or at the reader's first interaction, whichever comes first, it loads Lit's hydration support and every
 * tag (src/hydrate-now.ts). Server-rendered elements then keep the server's markup (no re-render, no layout
 * shift) and keep their static chart until a reader hovers, taps or focuses them, or the chart must change:
 * only then is ECharts downloaded. Elements rendered in the browser on the same page wait for the same moment.
 * (To wait for the tags: `customElements.whenDefined('sx-target-gauge')`.)
 */
import { hydrateWhenIdleOrTouched } from './hydrate-when.js';

hydrateWhenIdleOrTouched(() => import('./hydrate-now.js')).catch((error: unknown) =>
  console.error('shanxi-report-charts/hydrate.js: the elements could not be loaded; the page stays as the server sent it.', error),
);
