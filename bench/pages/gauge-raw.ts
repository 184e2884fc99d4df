/**
 * Scenarios 1, 2 and 4, raw side: echarts/core with the gauge and the SVG renderer, drawing the option the
 * element draws (same builder, same palette, same theme) into plain divs of the same size. No Lit.
 */
import { init, use, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';
import { frameClock, normalisedSvg, settle, stage, type Timing } from './common.js';
import { NUMERIC_INDICATORS, THEME, gaugeOption } from './options.js';

use([GaugeChart, SVGRenderer]);

let charts: ECharts[] = [];

function draw(div: HTMLElement, option: EChartsCoreOption, onFinished: () => void): ECharts {
  const chart = init(div, THEME, { renderer: 'svg' });
  const done = () => {
    chart.off('finished', done);
    onFinished();
  };
  // With animation off ECharts fires `finished` inside setOption: listen first (as the element does).
  chart.on('finished', done);
  chart.setOption(option, { notMerge: true });
  return chart;
}

async function insert(n: number): Promise<Timing> {
  const host = stage();
  let ready = 0;
  let finished = 0;
  const clock = frameClock();
  const t0 = performance.now();
  const divs: HTMLElement[] = [];
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < n; i++) {
    const div = document.createElement('div');
    div.className = 'raw-chart';
    divs.push(div);
    fragment.append(div);
  }
  host.append(fragment);
  divs.forEach((div, i) => {
    charts.push(
      draw(div, gaugeOption(NUMERIC_INDICATORS[i % NUMERIC_INDICATORS.length]!), () => {
        ready++;
        if (ready === n) finished = performance.now();
      }),
    );
  });
  const deadline = performance.now() + 30_000;
  while (ready < n) {
    if (performance.now() > deadline) throw new Error(`timed out: ${ready} of ${n} charts finished`);
    await new Promise((r) => setTimeout(r));
  }
  const frame = await clock.paintedAfter(finished);
  clock.stop();
  return { finished: finished - t0, frame: frame - t0, charts: host.querySelectorAll('svg').length };
}

async function clear(): Promise<void> {
  charts.forEach((c) => c.dispose());
  charts = [];
  stage().replaceChildren();
  await settle();
}

/** Scenario 4: one div, init + setOption + dispose n times, attached and detached like the element. */
async function cycles(n: number): Promise<{ ms: number; charts: number }> {
  const host = stage();
  const div = document.createElement('div');
  div.className = 'raw-chart';
  // Built once, as the element builds its option once and keeps it across reconnects.
  const option = gaugeOption('gdp-growth');
  let count = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    host.append(div);
    const chart = draw(div, option, () => count++);
    // Yield as the element does (it draws from an observer callback), so both sides run as separate tasks.
    await new Promise((r) => setTimeout(r));
    chart.dispose();
    div.remove();
  }
  const ms = performance.now() - t0;
  await settle();
  return { ms, charts: count };
}

function svg(): string {
  return normalisedSvg(stage().querySelector('svg'));
}

function setChartBox(width: number, height: number): void {
  document.documentElement.style.setProperty('--raw-width', `${width}px`);
  document.documentElement.style.setProperty('--raw-height', `${height}px`);
}

function inView(): number {
  return [...stage().children].filter((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  }).length;
}

Object.assign(window, { bench: { insert, clear, cycles, svg, setChartBox, inView, ready: true } });
