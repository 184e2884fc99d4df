/**
 * What `shanxi-report-charts/hydrate.js` loads when the page hydrates (src/hydrate-when.ts): Lit's hydration
 * support, then every tag registered, as `define.js` does. Lit's hydration support must run before Lit.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './define-all.js';
