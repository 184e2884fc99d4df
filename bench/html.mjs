// Writes the bench's HTML pages (Vite inputs) into bench/.tmp/src/. Generated, so that the article of
// scenario 3 is real static HTML the parser builds, like a news page, in five variants that differ only in
// what draws the charts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const SRC_DIR = join(here, '.tmp', 'src');
const PAGES = join(here, 'pages');

/** Elements of the article: the first four are in view; then 36 in a repeating mix of every kind. */
const MIX = [
  { tag: 'gauge', indicator: 'gdp-growth' },
  { tag: 'gauge', indicator: 'fixed-asset-investment' },
  { tag: 'list', category: 'water' },
  { tag: 'gauge', indicator: 'retail-sales' },
  { tag: 'gauge', indicator: 'binding-indicators' }, // a statement: no chart
  { tag: 'gauge', indicator: 'urban-jobs' },
  { tag: 'list' },
  { tag: 'gauge', indicator: 'urban-unemployment' },
  { tag: 'gauge', indicator: 'cpi' },
  { tag: 'list', project: 3 }, // one project: no chart
  { tag: 'gauge', indicator: 'resident-income' }, // in step with the economy: no chart
  { tag: 'gauge', indicator: 'foreign-trade' }, // positive growth: no chart
  { tag: 'stat', result: 'jinchuang-valley-contracts' }, // a number card: no chart
  { tag: 'bars', set: 'industry-revenues' },
  { tag: 'ring', result: 'clean-energy-capacity-share' },
  { tag: 'stat', result: 'lighthouse-factory' }, // a milestone card: no chart
  { tag: 'board', topic: 'green' }, // cards, milestones and one <sx-metric-bars> inside
  { tag: 'ring', project: 8 },
];
const IN_VIEW = [
  { tag: 'gauge', indicator: 'gdp-growth' },
  { tag: 'gauge', indicator: 'urban-jobs' },
  { tag: 'gauge', indicator: 'cpi' },
  { tag: 'list', category: 'water' },
];
export const ARTICLE = [...IN_VIEW, ...Array.from({ length: 36 }, (_, i) => MIX[i % MIX.length])];
export const ARTICLE_IN_VIEW = IN_VIEW.length;

const STYLE = `
  html { font-family: Arial, sans-serif; }
  body { margin: 0; }
  #stage { display: grid; grid-template-columns: repeat(var(--columns, 1), var(--column, 400px)); gap: 8px; }
  .raw-chart { width: var(--raw-width, 368px); height: var(--raw-height, 260px); }
  .article { max-width: 960px; margin: 0 auto; padding: 8px 16px; line-height: 1.6; }
  .first-screen { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; align-items: start; }
  .article sx-target-gauge { --sx-chart-height: 160px; }
  .article sx-project-list { --sx-chart-height: 200px; }
  .article sx-share-ring { --sx-chart-height: 200px; }
  .raw-fig { margin: 0; padding: 12px 16px; }
  .raw-chart[data-indicator] { width: auto; height: 160px; }
  .raw-chart[data-list], .raw-chart[data-ring] { width: auto; height: 200px; }
  .raw-chart[data-bars] { width: auto; height: 168px; }
  .raw-frame { display: block; width: 100%; height: 160px; border: 0; }
  .raw-frame[data-list] { height: 200px; }
  .raw-chart.frame { width: 100vw; height: 100vh; }
`;

/**
 * Counts `sx-ready` (the elements fire it; the raw pages dispatch it when a chart has finished) and stamps
 * the first screen: the end of the first frame rendered after every in-view chart has finished. A rAF loop
 * posts a message each frame; the message runs once that frame is painted (see frameClock in pages/common.ts).
 * Classic and inline, so it runs before any module.
 */
const TRACKER = `
(() => {
  const s = (window.__sx = { ready: 0, inView: 0, last: 0, inViewDone: 0, firstScreen: 0, longest: 0, longTasks: 0 });
  // Tasks over 50 ms (wall time), for scenario 9: the longest one is what blocks input longest.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        s.longTasks++;
        s.longest = Math.max(s.longest, e.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const expected = Number(document.documentElement.dataset.inview || 0);
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const now = performance.now();
    if (s.inViewDone && now > s.inViewDone) s.firstScreen = now;
  };
  const tick = () => {
    if (s.firstScreen || !expected) return;
    channel.port2.postMessage(0);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const ready = (inView) => {
    s.ready++;
    s.last = performance.now();
    if (inView && ++s.inView === expected) s.inViewDone = s.last;
  };
  document.addEventListener('sx-ready', (e) => ready(e.target.hasAttribute && e.target.hasAttribute('data-inview')), true);
  // Scenario 7's embeds are frames of their own: each says when its chart has finished.
  addEventListener('message', (e) => e.data && e.data.sxReady && ready(e.data.inView));
  // Scenario 8: layout shifts, summed (no input here, so every shift counts).
  s.cls = 0;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => { if (!e.hadRecentInput) s.cls += e.value; }))
    .observe({ type: 'layout-shift', buffered: true });
})();`;

function page({ title, body, script, inView = 0, file }) {
  const src = relative(dirname(file), join(PAGES, script)).split('\\').join('/');
  return `<!doctype html>
<html lang="zh" data-inview="${inView}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
<style>${STYLE}</style>
<script>${TRACKER}</script>
<script type="module" src="${src}"></script>
</head>
<body>
${body}
</body>
</html>
`;
}

function paragraphs() {
  const text = readFileSync(join(here, '..', 'data', 'source', 'shanxi-2025-government-work-report.txt'), 'utf8');
  return text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter((l) => l.length > 40);
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** One slot of the article: an element, a raw chart in a figure, or nothing. */
function slot(item, mode, inView) {
  const mark = inView ? ' data-inview' : '';
  if (mode === 'iframe') {
    // The iframe side embeds the gauges and project lists (pages/frame-raw.ts); the 2024 results elements have
    // no iframe page: cards and boards are text, and their bars and rings are left out of this comparison.
    if (['stat', 'board', 'bars', 'ring'].includes(item.tag)) return '';
    if (item.tag === 'gauge' && ['binding-indicators', 'resident-income', 'foreign-trade'].includes(item.indicator)) return '';
    if (item.tag === 'list' && item.project) return '';
    const query = item.tag === 'gauge' ? `indicator=${item.indicator}` : `list${item.category ? `&category=${item.category}` : ''}`;
    const list = item.tag === 'list' ? ' data-list' : '';
    return `<figure class="raw-fig"><iframe class="raw-frame" title="chart"${list} src="frame-raw.html?${query}${inView ? '&inview' : ''}"></iframe></figure>`;
  }
  if (mode === 'raw') {
    // Raw ECharts draws what the elements chart; the stat and board cards are text (the board's one bar chart
    // is left out of the raw side).
    if (item.tag === 'stat' || item.tag === 'board') return '';
    if (item.tag === 'bars') return `<figure class="raw-fig"><div class="raw-chart" data-bars="${item.set}"${mark}></div></figure>`;
    if (item.tag === 'ring') {
      const data = `data-ring="${item.result ?? ''}"${item.project ? ` data-ring-project="${item.project}"` : ''}`;
      return `<figure class="raw-fig"><div class="raw-chart" ${data}${mark}></div></figure>`;
    }
    if (item.tag === 'gauge' && ['binding-indicators', 'resident-income', 'foreign-trade'].includes(item.indicator)) return '';
    if (item.tag === 'list' && item.project) return '';
    const data = item.tag === 'gauge' ? `data-indicator="${item.indicator}"` : `data-list${item.category ? ` data-category="${item.category}"` : ''}`;
    return `<figure class="raw-fig"><div class="raw-chart" ${data}${mark}></div></figure>`;
  }
  const eager = mode === 'eager' ? ' eager' : '';
  if (item.tag === 'gauge') return `<sx-target-gauge indicator="${item.indicator}"${eager}${mark}></sx-target-gauge>`;
  if (item.tag === 'stat') return `<sx-stat result="${item.result}"${mark}></sx-stat>`;
  if (item.tag === 'bars') return `<sx-metric-bars set="${item.set}"${eager}${mark}></sx-metric-bars>`;
  if (item.tag === 'ring') {
    const attr = item.project ? `project="${item.project}"` : `result="${item.result}"`;
    return `<sx-share-ring ${attr}${eager}${mark}></sx-share-ring>`;
  }
  if (item.tag === 'board') return `<sx-results-board topic="${item.topic}"${eager}${mark}></sx-results-board>`;
  const attrs = item.project ? ` project="${item.project}"` : item.category ? ` category="${item.category}"` : '';
  return `<sx-project-list${attrs}${eager}${mark}></sx-project-list>`;
}

/** The article: a heading, a lead, the four figures of the first screen, then long text with 36 more. */
function article(mode, only4) {
  const ps = paragraphs();
  const p = (i) => `<p>${escape(ps[i % ps.length])}</p>`;
  const first = IN_VIEW.map((item) => slot(item, mode, true)).join('\n');
  const rest = ARTICLE.slice(IN_VIEW.length)
    .map((item, i) => `${p(i * 2 + 8)}\n${p(i * 2 + 9)}\n${only4 ? '' : slot(item, mode, false)}`)
    .join('\n');
  return `<main class="article">
<h1>2025年山西省政府工作报告：数字看点</h1>
${p(0)}
<div class="first-screen">
${first}
</div>
${[1, 2, 3, 4, 5, 6, 7].map(p).join('\n')}
${rest}
</main>`;
}

/** The ids of the 2024 results, in order, read from the dataset's source (this script cannot import TypeScript). */
function resultIds() {
  const text = readFileSync(join(here, '..', 'data', 'results-2024.ts'), 'utf8');
  const list = text.slice(text.indexOf('export const results'), text.indexOf('export const comparableSets'));
  return [...list.matchAll(/^ {4}id: '([a-z0-9-]+)',$/gm)].map((m) => m[1]);
}

/** Scenario 9: 1000 elements on one page, the article's mix, the first four in view; no prose between them. */
export const THOUSAND = 1000;
function thousand() {
  const first = IN_VIEW.map((item) => slot(item, 'lazy', true)).join('\n');
  const rest = Array.from({ length: THOUSAND - IN_VIEW.length }, (_, i) => slot(MIX[i % MIX.length], 'lazy', false)).join('\n');
  return `<main class="article">\n<div class="first-screen">\n${first}\n</div>\n${rest}\n</main>`;
}

/** Writes every page; returns their paths by name. */
export function writePages(dir = SRC_DIR) {
  mkdirSync(dir, { recursive: true });
  const pages = {
    'gauge-element': { title: 'gauge, element', body: '<div id="stage"></div>', script: 'gauge-element.ts' },
    'gauge-raw': { title: 'gauge, raw ECharts', body: '<div id="stage"></div>', script: 'gauge-raw.ts' },
    'gauge-raw-components': { title: 'gauge, raw ECharts + aria + tooltip', body: '<div id="stage"></div>', script: 'gauge-raw-components.ts' },
    'article-lazy': { title: 'article, lazy elements', body: article('lazy'), script: 'article-element.ts', inView: 4 },
    'article-eager': { title: 'article, eager elements', body: article('eager'), script: 'article-element.ts', inView: 4 },
    'article-four': { title: 'article, the 4 in view only', body: article('lazy', true), script: 'article-element.ts', inView: 4 },
    'article-raw-all': { title: 'article, raw ECharts, all', body: article('raw'), script: 'article-raw.ts', inView: 4 },
    'article-raw-four': { title: 'article, raw ECharts, 4', body: article('raw', true), script: 'article-raw.ts', inView: 4 },
    thousand: { title: '1000 elements', body: thousand(), script: 'article-element.ts', inView: 4 },
    // Scenario 8: the same article server-rendered (run.mjs runs renderPage on the built page), and hydrated.
    'article-ssr': { title: 'article, server-rendered elements', body: article('lazy'), script: 'article-hydrate.ts', inView: 4 },
    // Scenario 7: the same 40 charts as iframe embeds, each a page loading its own raw ECharts.
    'article-iframes': { title: 'article, 40 iframe embeds', body: article('iframe'), script: 'nothing.ts', inView: 4 },
    'frame-raw': { title: 'embed, raw ECharts', body: '<div class="raw-chart frame"></div>', script: 'frame-raw.ts' },
    'payload-gauge': {
      title: 'payload, one gauge',
      // Far below the fold: the entry loads, the chart waits until the driver scrolls to it.
      body: '<div style="height:4000px"></div><sx-target-gauge indicator="gdp-growth"></sx-target-gauge>',
      script: 'payload-gauge.ts',
    },
    'payload-stats': {
      title: 'payload, a page of stats',
      // Every 2024 result as a number card: text only, so no chart code may load at all.
      body: '<main class="article">STATS</main>',
      script: 'payload-stats.ts',
    },
    // Scenario 8: a page holding only <sx-report>, and the elements of its first screen alone.
    report: { title: 'report', body: '<main class="article"><sx-report></sx-report></main>', script: 'report-element.ts' },
    'report-first': { title: 'report, first screen alone', body: '<main class="article"></main>', script: 'report-first.ts' },
    floor: { title: 'ECharts floor', body: '<div id="stage"></div>', script: 'floor.ts' },
    'floor-components': { title: 'ECharts floor + aria + tooltip', body: '<div id="stage"></div>', script: 'floor-components.ts' },
  };
  const files = {};
  const results = resultIds();
  pages['payload-stats'].body = pages['payload-stats'].body.replace('STATS', results.map((id) => `<sx-stat result="${id}"></sx-stat>`).join('\n'));
  for (const [name, spec] of Object.entries(pages)) {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, page({ ...spec, file }));
    files[name] = file;
  }
  return files;
}

/** The page of scenario 5(c): every element of the CDN build on one page, eager, so every chunk loads. */
export function cdnAllPage(scriptUrl) {
  const all = [
    '<sx-target-gauge indicator="gdp-growth" eager></sx-target-gauge>',
    '<sx-target-gauge indicator="binding-indicators" eager></sx-target-gauge>',
    '<sx-project-list eager></sx-project-list>',
    '<sx-project-list category="water" eager></sx-project-list>',
    '<sx-project-list project="3" eager></sx-project-list>',
  ];
  return `<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>CDN, every element</title>
<style>${STYLE}</style>
<script type="module" src="${scriptUrl}"></script></head>
<body><main class="article">${all.join('\n')}</main></body></html>
`;
}

/** A CDN page with one gauge below the fold: (a) before the driver scrolls, (b) after. */
export function cdnGaugePage(scriptUrl) {
  return `<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>CDN, one gauge</title>
<style>${STYLE}</style>
<script type="module" src="${scriptUrl}"></script></head>
<body><div style="height:4000px"></div><sx-target-gauge indicator="gdp-growth"></sx-target-gauge></body></html>
`;
}
