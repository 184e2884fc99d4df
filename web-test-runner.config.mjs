import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { exportsCommandsPlugin } from './test/plugins/exports-commands.mjs';

const executablePath = findChromium();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One browser page at a time: the machines here have two cores and the chart tests measure layout.
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), exportsCommandsPlugin()],
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
