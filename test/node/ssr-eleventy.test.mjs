// A real static-site generator, then the README's recipe (node --test, after `npm run build`): the Eleventy site in
// test/ssr/eleventy/ is built with @11ty/eleventy, the build-step script the README's "SSR and static images"
// section shows is taken from the README as it stands and run on the output, and the pages are read in Chromium,
// served with `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'`:
// with JavaScript off (every element styled, its chart there) and on (hydrated, a live chart on a reader's hover,
// and not one CSP violation).
/* global window, document, getComputedStyle */ // inside page.evaluate() callbacks, which run in the page
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const input = join(root, 'test/ssr/eleventy');
// Inside the package, so that the recipe's `import … from 'shanxi-report-charts/ssr'` resolves to this package
// (Node's self-reference by package name), as it resolves to node_modules on a real site.
const work = join(root, 'test/ssr/eleventy/.out');
const site = join(work, '_site');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** The README's build-step script, as the README shows it. */
function readmeRecipe() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.startsWith('// scripts/render-charts.mjs'));
  assert.ok(block, "the README's SSR section shows scripts/render-charts.mjs");
  return block;
}

let server;
let origin;
let browser;

before(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const eleventy = new Eleventy(input, site, { quietMode: true, configPath: join(input, 'eleventy.config.mjs') });
  await eleventy.write();
  assert.ok(existsSync(join(site, 'index.html')), 'Eleventy wrote the site');
  const script = join(work, 'render-charts.mjs');
  writeFileSync(script, readmeRecipe());
  await promisify(execFile)(process.execPath, [script, site], { cwd: work });
  server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(site, path));
    if (!file.startsWith(site + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
});

after(async () => {
  await browser?.close();
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

const PAGES = { '/': 4, '/tasks/': 4, '/report/': 1 };

/** A page of the site, its CSP violations recorded from before its first byte, JavaScript on or off. */
async function open(path, { js, width = 1280 }) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.setJavaScriptEnabled(js);
  const violations = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
  });
  if (js) {
    await page.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    });
  }
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  return { page, violations };
}

describe('an Eleventy site, server-rendered by the README recipe, under a strict CSP', () => {
  it('the recipe rendered every element and put the stylesheets and hydrate.js beside the pages', () => {
    const html = readFileSync(join(site, 'index.html'), 'utf8');
    assert.match(html, /<sx-target-gauge indicator="gdp-growth"[^>]*><template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="\/shanxi-report-charts\/sx-target-gauge.css">/);
    assert.doesNotMatch(html, /<style\b|\sstyle="/);
    for (const f of ['sx-target-gauge.css', 'sx-report.css', 'hydrate.js']) assert.ok(existsSync(join(site, 'shanxi-report-charts', f)), f);
  });

  it('shows every element styled, with its chart, with JavaScript off', async () => {
    for (const [path, count] of Object.entries(PAGES)) {
      const { page, violations } = await open(path, { js: false, width: 360 });
      try {
        // An isolated world: Chromium runs it with the page's JavaScript off.
        const els = await page.$$eval('main > *, main p > *', (list) =>
          list
            .filter((e) => e.localName.startsWith('sx-'))
            .map((e) => ({
              tag: e.localName,
              display: getComputedStyle(e).display,
              background: getComputedStyle(e).backgroundColor,
              sheet: !!e.shadowRoot?.querySelector('link[rel=stylesheet]')?.sheet,
              title: e.shadowRoot?.querySelector('[part=title]')?.textContent.trim(),
              charts: (function count(root) {
                let n = 0;
                for (const svg of root.querySelectorAll('.chart > svg[data-sx-static]')) {
                  const shown = [...svg.children].filter((c) => c.localName === 'svg' && getComputedStyle(c).display !== 'none');
                  if (shown.length === 1 && shown[0].querySelector('text, path')) n++;
                }
                for (const el of root.querySelectorAll('*')) if (el.shadowRoot) n += count(el.shadowRoot);
                return n;
              })(e.shadowRoot),
              defined: !!window.customElements?.get(e.localName),
            })),
        );
        assert.equal(els.length, count, `${path}: ${count} elements`);
        for (const e of els) {
          assert.equal(e.display, 'block', `${path} <${e.tag}> styled by its linked stylesheet`);
          assert.equal(e.background, 'rgb(255, 255, 255)', `${path} <${e.tag}> background`);
          assert.ok(e.sheet, `${path} <${e.tag}> stylesheet loaded`);
          assert.ok(e.title, `${path} <${e.tag}> title`);
          assert.equal(e.defined, false, 'no element code ran');
          if (e.tag !== 'sx-stat') assert.ok(e.charts >= 1, `${path} <${e.tag}>: its chart shown`);
        }
        assert.deepEqual(violations, [], `${path}: CSP violations`);
      } finally {
        await page.close();
      }
    }
  });

  it('hydrates with JavaScript on, swaps in a live chart on hover, and logs no CSP violation', async () => {
    for (const path of Object.keys(PAGES)) {
      const { page, violations } = await open(path, { js: true });
      try {
        await page.waitForFunction(
          () => [...document.querySelectorAll('main *')].filter((e) => e.localName.startsWith('sx-')).every((e) => window.customElements.get(e.localName) && e.hasUpdated),
          { timeout: 30_000 },
        );
        if (path === '/') {
          const gauge = await page.$('sx-target-gauge');
          await gauge.hover();
          // The live chart in the box, instead of the server's picture.
          await page.waitForFunction((el) => !!el.shadowRoot.querySelector('[part=chart] > div svg'), { timeout: 30_000 }, gauge);
          const live = await page.evaluate((el) => {
            const chart = el.shadowRoot.querySelector('[part=chart]');
            return { picture: !!chart.querySelector('svg[data-sx-static]'), svg: chart.querySelector(':scope > div svg')?.textContent ?? '' };
          }, gauge);
          assert.equal(live.picture, false, 'the static picture is gone');
          // The gauge's figures are its summary's words; its SVG draws the scale (0%–8%) the 5% target sits on.
          assert.match(live.svg, /0%.*8%/, 'the live chart is drawn');
        }
        const recorded = await page.evaluate(() => window.__violations);
        assert.deepEqual([...recorded, ...violations], [], `${path}: CSP violations`);
      } finally {
        await page.close();
      }
    }
  });
});
