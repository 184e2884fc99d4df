import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };
import { sourceSideEffects } from './vite.config.ts';
// @ts-expect-error: a plain .mjs module without types.
import { cssLiterals } from './scripts/css-literals.mjs';

/**
 * The drop-in script: `dist/cdn/shanxi-report-charts.js`, one ES module that registers every tag and runs from
 * any static file server or CDN (`<script type="module" src="…/dist/cdn/shanxi-report-charts.js">`).
 * `npm run build` runs it after tsc (`vite build -c vite.cdn.config.ts`); `npm start` keeps vite.config.ts.
 *
 * The entry holds what a reader needs first: Lit, the elements, their text and the dataset. Chart code loads
 * only when an element nears the viewport, through the elements' dynamic imports, in these chunks:
 * - `echarts-*.js`: echarts/core, the shared components and src/chart/runtime.ts, plus every ECharts or
 *   zrender module that two or more of the lazy chunks need (one copy, loaded once), split by which chunks
 *   share them: what every chart needs in one, what only the grid charts share (axes, bars) in another;
 * - `target-gauge.chart-*.js`, `project-list.chart-*.js`: each element's chart type (gauge; the unit chart);
 * - `renderer-svg-*.js`, `renderer-canvas-*.js`: the renderers, so a page of SVG charts never loads canvas.
 * Chunk names carry a content hash; the entry's does not, so the CDN line stays the same across builds.
 *
 * `--mode hydrate` (run second, into the same folder) builds `dist/cdn/hydrate.js`, the hydrating drop-in script
 * for server-rendered pages with no bundler: src/hydrate.ts, a small entry that loads the rest on idle or the first
 * interaction, with its chunks under `dist/cdn/hydrate/`. A build of its own, so Lit's hydration support runs
 * before Lit (a chunk shared with the client-only entry would run Lit first), and in strict execution order.
 */
const hydrate = {
  outDir: 'dist/cdn',
  emptyOutDir: false,
  target: 'es2022',
  sourcemap: false,
  lib: { entry: 'src/hydrate.ts', formats: ['es' as const], fileName: () => 'hydrate.js' },
  rolldownOptions: {
    output: {
      minify: true,
      strictExecutionOrder: true,
      chunkFileNames: (chunk: { name: string }) => `hydrate/${chunk.name.startsWith('echarts~') ? 'echarts' : '[name]'}-[hash].js`,
      postBanner: (chunk: { isEntry: boolean }) =>
        chunk.isEntry
          ? `/*! ${pkg.name} ${pkg.version} | ${pkg.license} | hydrates server-rendered elements; bundles Lit (BSD-3-Clause) and Apache ECharts (Apache-2.0) */`
          : '',
    },
  },
};

const client = {
  // ECharts and zrender read process.env.NODE_ENV, which nothing defines in a browser (TOOLCHAIN gotcha 1).
  define: { 'process.env.NODE_ENV': '"production"' },
  // Tree-shake the sources as a consumer's bundler tree-shakes the package (see vite.config.ts).
  // The element styles minified, as `npm run build` minifies them in dist/ (scripts/css-literals.mjs).
  plugins: [sourceSideEffects(), cssLiterals()],
  publicDir: false,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    lib: {
      entry: 'src/define-all.ts',
      formats: ['es'],
      fileName: () => 'shanxi-report-charts.js',
    },
    rolldownOptions: {
      output: {
        // Library mode keeps whitespace when it minifies (TOOLCHAIN gotcha 6).
        minify: true,
        // The shared ECharts chunks are named after every chunk that shares them ("echarts~a~b~c"): keep "echarts".
        chunkFileNames: (chunk) => (chunk.name.startsWith('echarts~') ? 'echarts-[hash].js' : '[name]-[hash].js'),
        postBanner: (chunk) =>
          chunk.isEntry
            ? `/*! ${pkg.name} ${pkg.version} | ${pkg.license} | bundles Lit (BSD-3-Clause) and Apache ECharts (Apache-2.0) */`
            : '',
        codeSplitting: {
          groups: [
            {
              name: 'echarts',
              test: /src[\\/]chart[\\/](runtime|instance)\.ts$|node_modules[\\/](echarts|zrender|tslib)[\\/]/,
              // Only what two lazy chunks share: a chart type's or a renderer's own modules stay with it.
              minShareCount: 2,
              // Grouped by which chunks share them: what every chart needs (echarts/core) in one chunk, what only
              // the cartesian charts share (grid, axes, bars) in another, so a page of gauges never loads a grid.
              entriesAware: true,
            },
            {
              // The element code the entry shares with a chunk it loads on demand (the download menu's work, the
              // picture layout): one chunk the entry imports at once, rather than one per pair of sharers.
              name: 'core',
              test: /./,
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'hydrate' ? { ...client, build: hydrate } : client));
