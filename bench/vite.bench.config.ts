/**
 * Builds the bench pages. One config, one build per `--mode`, each into its own folder of bench/.tmp/www/
 * (git-ignored) so that no build shares chunks with another and the payload figures are what a page of
 * that kind alone would load:
 *
 *   pages             the timing pages of scenarios 1–4 (element and raw ECharts)
 *   gauge             scenario 5 (a)/(b): one <sx-target-gauge>, bundled as an application would
 *   stats             scenario 5 (d): a page of the 52 <sx-stat> cards only, which must load no ECharts
 *   floor             scenario 5, the ECharts floor: echarts/core + gauge + SVG renderer
 *   floor-components  the floor plus AriaComponent and TooltipComponent (breakdown only)
 *   ssr               scenario 6: the server-rendered article, alone (see bench/pages/article-hydrate.ts)
 *   attribution       the gauge page split into chunks by origin: Lit, dataset, strings, formats and tables,
 *                     styles, the shared element core, the gauge's own code, ECharts (breakdown only)
 *
 * Production mode, minified, `process.env.NODE_ENV` replaced (TOOLCHAIN gotcha 1), and the sources tree-shaken
 * as a consumer's build of the package tree-shakes them (`sideEffects`, TOOLCHAIN gotcha 7). The root stays at
 * the package (gotcha 8), so a page lands at bench/.tmp/www/<mode>/bench/.tmp/src/<page>.html.
 */
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
// @ts-expect-error: a plain .mjs module without types.
import { cssLiterals } from '../scripts/css-literals.mjs';
// @ts-expect-error: a plain .mjs module without types.
import { SRC_DIR, writePages } from './html.mjs';

const INPUTS: Record<string, string[]> = {
  pages: ['gauge-element', 'gauge-raw', 'gauge-raw-components', 'article-lazy', 'article-eager', 'article-four', 'article-raw-all', 'article-raw-four', 'article-iframes', 'frame-raw', 'report', 'report-first', 'thousand'],
  ssr: ['article-ssr'],
  gauge: ['payload-gauge'],
  stats: ['payload-stats'],
  floor: ['floor'],
  'floor-components': ['floor-components'],
  attribution: ['payload-gauge'],
};

/**
 * The package's modules that may do something when imported: the define modules register tags; the runtime
 * and the chart modules are kept too, in case they register ECharts parts at the top level. Every other module
 * of src/, components/ and data/ is pure, as the house rules have it. Stated here rather than read from
 * package.json, whose `sideEffects` names built files (a bundler applies it to the sources too) and whose form
 * may change, so that the bench tree-shakes the same way whatever state that field is in.
 */
const REGISTERS = /(^|\/)(components\/[^/]+\/define|src\/define-all|src\/chart\/runtime|components\/[^/]+\/[^/]+\.chart)\.ts$/;

function sourceSideEffects(root: string): Plugin {
  return {
    name: 'sx-bench-source-side-effects',
    transform(_code, id) {
      const path = id.split('?')[0]!.replace(/\\/g, '/');
      if (!path.startsWith(root) || !/^(src|components|data)\//.test(path.slice(root.length))) return null;
      return { moduleSideEffects: REGISTERS.test(path) };
    },
  };
}

/** The breakdown's groups, by module path (the highest priority wins). */
const GROUPS = [
  { name: 'lit', test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/, priority: 9 },
  { name: 'echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/, priority: 8 },
  { name: 'data', test: /[\\/]data[\\/][^\\/]+\.ts$/, priority: 7 },
  { name: 'i18n', test: /[\\/]src[\\/]i18n[\\/]/, priority: 6 },
  { name: 'format', test: /[\\/]src[\\/](format|a11y)[\\/]/, priority: 5 },
  { name: 'styles', test: /\.styles\.ts$|[\\/]src[\\/]chart[\\/]styles\.ts$/, priority: 4 },
  { name: 'chart-core', test: /[\\/]src[\\/].+\.ts$/, priority: 3 },
  { name: 'element', test: /[\\/]components[\\/].+\.ts$/, priority: 2 },
];

export default defineConfig(({ mode }) => {
  const names = INPUTS[mode];
  if (!names) throw new Error(`vite.bench.config.ts: unknown --mode ${mode} (one of ${Object.keys(INPUTS).join(', ')})`);
  const files: Record<string, string> = writePages();
  const root = join(SRC_DIR, '..', '..', '..');
  return {
    root,
    // The element styles minified as `npm run build` minifies them in dist/ (scripts/css-literals.mjs).
    plugins: [sourceSideEffects(`${root.replace(/\\/g, '/')}/`), cssLiterals()],
    base: `/${mode}/`,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: join(SRC_DIR, '..', 'www', mode),
      emptyOutDir: true,
      minify: true,
      // Pure ES modules, as a CDN file or a library consumer's bundle would ship: no preload helper.
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: Object.fromEntries(names.map((n) => [n, files[n]!])),
        output:
          mode === 'attribution'
            ? { codeSplitting: { groups: GROUPS } }
            : {},
      },
    },
  };
});
