/* global document, window, customElements */
// Print (part of `npm test`, after `npm run build:demo`): the demo page printed to PDF (A4) from a 1280 px
// window in Debian's Chromium (puppeteer-core), as a reader's Ctrl+P would. The PDF's text is read back with
// poppler's `pdftotext` (installed here with apt-get when missing and allowed, as scripts/ensure-chromium.mjs
// does for Chromium). It checks that every element on the page, those inside <sx-report> included, prints:
// - its title and every cell of its data table (the table opens in print);
// - its chart, drawn inside `beforeprint` even if the reader never scrolled to it: on a reader's Ctrl+P those
//   whose chart code is loaded, after `preparePrint()` (the demo's print button) every one; each chart whole on
//   one page (every word the chart draws is on the same page);
// - on the same page as its title, when the element is shorter than a page (break-inside: avoid).
// Prints `N passed, M failed`; exits 1 on a failure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serve } from './static-server.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const site = join(root, 'dist-demo');
/** A4 at 96 px per inch, less Chromium's default margins (0.4 in): the height one printed page holds. */
const PAGE_HEIGHT = 1123 - 2 * 38;

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${!ok && detail ? `\n       ${detail}` : ''}`);
}

function which(tool) {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function ensurePdftotext() {
  if (which('pdftotext')) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("No pdftotext found: installing Debian's poppler-utils with apt-get …");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { stdio: 'inherit', env });
  }
  if (!which('pdftotext')) {
    console.error('No pdftotext found: install poppler-utils (apt-get install poppler-utils).');
    process.exit(1);
  }
}

/** Text without any white space: the PDF breaks lines and spaces words its own way. */
const squash = (text) => text.replace(/\s+/g, '');

if (!existsSync(join(site, 'demo', 'index.html'))) {
  console.error('dist-demo/ is missing: run `npm run build:demo` first.');
  process.exit(1);
}
ensurePdftotext();

const tmp = mkdtempSync(join(tmpdir(), 'sx-print-'));
const server = await serve(site);
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`http://127.0.0.1:${server.address().port}/demo/`, { waitUntil: 'networkidle0' });
  await page.waitForNetworkIdle({ idleTime: 300 });

  // What each element shows, read by a function the page keeps: once now, and once inside `beforeprint`
  // (registered after the elements' own listener, so it sees what they drew for print).
  const install = () => page.evaluate(() => {
    window.__sxWalk = () => {
      const found = [];
      const visit = (root) =>
        root.querySelectorAll('*').forEach((el) => {
          if (el.localName.startsWith('sx-') && el.shadowRoot?.querySelector('figure')) found.push(el);
          if (el.shadowRoot) visit(el.shadowRoot);
        });
      visit(document);
      return found.map((el) => {
        const r = el.shadowRoot;
        const chart = r.querySelector('[part=chart]');
        return {
          tag: el.localName,
          title: r.querySelector('[part=title]')?.textContent.trim() ?? '',
          cells: [...r.querySelectorAll('[part=table] td')].map((td) => td.textContent.trim()).filter(Boolean),
          hasChart: !!chart,
          drawn: !!chart?.querySelector('svg'),
          canvas: !!chart?.querySelector('canvas'),
          // Words of two characters or more: a lone "0" is on every page.
          chartWords: [...(chart?.querySelectorAll('svg text') ?? [])].map((t) => t.textContent.trim()).filter((t) => t.length > 1),
          nested: el.getRootNode() !== document,
        };
      });
    };
    window.addEventListener('beforeprint', () => (window.__sxPrinted = window.__sxWalk()));
  });
  await install();

  // 1. A reader's Ctrl+P on the page as loaded: charts whose code is loaded are drawn inside `beforeprint`,
  //    those the reader never scrolled to included; the others' data tables carry their figures.
  // 2. After `preparePrint()` (the demo's print button): every chart's code is loaded, so every chart prints.
  const runs = [];
  for (const prepared of [false, true]) {
    if (prepared) {
      // A fresh page, scrolled nowhere: the charts below the fold are not drawn.
      await page.reload({ waitUntil: 'networkidle0' });
      await install();
      await page.evaluate(() => customElements.get('sx-target-gauge').preparePrint());
    }
    const before = await page.evaluate(() => window.__sxWalk());
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const after = await page.evaluate(() => window.__sxPrinted);
    const file = join(tmp, `demo-${runs.length}.pdf`);
    writeFileSync(file, pdf);
    const pages = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      .split('\f')
      .map(squash);
    runs.push({ label: prepared ? 'after preparePrint() (the demo\'s print button)' : "a reader's Ctrl+P", prepared, before, after, pages });
  }

  // How tall each element is when laid out for print at A4's width (for "shorter than a page"); measured last,
  // as a narrow viewport would bring charts near.
  await page.emulateMediaType('print');
  await page.setViewport({ width: 718, height: 1000 });
  const heights = await page.evaluate(() => {
    const found = [];
    const visit = (root) =>
      root.querySelectorAll('*').forEach((el) => {
        if (el.localName.startsWith('sx-') && el.shadowRoot?.querySelector('figure')) found.push(el.getBoundingClientRect().height);
        if (el.shadowRoot) visit(el.shadowRoot);
      });
    visit(document);
    return found;
  });

  for (const { label, prepared, before, after, pages } of runs) {
    const whole = pages.join('');
    const pagesWith = (text) => pages.flatMap((p, i) => (p.includes(squash(text)) ? [i] : []));
    console.log(`\n${label}:`);
    check(`the demo printed: ${pages.length} A4 pages, ${after.length} elements`, pages.length > 1 && after.length > 5);
    if (prepared) {
      const started = after.filter((e, i) => e.drawn && !before[i].drawn).length;
      check(`charts the reader never scrolled to were drawn for print (${started} of them)`, started > 0);
      const undrawn = after.filter((e) => e.hasChart && !e.drawn && !e.canvas).map((e) => e.title);
      check('every chart was drawn for print', undrawn.length === 0, JSON.stringify(undrawn));
    }
    after.forEach((el, i) => {
      const name = `<${el.tag}> “${el.title.slice(0, 40)}”${el.nested ? ' (inside another element)' : ''}`;
      const missing = [el.title, ...el.cells].filter((t) => !whole.includes(squash(t)));
      check(`${name}: title and every table cell printed`, missing.length === 0, `missing: ${JSON.stringify(missing.slice(0, 5))}`);
      if (el.drawn && el.chartWords.length) {
        const common = el.chartWords.map(pagesWith).reduce((a, b) => a.filter((p) => b.includes(p)));
        check(`${name}: its chart printed whole on one page`, common.length > 0, `chart words ${JSON.stringify(el.chartWords.map((w) => [w, pagesWith(w)]))}, height ${heights[i]}`);
        const titlePages = pagesWith(el.title);
        if (heights[i] !== undefined && heights[i] < PAGE_HEIGHT) {
          check(`${name}: not cut across pages (title and chart on one page)`, common.some((p) => titlePages.includes(p)), `title on ${JSON.stringify(titlePages)}, chart on ${JSON.stringify(common)}`);
        }
      }
    });
  }
} catch (error) {
  check('printing the demo', false, error instanceof Error ? error.stack : String(error));
} finally {
  await browser.close().catch(() => {});
  await new Promise((resolve) => server.close(resolve));
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
