import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { dataset, getResult } from '../data/index.js';
import type { ResultFigure } from '../data/types.js';
import '../components/metric-bars/define.js';
import { SxMetricBars, type MetricBarsModel } from '../components/metric-bars/metric-bars.js';
import { statValueFull } from '../components/stat/stat.card.js';
import type { Resolution } from '../src/chart/sx-chart-element.js';
import type { Lang } from '../src/i18n/index.js';
import { NO_LINE_END, NO_LINE_START } from '../src/chart/line-break.js';
import { capturePictures, COLUMN_FONT, pictureProblems } from './geometry-check.js';
import { aboutNotes, column, elementContract, mount, outsideTable, shadow, svgOf, tapChart, textOf, textsOutside } from './contract.js';

const TAG = 'sx-metric-bars';
const figure = (id: string) => getResult(id) as ResultFigure;
const items = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part=item]')];

// The first chart of a page loads ECharts module by module from the test server: once, before any test.
before(async function () {
  this.timeout(120_000);
  const { runtime } = await import('../components/metric-bars/metric-bars.chart.js');
  const { loadRenderer } = runtime();
  await Promise.all([loadRenderer('svg'), loadRenderer('canvas')]);
});

elementContract({
  tag: TAG,
  attrs: { set: 'industry-revenues' },
  expectText: { zh: '预计2000亿元', en: 'expected 200 billion yuan' },
  errors: [
    { attrs: { set: 'revenues' }, code: 'unknown-set', mentions: 'industry-revenues' },
    { attrs: {}, code: 'missing-attribute', mentions: 'results' },
    { attrs: { results: 'afforestation,forests' }, code: 'unknown-result', mentions: 'soil-erosion-control' },
    { attrs: { results: 'afforestation,lighthouse-factory' }, code: 'wrong-kind', mentions: 'lighthouse-factory' },
    { attrs: { results: 'outbound-volume-rank' }, code: 'wrong-kind', mentions: 'outbound-volume-rank' },
    { attrs: { results: 'afforestation,electronics-revenue' }, code: 'mixed-units', mentions: '2000亿元' },
    { attrs: { results: 'clean-energy-capacity-share,urban-income-growth' }, code: 'mixed-units', mentions: '4.1%' },
  ],
});

// The option builder, without a chart or a browser: test/node/options.test.mjs.
describe('<sx-metric-bars>', () => {
  afterEach(() => document.body.replaceChildren());

  it('draws every comparable set of the dataset, each figure labelled with its qualifiers, in both languages', async () => {
    for (const set of dataset.comparableSets) {
      const el = await mount(TAG, { set: set.id, eager: '' });
      expect(shadow(el).querySelector('[part=title]')!.textContent!.trim()).to.equal(set.title.zh);
      const drawn = svgOf(el)!.textContent!;
      for (const id of set.members) {
        expect(drawn, `${set.id}: ${id}`).to.contain(statValueFull(figure(id), 'zh'));
        expect(drawn, `${set.id}: ${id}`).to.contain(figure(id).label.zh.slice(0, 4));
      }
      expect(items(el).map((li) => li.dataset.id)).to.deep.equal([...set.members]);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      for (const id of set.members) expect(textOf(el), `${set.id}: ${id}`).to.contain(statValueFull(figure(id), 'en'));
    }
  });

  it('draws every label whole inside the chart from 320 to 1280 px: value labels measured, long names wrapped, no ticks', async () => {
    for (const width of [320, 360, 680, 1280]) {
      for (const lang of ['zh', 'en'] as const) {
        for (const attrs of [{ set: 'industry-revenues' }, { set: 'new-enterprises' }, { results: 'northern-new-energy-base-investment, tourist-roads-investment, power-spot-market-savings' }] as Record<string, string>[]) {
          const el = await mount(TAG, { ...attrs, lang, eager: '' }, column(width));
          const at = `${width} ${lang} ${Object.values(attrs).join()}`;
          expect(textsOutside(el), at).to.deep.equal([]);
          const texts = [...svgOf(el)!.querySelectorAll('text')].map((t) => t.textContent!.trim());
          expect(texts.filter((t) => t.endsWith('…')), at).to.deep.equal([]);
          for (const li of items(el)) expect(texts, `${at}: the value label whole`).to.include(li.querySelector('.value')!.textContent!.trim());
          // No ticks: every bar writes its value; an axis of two round numbers ("0", "2500亿") only misleads.
          const ticks = texts.filter((t) => /^[\d,.]+(亿|万| billion| million|%)?$/.test(t));
          expect(ticks, `${at}: ticks`).to.deep.equal([]);
          el.parentElement!.remove();
        }
      }
    }
  });

  it('keeps the expected figures expected, and says how the text pairs them (分别)', async () => {
    const el = await mount(TAG, { set: 'urban-rural-income-growth', lang: 'en', eager: '' });
    expect(items(el).map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Growth in urban residents’ income: expected 4.1%',
      'Growth in rural residents’ income: expected 6%',
    ]);
    expect(aboutNotes(el).join(' '), 'the note, in the data table').to.contain('urban 4.1%, rural 6%');
    expect(outsideTable(el), 'not in the graphic').not.to.contain('urban 4.1%, rural 6%');
    expect(shadow(el).querySelector('[part=note]')).to.equal(null);
  });

  it('draws a floor, an approximate and an exact amount of one unit, and says what the marks mean', async () => {
    const el = await mount(TAG, {
      results: 'northern-new-energy-base-investment, tourist-roads-investment, power-spot-market-savings',
      eager: '',
    });
    const drawn = svgOf(el)!.textContent!;
    for (const written of ['超过550亿元', '近千亿元', '5.3亿元']) expect(drawn).to.contain(written);
    const legend = [...shadow(el).querySelectorAll('[part=legend]')].map((p) => p.textContent);
    expect(legend, 'one short line for both marks').to.have.length(1);
    expect(legend.join()).to.contain('实际数值高于实线所示');
    expect(legend.join()).to.contain('近似值');
    const dashed = svgOf(el)!.querySelectorAll('path[stroke-dasharray]');
    expect(dashed.length, 'the open end and the approximate bar are dashed').to.be.greaterThan(1);
  });

  it('draws a qualifier on its bar, not after its label: no stray mark, and clear space before a label after a bar', async () => {
    for (const width of [360, 680]) {
      for (const lang of ['zh', 'en'] as const) {
        const at = `${width} ${lang}`;
        // Exact figures (预计 is not a bound): nothing dashed anywhere, so nothing follows a value label.
        const exact = await mount(TAG, { set: 'industry-revenues', lang, eager: '' }, column(width));
        expect(svgOf(exact)!.querySelectorAll('[stroke-dasharray]').length, `${at}: exact bars draw no dashed mark`).to.equal(0);
        exact.parentElement!.remove();
        // A floor (超过), an approximation (近) and an exact figure: one open end and one dashed hatched bar, no more.
        const el = await mount(TAG, { results: 'northern-new-energy-base-investment, tourist-roads-investment, power-spot-market-savings', lang, eager: '' }, column(width));
        // (A hatched bar is drawn twice, the bar and its hatch over it, with the same outline: one mark.)
        const outlines = new Map([...svgOf(el)!.querySelectorAll('[stroke-dasharray]')].map((d) => [d.getAttribute('d'), d.getBoundingClientRect()]));
        const dashed = [...outlines.values()];
        expect(dashed.length, `${at}: the open end and the approximate bar`).to.equal(2);
        // The floor's label stands after its open end, with clear space between them.
        const label = [...svgOf(el)!.querySelectorAll('text')].find((t) => t.textContent!.trim() === statValueFull(figure('northern-new-energy-base-investment'), lang))!;
        const box = label.getBoundingClientRect();
        const middle = (box.top + box.bottom) / 2;
        const openEnd = dashed.find((d) => d.top <= middle && d.bottom >= middle)!;
        expect(openEnd, `${at}: the open end on the label's line`).to.exist;
        expect(box.left - openEnd.right, `${at}: space between the open end and its label`).to.be.at.least(6);
        el.parentElement!.remove();
      }
    }
  });

  it('draws the bars grey and only the bar the reader picked in the accent', async () => {
    const el = await mount(TAG, { set: 'industry-revenues', eager: '' });
    const colour = (c: string) => {
      const g = document.createElement('canvas').getContext('2d')!;
      g.fillStyle = c;
      return g.fillStyle;
    };
    const style = getComputedStyle(el);
    const [accent, muted] = ['--_accent', '--_muted'].map((v) => colour(style.getPropertyValue(v).trim()));
    // The bars, top to bottom: the filled marks as tall as a bar.
    const bars = () =>
      [...svgOf(el)!.querySelectorAll('path')]
        .filter((d) => Math.abs(d.getBoundingClientRect().height - 16) < 1.5 && d.getAttribute('fill') && d.getAttribute('fill') !== 'none')
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
        .map((d) => colour(d.getAttribute('fill')!));
    expect(bars()).to.deep.equal([muted, muted, muted]);
    items(el)[1]!.click();
    await el.updateComplete;
    expect(bars(), 'the picked figure’s bar').to.deep.equal([muted, accent, muted]);
  });

  it('is one tab stop: arrows, Home and End move; Enter and Space select the dataset record', async () => {
    const el = await mount(TAG, { set: 'industry-revenues', eager: '' });
    const list = items(el);
    expect(list.filter((li) => li.tabIndex === 0)).to.deep.equal([list[0]]);
    list[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(el).activeElement).to.equal(list[1]);
    await sendKeys({ press: 'End' });
    expect(shadow(el).activeElement).to.equal(list[2]);
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(el).activeElement, 'stays on the last').to.equal(list[2]);
    await sendKeys({ press: 'Home' });
    expect(shadow(el).activeElement).to.equal(list[0]);
    let selected = oneEvent(el, 'sx-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.record).to.equal(getResult('electronics-revenue'));
    await sendKeys({ press: 'ArrowRight' });
    selected = oneEvent(el, 'sx-select');
    await sendKeys({ press: 'Space' });
    expect((await selected).detail.record).to.equal(getResult('high-end-equipment-revenue'));
    await el.updateComplete;
    expect(list[1]!.getAttribute('aria-current')).to.equal('true');
  });

  it('fires sx-select with the record when a reader taps a bar', async () => {
    const el = await mount(TAG, { set: 'afforestation-and-erosion-control', eager: '' });
    const event = await tapChart(el);
    expect(event, 'a tap on a bar selects').to.exist;
    expect(['afforestation', 'soil-erosion-control']).to.include((event!.detail.record as ResultFigure).id);
  });

  it('never turns a dataset string into HTML', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    class HostileBars extends SxMetricBars {
      protected override resolve(lang: Lang): Resolution<MetricBarsModel> {
        const base = super.resolve(lang);
        if (!base.model) return base;
        const figures = base.model.figures.map((f) => ({ ...f, label: { zh: evil, en: evil } }));
        return { model: { figures } };
      }
    }
    customElements.define('test-hostile-bars', HostileBars);
    const el = await mount('test-hostile-bars', { set: 'new-enterprises', eager: '' });
    expect(textOf(el)).to.contain(evil);
    expect(shadow(el).querySelectorAll('img, [onerror]')).to.have.length(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
  it('breaks names and value labels where a reader would: no line starts with a comma or other closing mark', async () => {
    const attrs = { results: 'electronics-revenue, northern-new-energy-base-investment, tourist-roads-investment' };
    const widths = [320, 360, 680, 1280];
    for (const width of widths) {
      for (const lang of ['zh', 'en'] as const) {
        // In a news article's sans-serif, as the geometry check mounts them (the test page's default is a serif).
        const host = column(width);
        host.style.fontFamily = COLUMN_FONT;
        const el = await mount(TAG, { ...attrs, lang, eager: '' }, host);
        const lines = [...svgOf(el)!.querySelectorAll('text')].map((t) => t.textContent!.trim()).filter(Boolean);
        const at = `${width} ${lang}`;
        expect(lines.filter((l) => NO_LINE_START.has(l.charAt(0))), `${at}: lines that start with closing punctuation`).to.deep.equal([]);
        expect(lines.filter((l) => NO_LINE_END.has(l.charAt(l.length - 1))), `${at}: lines that end with an opening mark`).to.deep.equal([]);
        // Nothing lost: every name is drawn whole, over its lines.
        const drawn = lines.join(lang === 'zh' ? '' : ' ');
        for (const id of attrs.results.split(', ')) expect(drawn, `${at}: ${id}`).to.contain(figure(id).label[lang]);
        el.parentElement!.remove();
      }
    }
  });

  it('titles an editor\'s own set by what it is, and leaves the names to the rows; two short names make the title', async () => {
    const ids = ['electronics-revenue', 'northern-new-energy-base-investment', 'tourist-roads-investment'];
    for (const lang of ['zh', 'en'] as const) {
      const el = await mount(TAG, { results: ids.join(','), lang, eager: '' });
      const title = shadow(el).querySelector('[part=title]')!.textContent!.trim();
      for (const id of ids) expect(title, `${lang}: no name in the title`).not.to.contain(figure(id).label[lang].slice(0, 6));
      expect(title.length, `${lang}: a short title: ${title}`).to.be.at.most(lang === 'zh' ? 16 : 32);
      expect(items(el).map((li) => li.dataset.id)).to.deep.equal(ids);
      // In English, a name inside the sentence starts in lower case ("…; investment in …", not "…, Investment in …").
      if (lang === 'en') expect(textOf(el)).not.to.match(/[,;] (and )?Investment/);
    }
    const pair = await mount(TAG, { results: 'afforestation,soil-erosion-control', lang: 'en', eager: '' });
    const second = figure('soil-erosion-control').label.en;
    expect(shadow(pair).querySelector('[part=title]')!.textContent!.trim()).to.equal(
      `${figure('afforestation').label.en} and ${second.charAt(0).toLowerCase()}${second.slice(1)}`,
    );
  });

  it('lays out the landscape, square and portrait pictures of long names with no text on another or on a bar, inside the margins', async function () {
    this.timeout(120_000);
    // Three long names, and six figures (more rows than a landscape holds: its figures large instead).
    const sets = [
      'electronics-revenue,northern-new-energy-base-investment,tourist-roads-investment',
      'electronics-revenue,high-end-equipment-revenue,consumer-goods-revenue,northern-new-energy-base-investment,tourist-roads-investment,power-spot-market-savings',
    ];
    for (const [results, lang] of sets.flatMap((r) => (['zh', 'en'] as const).map((l) => [r, l] as const))) {
      const el = await mount(TAG, { results, lang, eager: '' });
      for (const picture of await capturePictures(el, ['landscape', 'square', 'portrait'])) {
        const at = `${results.split(',').length} figures ${lang} ${picture.format}`;
        expect(pictureProblems(picture, at), at).to.deep.equal([]);
        expect(textsOnMarks(picture.svg), `${at}: texts on the bars`).to.deep.equal([]);
      }
    }
  });
});

/**
 * The texts of a picture that sit on one of its chart's marks (a bar, an open end: a shape at least 3 px each way),
 * other than a value label inside its own bar. The picture is drawn off screen and measured.
 */
function textsOnMarks(svg: string): string[] {
  const holder = document.createElement('div');
  holder.style.cssText = 'position:fixed;left:-30000px;top:0';
  holder.append(document.importNode(new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement, true));
  document.body.append(holder);
  try {
    // A picture of the figures large (a chart its frame cannot hold) has no chart, and no marks.
    const chart = holder.querySelector('svg svg');
    if (!chart) return [];
    const painted = (c: string | null) => !!c && c !== 'none' && c !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(c);
    const marks = [...chart.querySelectorAll('path, rect')]
      .filter((m) => painted(m.getAttribute('fill')) || painted(m.getAttribute('stroke')))
      .map((m) => m.getBoundingClientRect())
      .filter((r) => r.width >= 3 && r.height >= 3 && r.width < chart.getBoundingClientRect().width * 0.99);
    const out: string[] = [];
    for (const t of holder.querySelectorAll('text')) {
      const r = t.getBoundingClientRect();
      if (!t.textContent!.trim() || !r.width) continue;
      for (const m of marks) {
        const w = Math.min(r.right, m.right) - Math.max(r.left, m.left);
        const h = Math.min(r.bottom, m.bottom) - Math.max(r.top, m.top);
        const inside = r.left >= m.left - 1 && r.right <= m.right + 1 && r.top >= m.top - 3 && r.bottom <= m.bottom + 3;
        if (w > 1 && h > 1 && !inside) out.push(`"${t.textContent!.trim()}" on a mark at ${Math.round(m.left)},${Math.round(m.top)} text ${r.top}-${r.bottom} mark ${m.top}-${m.bottom}`);
      }
    }
    return out;
  } finally {
    holder.remove();
  }
}
