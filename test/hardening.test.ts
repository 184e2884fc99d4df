/**
 * The second hardening round (issue 22): what a hostile audit found the elements doing with odd but legitimate
 * input. Each test names the item it covers. §2 renders its page with the built server renderer (the runner's
 * `sx-render-page` command, test/plugins/ssr-commands.mjs): `npm run build` first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { dataset } from '../data/index.js';
import '../components/metric-bars/define.js';
import '../components/report/define.js';
import '../components/results-board/define.js';
import '../components/target-board/define.js';
import '../components/target-gauge/define.js';
import '../components/task-map/define.js';
import { make, mount, settled, shadow, svgOf, type Stateful } from './contract.js';
import { getInstanceByDom } from 'echarts/core';
import type { SxErrorDetail } from '../src/events.js';

const inside = (el: Element, tag: string) => [...shadow(el).querySelectorAll<Stateful>(tag)];
/** Mounts an element that must show an error: its error once settled, and how many sx-error fired. */
async function failing(tag: string, attrs: Record<string, string>): Promise<{ el: Stateful; detail: SxErrorDetail; count: () => number }> {
  const el = make(tag, attrs) as Stateful;
  let count = 0;
  el.addEventListener('sx-error', () => count++);
  const warn = console.warn;
  console.warn = () => {};
  try {
    document.body.append(el);
    await settled(el);
  } finally {
    console.warn = warn;
  }
  expect(el.error, `<${tag}> shows an error`).to.not.equal(null);
  return { el, detail: el.error!, count: () => count };
}
const shownError = (el: Element) => (shadow(el).querySelector('[part=error]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const canvasOf = (el: Element) => shadow(el).querySelector('[part=chart] canvas');

describe('issue 22', () => {
  afterEach(() => document.body.replaceChildren());

  describe('§7 enumerated values compare case-insensitively everywhere', () => {
    it('<sx-report renderer="CANVAS"> draws its sections with canvas, as the gauge does', async () => {
      const report = await mount('sx-report', { sections: 'targets', renderer: 'CANVAS', eager: '' });
      const [board] = inside(report, 'sx-target-board');
      await board!.ready;
      expect(canvasOf(board!), 'the section draws on a canvas').to.exist;
      expect(shadow(board!).querySelector('[part=chart] svg')).to.equal(null);
    });

    it('<sx-results-board renderer=" Canvas "> draws its bars with canvas', async () => {
      const board = await mount('sx-results-board', { topic: 'innovation', renderer: ' Canvas ', eager: '' });
      const bars = inside(board, 'sx-metric-bars');
      expect(bars).to.have.length(2);
      await Promise.all(bars.map((b) => b.ready));
      for (const b of bars) expect(canvasOf(b), b.getAttribute('set') ?? '').to.exist;
    });

    it('<sx-report theme="DARK"> hands the dark scheme to its sections, and an unknown theme hands nothing', async () => {
      const report = await mount('sx-report', { sections: 'targets', theme: 'DARK' });
      const [board] = inside(report, 'sx-target-board');
      await waitUntil(() => getComputedStyle(board!).backgroundColor !== 'rgb(255, 255, 255)', 'a dark section', { timeout: 5000 });
      expect(board!.getAttribute('theme')).to.equal('dark');
      report.setAttribute('theme', 'innovation');
      await waitUntil(() => getComputedStyle(board!).backgroundColor === 'rgb(255, 255, 255)', 'the light default', { timeout: 5000 });
      expect(board!.getAttribute('theme') ?? 'light').to.equal('light');
    });
  });

  it('§7 theme=" dark " and theme="ＤＡＲＫ" are dark, as the element, its server palette and its sections read them', async () => {
    for (const theme of [' dark ', 'ＤＡＲＫ', 'Dark']) {
      const report = await mount('sx-report', { sections: 'targets', theme });
      const [board] = inside(report, 'sx-target-board');
      await board!.updateComplete;
      for (const el of [report, board!]) expect(getComputedStyle(el).backgroundColor, `${el.localName} theme="${theme}"`).to.not.equal('rgb(255, 255, 255)');
      report.remove();
    }
  });

  describe('§8 <sx-metric-bars results> takes each figure once, and no more than the dataset holds', () => {
    const [first, second] = dataset.comparableSets[0]!.members;

    it('rejects a figure given twice, as sections and actuals do: a localized message and one sx-error, no bars', async () => {
      for (const lang of ['zh', 'en'] as const) {
        const { el, detail, count } = await failing('sx-metric-bars', { results: `${first},${second},${first.toUpperCase()}`, lang });
        expect(detail.code).to.equal('malformed-attribute');
        expect(detail.message).to.contain(first.toUpperCase()).and.contain('results');
        expect(detail.message).to.contain(lang === 'zh' ? '不止一次' : 'more than once');
        expect(shownError(el)).to.contain(detail.message);
        expect(count()).to.equal(1);
        expect(shadow(el).querySelector('[part=item], [part=chart]'), 'no bars').to.equal(null);
        el.remove();
      }
    });

    it('says the same of a section given twice', async () => {
      const report = await failing('sx-report', { sections: 'results,tasks,Results', lang: 'en' });
      expect(report.detail.code).to.equal('malformed-attribute');
      expect(report.detail.message).to.equal('“\u2068Results\u2069” appears more than once in the attribute “sections”; give each only once.');
    });

    it('rejects a list longer than the dataset before reading it: 2,000 ids make an error, not a 156,000 px column', async () => {
      const { el, detail } = await failing('sx-metric-bars', { results: Array(2000).fill(first).join(','), lang: 'en' });
      expect(detail.code).to.equal('malformed-attribute');
      expect(detail.message).to.contain('2000').and.contain(String(dataset.results.length));
      expect(el.getBoundingClientRect().height).to.be.below(400);
    });

    it('still draws the figures each given once', async () => {
      const el = await mount('sx-metric-bars', { results: `${first}, ${second}` });
      expect([...shadow(el).querySelectorAll<HTMLElement>('[part=item]')].map((i) => i.dataset.id)).to.deep.equal([first, second]);
    });
  });

  describe('§9 a rise in a ranking is a ranking measure, not an amount', () => {
    it('<sx-metric-bars results="innovation-ranking-rise"> is wrong-kind, as a ranking is, and says what it is', async () => {
      for (const lang of ['zh', 'en'] as const) {
        const { el, detail } = await failing('sx-metric-bars', { results: 'innovation-ranking-rise', lang });
        expect(detail.code).to.equal('wrong-kind');
        expect(detail.message).to.contain('innovation-ranking-rise').and.contain(lang === 'zh' ? '名次变化' : 'change in a ranking');
        expect(shadow(el).querySelector('[part=chart]'), 'not charted').to.equal(null);
        el.remove();
      }
    });
  });

  describe('§10 a negative tolerance is a number below the minimum, not "not a number"', () => {
    it('tolerance="-1" says it must not be negative, in zh and en', async () => {
      for (const [lang, words, not] of [
        ['zh', '不能为负数', '不是有效的数字'],
        ['en', 'must not be negative', 'not a valid number'],
      ] as const) {
        const { el, detail } = await failing('sx-target-gauge', { indicator: 'gdp-growth', actual: '5.2', tolerance: '-1', lang });
        expect(detail.code).to.equal('malformed-number');
        expect(detail.message).to.contain('tolerance').and.contain('-1').and.contain(words);
        expect(detail.message).not.to.contain(not);
        expect(shownError(el)).to.contain(words);
        el.remove();
      }
    });

    it('a fraction where a whole number is meant says that, not "not a number"', async () => {
      const { detail } = await failing('sx-task-map', { area: '1.5', lang: 'en' });
      expect(detail.code).to.equal('malformed-number');
      expect(detail.message).to.contain('area').and.contain('must be a whole number');
    });

    it('text that is no number still says so', async () => {
      const { detail } = await failing('sx-target-gauge', { indicator: 'gdp-growth', actual: '5.2', tolerance: 'abc', lang: 'en' });
      expect(detail.message).to.contain('not a valid number');
    });
  });

  // Every tooltip formatter, without a chart: test/node/options.test.mjs. Here: what a reader sees on hover.
  describe('§11 tooltips show editor text as written, never as ECharts rich-text styles', () => {
    const RICH = '{a|NBS}{b|2025}';
    /** What a reader sees: zero-width characters take no room and no ink. */
    const seen = (text: string) => text.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '');

    it('<sx-target-board actual-label="{a|NBS}{b|2025}">: the tooltip on hover shows the label as written', async () => {
      const el = await mount('sx-target-board', { actuals: 'gdp-growth:5.2, cpi:0.2', 'actual-label': RICH, eager: '', lang: 'en' });
      const svg = svgOf(el)!;
      const root = svg.parentElement!;
      // Where the chart drew the GDP outcome (5.2, first row): the pointer goes there, as a reader's does.
      const chart = getInstanceByDom(shadow(el).querySelector<HTMLElement>('[part=chart] > .plot')!)!;
      const [x, y] = chart.convertToPixel({ seriesName: 'outcome' }, [5.2, 0]) as number[];
      const box = root.getBoundingClientRect();
      root.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, composed: true, clientX: box.left + x!, clientY: box.top + y! }));
      await waitUntil(() => svg.textContent!.includes('NBS'), 'a tooltip with the outcome', { timeout: 5000 });
      expect(seen(svg.textContent!)).to.contain(RICH);
    });
  });

  describe('§2 a page of Vue, Alpine and Angular templates, rendered on the server, loads and shows every element', () => {
    const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Framework page</title></head>
<body x-data="{ open: false }">
  <sx-target-gauge id="vue" @click="open = true" :actual="gdp" v-bind:theme="scheme" indicator="gdp-growth"></sx-target-gauge>
  <sx-project-list id="alpine" x-on:sx-select="pick($event.detail)" x-bind:lang="lang" category="health"></sx-project-list>
  <sx-stat id="angular" [result]="id" (sx-select)="picked($event)" #stat *ngIf="shown" result="jinchuang-valley-cities"></sx-stat>
</body></html>`;
    const kept: Record<string, Record<string, string>> = {
      vue: { '@click': 'open = true', ':actual': 'gdp', 'v-bind:theme': 'scheme' },
      alpine: { 'x-on:sx-select': 'pick($event.detail)', 'x-bind:lang': 'lang' },
      angular: { '[result]': 'id', '(sx-select)': 'picked($event)', '#stat': '', '*ngif': 'shown' },
    };

    async function load(html: string, sandbox?: string): Promise<Document> {
      const iframe = document.createElement('iframe');
      if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
      iframe.style.cssText = 'width: 700px; height: 900px; border: 0';
      const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
      iframe.srcdoc = html;
      document.body.append(iframe);
      await loaded;
      return iframe.contentDocument!;
    }
    const title = (el: Element) => el.shadowRoot?.querySelector('[part=title]')?.textContent?.trim() ?? '';

    it('with JavaScript off: each element shows its title from its declarative shadow root, framework attributes kept', async () => {
      const rendered = await executeServerCommand<string, { html: string }>('sx-render-page', { html: page });
      const doc = await load(rendered!, 'allow-same-origin');
      for (const [id, attrs] of Object.entries(kept)) {
        const el = doc.getElementById(id)!;
        expect(el.shadowRoot, `#${id}: rendered on the server`).to.exist;
        expect(title(el), `#${id}: a title a reader sees`).to.not.equal('');
        expect(el.shadowRoot!.querySelector('[part=title]')!.getBoundingClientRect().height, `#${id} visible`).to.be.above(0);
        for (const [name, value] of Object.entries(attrs)) expect(el.getAttribute(name), `#${id} ${name}`).to.equal(value);
      }
      expect(title(doc.getElementById('vue')!)).to.contain('GDP growth');
    });

    it('hydrated by the library: every element settles without an error, framework attributes untouched', async () => {
      const rendered = await executeServerCommand<string, { html: string }>('sx-render-page', { html: page });
      const doc = await load(
        rendered!.replace(
          '</head>',
          `<script>window.process = { env: { NODE_ENV: 'development' } };</script><script type="module" src="/src/hydrate.ts"></script></head>`,
        ),
      );
      const win = doc.defaultView! as Window & typeof globalThis;
      await waitUntil(() => win.customElements.get('sx-stat'), 'the library loaded in the page', { timeout: 15000 });
      for (const [id, attrs] of Object.entries(kept)) {
        const el = doc.getElementById(id) as unknown as Stateful;
        await settled(el);
        expect(el.error, `#${id}`).to.equal(null);
        expect(title(el), `#${id}`).to.not.equal('');
        for (const [name, value] of Object.entries(attrs)) expect(el.getAttribute(name), `#${id} ${name}`).to.equal(value);
      }
    });
  });
});
