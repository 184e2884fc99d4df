/**
 * For pages rendered on the server (`shanxi-report-charts/ssr`): Lit's hydration support, then every tag
 * registered, as `define.js` does. Load this instead of `define.js`; it must come before anything else that
 * loads Lit. Server-rendered elements then keep the server's markup (no re-render, no layout shift) and keep
 * their static chart until a reader hovers, taps or focuses them, or the chart must change: only then is
 * ECharts downloaded. Client-rendered elements on the same page behave as with `define.js`.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './define-all.js';
