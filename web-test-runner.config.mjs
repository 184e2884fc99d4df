import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { timesReporter } from './scripts/test-times.mjs';
import { exportsCommandsPlugin } from './test/plugins/exports-commands.mjs';
import { ssrCommandsPlugin } from './test/plugins/ssr-commands.mjs';

const executablePath = findChromium();

/**
 * Server-rendered pages for test/ssr*.test.ts, rendered by the built server renderer (dist/src/ssr: `npm run build`
 * first) with its default options:
 * - test/ssr/article.html as `/__ssr/<mode>.html`: `none` (no script), `axe` (axe-core and no library code) and
 *   `hydrate` (the page's script is src/hydrate.ts; errors the page logs are collected in `window.__errors`);
 * - test/ssr/all.html (all nine elements) as `/__ssr/all.html` (no script) and `/__ssr/all-hydrate.html`
 *   (test/ssr/csp-page.js, then src/hydrate.ts), both sent with a strict Content-Security-Policy; `all-en…` is the
 *   same page in English;
 * - the elements' stylesheets the renderer links, `/shanxi-report-charts/<tag>.css`, from dist/ssr/.
 */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const renders = new Map(); // one server render per source page, shared by its modes
const rendered = (file, lang = 'zh') => {
  const key = `${file} ${lang}`;
  if (!renders.has(key)) {
    const source = readFileSync(file, 'utf8').replace('<html lang="zh">', `<html lang="${lang}">`);
    renders.set(key, import('./dist/src/ssr/index.js').then(({ renderPage }) => renderPage(source)));
  }
  return renders.get(key);
};
const ssrPages = {
  name: 'ssr-pages',
  async serve(context) {
    const css = /^\/shanxi-report-charts\/(sx-[a-z-]+)\.css$/.exec(context.path)?.[1];
    if (css) return { body: readFileSync(`dist/ssr/${css}.css`, 'utf8'), type: 'css' };
    const all = /^\/__ssr\/all(-en)?(-hydrate)?\.html$/.exec(context.path);
    if (all) {
      const page = await rendered('test/ssr/all.html', all[1] ? 'en' : 'zh');
      const scripts = all[2] ? '<script src="/test/ssr/csp-page.js"></script>\n<script type="module" src="/src/hydrate.ts"></script>' : '';
      return { body: page.replace('</head>', `${scripts}\n</head>`), type: 'html', headers: { 'content-security-policy': CSP } };
    }
    const mode = /^\/__ssr\/(none|axe|hydrate)\.html$/.exec(context.path)?.[1];
    if (!mode) return undefined;
    const page = await rendered('test/ssr/article.html');
    const scripts = {
      none: '',
      axe: '<script src="/node_modules/axe-core/axe.min.js"></script>',
      hydrate: `<script>
  window.process = { env: { NODE_ENV: 'development' } };
  window.__errors = [];
  addEventListener('error', (e) => __errors.push(String(e.message)));
  const consoleError = console.error;
  console.error = (...args) => { __errors.push(args.map(String).join(' ')); consoleError(...args); };
  window.__shifts = 0;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => { if (!e.hadRecentInput) __shifts += e.value; }))
    .observe({ type: 'layout-shift', buffered: true });
</script>
<script type="module" src="/src/hydrate.ts"></script>`,
    }[mode];
    return { body: page.replace('</head>', `${scripts}\n</head>`), type: 'html' };
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One browser page at a time: the machines here have two cores and the chart tests measure layout.
  concurrency: 1,
  plugins: [ssrPages, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), exportsCommandsPlugin(), ssrCommandsPlugin()],
  browsers: [
    chromeLauncher({
      // The reader asks for less motion, so a chart is drawn in its final state at once and `sx-ready` comes
      // without waiting for the 0.4–1 s animation: most of this suite's wall time was those waits (issue 21 §6).
      // `emulateMedia({ reducedMotion: 'no-preference' })` turns the motion back on for a page (the flag stays
      // under `emulateMedia({ colorScheme })`); test/motion.test.ts proves every chart with its animation, and
      // the site, print and consumer checks (scripts/test-*.mjs) run with motion as a reader's browser does.
      launchOptions: { executablePath, headless: true, args: [...CHROMIUM_ARGS, '--force-prefers-reduced-motion'] },
    }),
  ],
  // ECharts and zrender read process.env.NODE_ENV; the test runner does not bundle, so define it.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="zh">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <script>window.process = { env: { NODE_ENV: 'development' } };</script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  // WTR_TIMES=1: each test file's time and its slowest tests, at the end (scripts/test-times.mjs).
  reporters: [defaultReporter(), ...(process.env.WTR_TIMES ? [timesReporter()] : [])],
  testFramework: { config: { timeout: 60000 } },
  testsFinishTimeout: 600000,
};
