/**
 * Scenarios 1, 2 and 4, element side: <sx-target-gauge> as a page would use it (its own define module only).
 * The Node driver calls `window.bench.*` through puppeteer.
 */
import '../../components/target-gauge/define.js';
import { frameClock, normalisedSvg, settle, stage, within, type Timing } from './common.js';
import { NUMERIC_INDICATORS } from './options.js';

function gauge(indicator: string, eager: boolean): HTMLElement {
  const el = document.createElement('sx-target-gauge');
  el.setAttribute('indicator', indicator);
  if (eager) el.setAttribute('eager', '');
  return el;
}

/** Inserts n elements made by `make` and waits until every one has fired `sx-ready`, then for the next frame. */
async function insertAll(n: number, make: (i: number) => HTMLElement, what: string): Promise<Timing> {
  const host = stage();
  let ready = 0;
  let finished = 0;
  const all = new Promise<void>((resolve) => {
    host.addEventListener('sx-ready', function onReady() {
      if (++ready === n) {
        finished = performance.now();
        host.removeEventListener('sx-ready', onReady);
        resolve();
      }
    });
  });
  const clock = frameClock();
  const t0 = performance.now();
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < n; i++) fragment.append(make(i));
  host.append(fragment);
  await within(all, () => `${ready} of ${n} ${what} ready`);
  const frame = await clock.paintedAfter(finished);
  clock.stop();
  const charts = [...host.children].filter((el) => el.shadowRoot?.querySelector('.chart svg')).length;
  return { finished: finished - t0, frame: frame - t0, charts };
}

/** Inserts n gauges and waits until every one has fired `sx-ready` (ECharts' first `finished`). */
function insert(n: number, eager = false): Promise<Timing> {
  return insertAll(n, (i) => gauge(NUMERIC_INDICATORS[i % NUMERIC_INDICATORS.length]!, eager), 'gauges');
}

async function clear(): Promise<void> {
  stage().replaceChildren();
  await settle();
}

/** Scenario 4: one element, connected (its chart drawn) and disconnected n times. */
async function cycles(n: number): Promise<{ ms: number; charts: number }> {
  const host = stage();
  const el = gauge('gdp-growth', false);
  let charts = 0;
  el.addEventListener('sx-ready', () => charts++);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const drawn = new Promise((resolve) => el.addEventListener('sx-ready', resolve, { once: true }));
    host.append(el);
    await within(drawn, () => `cycle ${i}: no sx-ready after reconnecting`);
    el.remove();
  }
  const ms = performance.now() - t0;
  await settle();
  return { ms, charts };
}

/** The first chart's SVG, ids normalised (to compare with the raw side). */
function svg(): string {
  return normalisedSvg(stage().firstElementChild?.shadowRoot?.querySelector('.chart svg'));
}

/** Box of the first chart container, so the raw side draws into the same size. */
function chartBox(): { width: number; height: number } {
  const box = stage().firstElementChild?.shadowRoot?.querySelector('.chart')?.getBoundingClientRect();
  return { width: box?.width ?? 0, height: box?.height ?? 0 };
}

/** How many of the stage's children intersect the viewport. */
function inView(): number {
  return [...stage().children].filter((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  }).length;
}

/** For the breakdown: n statement targets (text, table and source, no chart), to `sx-ready` and the next frame. */
function insertText(n: number): Promise<Timing> {
  return insertAll(n, () => gauge('binding-indicators', false), 'statements');
}

Object.assign(window, { bench: { insert, insertText, clear, cycles, svg, chartBox, inView, ready: true } });
