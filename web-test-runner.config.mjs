import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { exportsCommandsPlugin } from './test/plugins/exports-commands.mjs';
import { longImageCommandPlugin } from './test/plugins/long-image-command.mjs';

const executablePath = findChromium();

/**
 * test/ssr/article.html rendered by the built server renderer (dist/src/ssr: `npm run build` first), served as
 * `/__ssr/<mode>.html` for test/ssr.test.ts: `none` (no script), `axe` (axe-core and no library code) and
 * `hydrate` (the page's script is src/hydrate.ts; errors the page logs are collected in `window.__errors`).
 */
let rendered; // the one server render every mode shares
const ssrPages = {
  name: 'ssr-pages',
  async serve(context) {
    const mode = /^\/__ssr\/(none|axe|hydrate)\.html$/.exec(context.path)?.[1];
    if (!mode) return undefined;
    rendered ??= import('./dist/src/ssr/index.js').then(({ renderPage }) =>
      renderPage(readFileSync('test/ssr/article.html', 'utf8'), { width: 640 }),
    );
    const page = await rendered;
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
  plugins: [ssrPages, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), exportsCommandsPlugin(), longImageCommandPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
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
  testFramework: { config: { timeout: 60000 } },
  testsFinishTimeout: 600000,
};
