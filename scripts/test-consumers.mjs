/* global document, window, customElements, getComputedStyle */
// Real consumers of the packed package, in the real browser (part of `npm run test:package`; run
// `npm run build` first). What it does, in a temporary directory it removes at the end:
// 1. `npm pack` the package, copy test/consumers/ there and `npm install` the tarball with React 19, Vue 3,
//    their Vite plugins and Vite 8.3.8 (pinned in test/consumers/package.json; nothing lands in the main
//    package's node_modules);
// 2. build the React, Vue and plugin-author apps with Vite, and check each bundle holds one copy of
//    echarts, zrender and lit (the module census each build writes, and the bundled code);
// 3. serve the directory with a small static server on 127.0.0.1 (the CSP page gets a strict
//    Content-Security-Policy header) and drive Debian's Chromium with puppeteer-core through: a plain HTML
//    page with only the CDN script tag (chart code loads as elements near the viewport), the same script
//    twice on one page, the strict-CSP page, and the three apps (elements render from attributes, clicks
//    arrive as `sx-select`);
// 4. stop the server and the browser, and print `N passed, M failed`.
// KEEP_CONSUMERS=1 keeps the temporary directory for a look.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serve } from './static-server.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const fixtures = join(root, 'test', 'consumers');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const TIMEOUT = 30_000;
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

let passed = 0;
let failed = 0;
const started = { dir: undefined, server: undefined, browser: undefined };

/** Runs one check; `fn` may return a note to print under it. */
async function check(name, fn) {
  const t0 = Date.now();
  try {
    const note = await fn();
    passed += 1;
    console.log(`  ok  ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)${note ? `\n       ${note}` : ''}`);
  } catch (error) {
    failed += 1;
    console.log(`  FAIL ${name}\n       ${(error instanceof Error ? error.message : String(error)).replace(/\n/g, '\n       ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_ENV: undefined } }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

async function cleanup() {
  await started.browser?.close().catch(() => {});
  started.browser = undefined;
  if (started.server) await new Promise((resolve) => started.server.close(resolve));
  started.server = undefined;
  if (started.dir && !process.env.KEEP_CONSUMERS) rmSync(started.dir, { recursive: true, force: true });
  else if (started.dir) console.log(`kept ${started.dir}`);
  started.dir = undefined;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanup().finally(() => process.exit(130));
  });
}

// ---- Browser helpers ----

/** A page that records what the checks need: requests, errors, warnings, CSP violations, sx- events. */
async function open(browser, url) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  const log = { requests: [], failedRequests: [], errors: [], warnings: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('requestfailed', (r) => log.failedRequests.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && log.failedRequests.push(`${r.url()} ${r.status()}`));
  page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(`console.error: ${m.text()}`);
    if (m.type() === 'warn') log.warnings.push(m.text());
  });
  // Runs before the page's scripts, outside its CSP.
  await page.evaluateOnNewDocument(() => {
    window.__sx = { ready: [], select: [], violations: [] };
    const name = (e) => e.composedPath()[0]?.id || e.composedPath()[0]?.localName;
    document.addEventListener('sx-ready', (e) => window.__sx.ready.push(name(e)), true);
    document.addEventListener('sx-select', (e) => window.__sx.select.push({ from: name(e), id: e.detail?.record?.id }), true);
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__sx.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
  return { page, log };
}

const waitReady = (page, ids) =>
  page.waitForFunction((want) => want.every((id) => window.__sx.ready.includes(id)), { timeout: TIMEOUT, polling: 50 }, ids).catch(async () => {
    const ready = await page.evaluate(() => window.__sx.ready);
    throw new Error(`waited for sx-ready from ${ids.join(', ')}; got ${JSON.stringify(ready)}`);
  });

/** The element's shadow text, and what its chart drew. */
const inspect = (page, id) =>
  page.evaluate((id) => {
    const el = document.getElementById(id);
    const root = el?.shadowRoot;
    const chart = root?.querySelector('[part~=chart]');
    return {
      defined: Boolean(el && customElements.get(el.localName)),
      text: (root?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      svgShapes: chart?.querySelectorAll('svg path, svg text').length ?? 0,
      canvas: Boolean(chart?.querySelector('canvas')),
      items: root?.querySelectorAll('[part~=item]').length ?? 0,
      display: el ? getComputedStyle(el).display : '',
    };
  }, id);

/** Clicks the first project of a list with the mouse; resolves with the sx-select it fired. */
async function clickListItem(page, id) {
  const item = await page.evaluateHandle((id) => document.getElementById(id).shadowRoot.querySelector('[part~=item]'), id);
  await item.click();
  return waitSelect(page, id);
}

/** Clicks the gauge with the mouse, at its centre (the figure) and then around it, until it fires sx-select. */
async function clickGauge(page, id) {
  const box = await page.evaluate((id) => {
    const chart = document.getElementById(id).shadowRoot.querySelector('[part~=chart]');
    chart.scrollIntoView({ block: 'center' });
    const r = chart.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }, id);
  const points = [[0.5, 0.5]];
  for (let i = 1; i < 12; i++) for (let j = 1; j < 12; j++) points.push([i / 12, j / 12]);
  for (const [fx, fy] of points) {
    const before = await page.evaluate(() => window.__sx.select.length);
    await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
    const after = await page.evaluate(() => window.__sx.select.length);
    if (after > before) return waitSelect(page, id);
  }
  throw new Error(`no sx-select from #${id} after clicking its chart`);
}

async function waitSelect(page, id) {
  await page.waitForFunction((id) => window.__sx.select.some((s) => s.from === id), { timeout: TIMEOUT, polling: 50 }, id);
  return page.evaluate((id) => window.__sx.select.find((s) => s.from === id), id);
}

function assertClean(log, { allowWarnings = [] } = {}) {
  assert(log.errors.length === 0, `errors:\n${log.errors.join('\n')}`);
  assert(log.failedRequests.length === 0, `failed requests:\n${log.failedRequests.join('\n')}`);
  const stray = log.warnings.filter((w) => !allowWarnings.some((re) => re.test(w)));
  assert(stray.length === 0, `unexpected warnings:\n${stray.join('\n')}`);
}

const cdnFiles = (log) => log.requests.filter((u) => u.includes('/dist/cdn/')).map((u) => new URL(u).pathname.split('/').pop());
const loaded = (log, prefix) => cdnFiles(log).some((f) => f.startsWith(prefix));

// ---- One copy of echarts and lit ----

const SINGLETONS = ['echarts', 'zrender', 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

function checkOneCopy(appDir) {
  const census = JSON.parse(readFileSync(join(appDir, 'dist', 'census.json'), 'utf8'));
  const copies = new Map(SINGLETONS.map((name) => [name, new Set()]));
  for (const id of census.modules) {
    const m = /^(.*[\\/]node_modules[\\/])((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id.replace(/\\/g, '/'));
    if (m && copies.has(m[2])) copies.get(m[2]).add(m[1] + m[2]);
  }
  for (const [name, dirs] of copies) {
    if (name === 'lit' && dirs.size === 0) continue; // lit re-exports; a bundle may hold only lit-html & co.
    assert(dirs.size === 1, `${name}: ${dirs.size} copies in the bundle${dirs.size ? `: ${[...dirs].join(', ')}` : ''}`);
  }
  assert(census.modules.some((id) => /node_modules[\\/]shanxi-report-charts[\\/]dist[\\/]/.test(id)), 'the package did not come from the tarball');
  assert(!census.modules.some((id) => /node_modules[\\/]echarts[\\/]index\.js$/.test(id)), 'the full echarts build got in');
  // And in the bundled code: one Lit, one ECharts.
  const assets = join(appDir, 'dist', 'assets');
  const code = readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f), 'utf8'));
  const count = (needle) => code.reduce((n, c) => n + c.split(needle).length - 1, 0);
  assert(count('litHtmlVersions') === 1, `lit-html registers its version ${count('litHtmlVersions')} times`);
  assert(count('_echarts_instance_') === 1, `ECharts' instance key appears ${count('_echarts_instance_')} times`);
}

// ---- Main ----

async function main() {
  const chromium = findChromium();
  if (!chromium) throw new Error('no Chromium: run `node scripts/ensure-chromium.mjs`');
  if (!existsSync(join(root, 'dist', 'cdn', 'shanxi-report-charts.js'))) throw new Error('no dist/: run `npm run build` first');

  const dir = mkdtempSync(join(tmpdir(), 'sx-consumers-'));
  started.dir = dir;
  const t0 = Date.now();
  const [packed] = JSON.parse(await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root));
  renameSync(join(dir, packed.filename), join(dir, 'shanxi-report-charts.tgz'));
  cpSync(fixtures, dir, { recursive: true });
  const consumerPkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  consumerPkg.dependencies[pkg.name] = 'file:./shanxi-report-charts.tgz';
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(consumerPkg, null, 2)}\n`);
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir);
  console.log(`packed ${packed.filename} and installed the consumers in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const vite = join(dir, 'node_modules', 'vite', 'bin', 'vite.js');
  const apps = ['react', 'vue', 'plugin'];
  for (const app of apps) {
    await check(`${app}: Vite builds the app from the tarball, with one copy of echarts and lit`, async () => {
      await run(process.execPath, [vite, 'build'], join(dir, app));
      checkOneCopy(join(dir, app));
    });
  }

  started.server = await serve(dir, { headers: (pathname) => (pathname.endsWith('/csp.html') ? { 'content-security-policy': CSP } : {}) });
  const base = `http://127.0.0.1:${started.server.address().port}`;
  started.browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: CHROMIUM_ARGS });
  const browser = started.browser;

  await check('plain HTML: the script tag alone registers the tags; chart code loads as elements near the viewport', async () => {
    const { page, log } = await open(browser, `${base}/html/plain.html`);
    await waitReady(page, ['gauge']);
    const gauge = await inspect(page, 'gauge');
    assert(gauge.defined && gauge.display === 'block', `gauge: ${JSON.stringify(gauge)}`);
    assert(gauge.text.includes('5%'), `the gauge's text: ${gauge.text}`);
    assert(gauge.svgShapes > 0, 'the gauge drew no SVG');
    const list = await inspect(page, 'list');
    assert(list.items > 0, 'the list far below shows its projects as text before any chart code loads');
    assert(loaded(log, 'echarts-') && loaded(log, 'target-gauge.chart-') && loaded(log, 'renderer-svg-'), `loaded: ${cdnFiles(log)}`);
    assert(!loaded(log, 'project-list.chart-'), 'the unit chart code loaded before its element came near the viewport');
    assert(!loaded(log, 'renderer-canvas-'), 'the canvas renderer loaded before a canvas chart was needed');

    await page.evaluate(() => document.getElementById('canvas-gauge').scrollIntoView());
    await waitReady(page, ['list', 'canvas-gauge']);
    assert(loaded(log, 'project-list.chart-') && loaded(log, 'renderer-canvas-'), `after scrolling, loaded: ${cdnFiles(log)}`);
    assert((await inspect(page, 'canvas-gauge')).canvas, 'renderer="canvas" drew no canvas');
    // The shared ECharts code comes in chunks split by which charts use them; each loads once.
    const echartsChunks = cdnFiles(log).filter((f) => f.startsWith('echarts-'));
    assert(new Set(echartsChunks).size === echartsChunks.length, `an ECharts chunk loaded more than once: ${echartsChunks}`);

    const fromList = await clickListItem(page, 'list');
    assert(fromList.id, `sx-select from the list carried no record: ${JSON.stringify(fromList)}`);
    const fromGauge = await clickGauge(page, 'gauge');
    assert(fromGauge.id === 'gdp-growth', `sx-select from the gauge: ${JSON.stringify(fromGauge)}`);
    assertClean(log);
    await page.close();
  });

  await check('two copies of the script on one page: no error, no warning, the elements render', async () => {
    const { page, log } = await open(browser, `${base}/html/twice.html`);
    await waitReady(page, ['gauge', 'list']);
    const entries = log.requests.filter((u) => /shanxi-report-charts\.js\?embed=\d$/.test(u));
    assert(entries.length === 2, `the module should load twice, loaded ${entries.length}`);
    for (const id of ['gauge', 'list']) {
      const el = await inspect(page, id);
      assert(el.defined && el.text.length > 0 && (el.svgShapes > 0 || el.canvas), `#${id}: ${JSON.stringify(el)}`);
    }
    assertClean(log, { allowWarnings: [/^shanxi-report-charts .*is already defined/] });
    const perTag = ['sx-target-gauge', 'sx-project-list'].map((tag) => log.warnings.filter((w) => w.includes(`<${tag}>`)).length);
    assert(perTag.every((n) => n === 0), `the same version twice should be silent; warnings per tag: ${perTag}`);
    await page.close();
    return `warnings: ${log.warnings.length ? log.warnings.join(' | ') : 'none'}`;
  });

  await check(`strict CSP (${CSP.split(';').slice(0, 3).join(';')}): everything renders, nothing is blocked`, async () => {
    const { page, log } = await open(browser, `${base}/html/csp.html`);
    await waitReady(page, ['gauge', 'canvas-gauge', 'list']);
    const violations = await page.evaluate(() => window.__sx.violations);
    assert(violations.length === 0, `CSP violations:\n${violations.join('\n')}`);
    const gauge = await inspect(page, 'gauge');
    assert(gauge.svgShapes > 0 && gauge.text.includes('6%'), `gauge: ${JSON.stringify(gauge)}`);
    assert((await inspect(page, 'canvas-gauge')).canvas, 'no canvas');
    assert((await inspect(page, 'list')).items === 15, 'the list should show all 15 projects');
    const styled = await page.evaluate(() => document.getElementById('gauge').shadowRoot.adoptedStyleSheets.length);
    assert(styled > 0, 'Lit styled the shadow root without adoptedStyleSheets');
    // Pointing and clicking draws the tooltip and the emphasis: still nothing blocked.
    await clickGauge(page, 'gauge');
    await clickGauge(page, 'canvas-gauge');
    await clickListItem(page, 'list');
    const after = await page.evaluate(() => window.__sx.violations);
    assert(after.length === 0, `CSP violations after pointing and clicking:\n${after.join('\n')}`);
    assertClean(log);
    await page.close();
  });

  const appChecks = {
    // Both apps set `actual` as a number property (React `actual={5.4}`, Vue `:actual="480000"`).
    react: { gauge: 'gdp-growth', gaugeText: 'GDP', actualText: '5.4%' },
    vue: { gauge: 'urban-jobs', gaugeText: '450,000', actualText: '480,000' },
  };
  for (const [app, want] of Object.entries(appChecks)) {
    await check(`${app}: renders the elements from attributes and number properties, and receives sx-select`, async () => {
      const { page, log } = await open(browser, `${base}/${app}/dist/index.html`);
      await waitReady(page, ['gauge', 'list']);
      const gauge = await inspect(page, 'gauge');
      assert(gauge.text.includes(want.gaugeText), `the gauge (lang="en") says: ${gauge.text}`);
      assert(gauge.text.includes(want.actualText), `the outcome set as a number property (${want.actualText}) is not shown: ${gauge.text}`);
      const alerts = await page.evaluate(() => document.getElementById('gauge').shadowRoot.querySelectorAll('[role=alert]').length);
      assert(alerts === 0, 'the gauge shows an error for a number property');
      assert(gauge.svgShapes > 0, 'the gauge drew no SVG');
      const list = await inspect(page, 'list');
      assert(list.items > 0, `the list: ${JSON.stringify(list)}`);
      const fromList = await clickListItem(page, 'list');
      const fromGauge = await clickGauge(page, 'gauge');
      assert(fromGauge.id === want.gauge, `sx-select from the gauge: ${JSON.stringify(fromGauge)}`);
      await page.waitForFunction(
        (a, b) => document.getElementById('picked').textContent.includes(`list:${a}`) && document.getElementById('picked').textContent.includes(`gauge:${b}`),
        { timeout: TIMEOUT, polling: 50 },
        fromList.id,
        fromGauge.id,
      );
      assertClean(log);
      await page.close();
    });
  }

  await check('plugin author: the package root registers nothing; defineElement registers <news-target-gauge>', async () => {
    const { page, log } = await open(browser, `${base}/plugin/dist/index.html`);
    await waitReady(page, ['gauge']);
    const status = JSON.parse(await page.evaluate(() => document.getElementById('status').textContent));
    assert(status.registeredByImport.length === 0, `importing the root registered ${status.registeredByImport}`);
    assert(status.name === 'news-target-gauge' && status.sx === false, `status: ${JSON.stringify(status)}`);
    assert(status.version === pkg.version, `VERSION ${status.version} ≠ package.json ${pkg.version}`);
    assert(status.cpi && status.jsonTargets > 0, `the dataset: ${JSON.stringify(status)}`);
    const gauge = await inspect(page, 'gauge');
    assert(gauge.defined && gauge.text.includes('2%') && gauge.svgShapes > 0, `news-target-gauge: ${JSON.stringify(gauge)}`);
    assertClean(log);
    await page.close();
  });
}

const t0 = Date.now();
try {
  await main();
} catch (error) {
  failed += 1;
  console.log(`  FAIL ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await cleanup();
}
console.log(`\ntest-consumers: ${passed} passed, ${failed} failed (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
process.exitCode = failed ? 1 : 0;
