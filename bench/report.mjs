// Scenario 8: a page holding only <sx-report>. Its start-up work with the first screen in view is compared with
// that of the first screen's elements alone (read from the report page itself: the sections whose elements start
// inside the viewport), and the charts it starts are checked to be only those near the viewport. Also the gzip
// size of every chart chunk of the CDN build, for the payload table. Imported by run.mjs.
/* global window, document */ // inside page.evaluate() callbacks, which run in the page
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The controller starts a chart within this distance of the viewport (src/chart/echarts-controller.ts). */
const NEAR_MARGIN = 300;

/** Every sx- element inside the report (through the shadow roots), with its box and whether its chart started. */
function inspectReport() {
  const found = [];
  const walk = (root, depth) => {
    for (const el of root.querySelectorAll('*')) {
      if (!el.localName.startsWith('sx-') || !el.shadowRoot) continue;
      const box = el.getBoundingClientRect();
      found.push({
        tag: el.localName,
        topic: el.getAttribute('topic') ?? '',
        depth,
        top: box.top,
        bottom: box.bottom,
        chart: !!el.shadowRoot.querySelector('.chart svg, .chart canvas'),
      });
      walk(el.shadowRoot, depth + 1);
    }
  };
  walk(document, 0);
  return { found, viewport: window.innerHeight };
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Loads a page, waits until nothing has become ready for 600 ms, and returns the main thread's work. */
async function load(newPage, origin, url) {
  const page = await newPage({ width: 1280, height: 900 });
  try {
    await page.goto(`${origin}/blank.html`);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const before = await metrics(cdp);
    await page.goto(url);
    await page.waitForFunction(() => window.__sx.ready > 0, { timeout: 30_000, polling: 50 });
    await page.waitForFunction(() => performance.now() - window.__sx.last > 600, { timeout: 30_000, polling: 100 });
    const after = await metrics(cdp);
    const state = await page.evaluate(inspectReport);
    return { task: (after.TaskDuration - before.TaskDuration) * 1000, state };
  } finally {
    await page.close();
  }
}

export async function reportScenario({ newPage, origin, pageUrl, runs, summary }) {
  // What the first screen holds: the report's sections' elements (depth 1) that start inside the viewport.
  const probe = await load(newPage, origin, pageUrl('pages', 'report'));
  const sections = probe.state.found.filter((e) => e.depth === 1);
  const first = sections.filter((e) => e.top < probe.state.viewport);
  if (first.length === 0) throw new Error('scenario 8: no element of the report in the first screen');
  const parts = first.map((e) => (e.topic ? `${e.tag}:${e.topic}` : e.tag)).join(',');
  const firstUrl = `${pageUrl('pages', 'report-first')}?parts=${encodeURIComponent(parts)}`;

  const samples = { report: [], first: [] };
  let started;
  for (let round = 0; round <= runs; round++) {
    const order = round % 2 ? ['first', 'report'] : ['report', 'first'];
    for (const side of order) {
      const r = await load(newPage, origin, side === 'report' ? pageUrl('pages', 'report') : firstUrl);
      if (round > 0) samples[side].push(r.task);
      if (side === 'report') started = r.state;
    }
  }
  const charts = started.found.filter((e) => e.chart);
  const far = charts.filter((e) => e.top > started.viewport + NEAR_MARGIN);
  return {
    firstScreen: first.map((e) => (e.topic ? `${e.tag} topic=${e.topic}` : e.tag)),
    elements: started.found.length,
    withChart: charts.length,
    chartsFar: far.map((e) => `${e.tag}${e.topic ? ` ${e.topic}` : ''} at ${Math.round(e.top)} px`),
    report: summary(samples.report),
    first: summary(samples.first),
    startupRatio: summary(samples.report).median / summary(samples.first).median,
    runs,
  };
}

/** gzip -9 bytes of each chart chunk of the CDN build (`<element>.chart-<hash>.js`), by element. */
export function chartChunkSizes(cdnDir) {
  const out = {};
  for (const file of readdirSync(cdnDir).filter((f) => /\.chart-[\w-]+\.js$/.test(f)).sort()) {
    out[file.replace(/\.chart-.*$/, '')] = gzipSync(readFileSync(join(cdnDir, file)), { level: 9 }).length;
  }
  return out;
}
