import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { dataset, getResult } from '../data/index.js';
import type { Result } from '../data/types.js';
import '../components/stat/define.js';
import { SxStat, type StatModel } from '../components/stat/stat.js';
import type { Resolution } from '../src/chart/sx-chart-element.js';
import type { Lang } from '../src/i18n/index.js';
import { aboutNotes, elementContract, mount, outsideTable, shadow, textOf } from './contract.js';

const TAG = 'sx-stat';
const CJK = /[\u3400-\u9fff]/;
const part = (el: Element, name: string) => (shadow(el).querySelector(`[part=${name}]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();

elementContract({
  tag: TAG,
  chart: false,
  pictures: true,
  attrs: { result: 'jinchuang-valley-contracts' },
  expectText: { zh: '4400余件', en: 'more than 4,400 contracts' },
  errors: [
    { attrs: { result: 'contracts' }, code: 'unknown-result', mentions: 'jinchuang-valley-contracts' },
    { attrs: {}, code: 'missing-attribute', mentions: 'result' },
  ],
});

describe('<sx-stat>', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows every one of the 2024 results: a figure exactly as written, a milestone with its description', async () => {
    for (const r of dataset.results) {
      const el = await mount(TAG, { result: r.id });
      expect(part(el, 'title'), r.id).to.equal(r.label.zh);
      if (r.kind === 'figure') expect(part(el, 'value'), r.id).to.equal(r.written);
      else expect(part(el, 'description'), r.id).to.equal(r.description.zh);
      expect(textOf(el), `${r.id}: the theme`).to.contain(dataset.themes.find((t) => t.id === r.theme)!.title.zh);
      for (const q of r.qualifiers) expect(part(el, 'qualifiers'), `${r.id}: ${q}`).to.contain(q);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(part(el, 'title'), r.id).to.equal(r.label.en);
      expect(part(el, 'value'), `${r.id}: English figure`).not.to.match(CJK);
      const said = [...shadow(el).querySelectorAll('[part=qualifiers] li')].map((li) => li.textContent!);
      expect(said.length, `${r.id}: every qualifier said`).to.equal(r.qualifiers.length);
      for (const words of said) expect(words, r.id).not.to.match(CJK);
      el.remove();
    }
  });

  it('writes the figures in English as a newsroom would, following the dataset’s notes', async () => {
    const cases: [string, string, string?][] = [
      ['jinchuang-valley-resident-firms', 'more than 300 companies and teams'],
      ['new-three-exports-growth', 'more than two-fold'],
      ['northern-new-energy-base-investment', 'more than 55 billion yuan'],
      ['tourist-roads-investment', 'nearly 100 billion yuan'],
      ['tourist-roads-completed-early', '3 years ahead of schedule'],
      ['outbound-volume-rank', '1st place'],
      ['carbon-inclusion-top-ten', 'top 10'],
      ['land-use-pre-review-time', 'within 10 calendar days'],
      ['electronics-revenue', '200 billion yuan', 'Expected: a preliminary figure'],
      ['green-certificates', '1.317 million certificates', 'Cumulative'],
      ['urban-income-growth', '4.1%', 'Expected: a preliminary figure'],
    ];
    for (const [id, value, qualifier] of cases) {
      const el = await mount(TAG, { result: id, lang: 'en' });
      // The big slot holds the number; the phrase is on the line under it (or in the slot, when it has no number).
      const words = shadow(el).querySelector('[part=words]')?.textContent?.trim();
      expect(words ?? part(el, 'value'), id).to.equal(value);
      if (words) expect(part(el, 'value'), id).to.match(/^[\d.,]+( (million|billion))?%?\+?$/);
      if (qualifier) expect(part(el, 'qualifiers'), id).to.contain(qualifier);
      const sentence = shadow(el).getElementById('description')!.textContent!;
      expect(sentence, id).to.contain(getResult(id)!.label.en);
      el.remove();
    }
  });

  it('puts the English number in the big slot and its words under it: 300+, more than 300 companies and teams', async () => {
    const el = await mount(TAG, { result: 'jinchuang-valley-resident-firms', lang: 'en' });
    expect(part(el, 'value')).to.equal('300+');
    expect(part(el, 'words')).to.equal('more than 300 companies and teams');
    const zh = await mount(TAG, { result: 'jinchuang-valley-resident-firms' });
    expect(part(zh, 'value')).to.equal('300多家');
    expect(shadow(zh).querySelector('[part=words]')).to.equal(null);
  });

  it('keeps the dataset’s notes out of the card: they are in the data table’s “About the data”, the CSV and the JSON', async () => {
    const twoFold = await mount(TAG, { result: 'new-three-exports-growth', lang: 'en' });
    expect(aboutNotes(twoFold).join(' '), 'the note on 增长两倍多').to.contain('roughly tripled');
    expect(outsideTable(twoFold), 'not on the card').not.to.contain('roughly tripled');
    expect(shadow(twoFold).querySelector('[part=table] tfoot th')!.textContent!.trim()).to.equal('About the data');
    const income = await mount(TAG, { result: 'rural-income-growth', lang: 'zh' });
    expect(aboutNotes(income).join(' '), 'the note on 分别').to.contain('农村居民收入预计增长6%');
    expect(outsideTable(income)).not.to.contain('按顺序对应');
    expect(shadow(income).querySelector('[part=table] tfoot th')!.textContent!.trim()).to.equal('数据说明');
  });

  it('says the qualifier to a screen reader, with label and value', async () => {
    const el = await mount(TAG, { result: 'tourist-roads-investment' });
    const sentence = shadow(el).getElementById('description')!.textContent!;
    expect(sentence).to.contain('三个一号旅游公路投资');
    expect(sentence).to.contain('近千亿元');
    expect(sentence).to.contain('略少于此数');
    const expected = await mount(TAG, { result: 'electronics-revenue', lang: 'en' });
    expect(shadow(expected).getElementById('description')!.textContent).to.contain('expected 200 billion yuan');
  });

  it('shows the source sentence verbatim with show-source, and in the data table otherwise', async () => {
    const r = getResult('clean-energy-capacity-share')!;
    const el = await mount(TAG, { result: r.id });
    expect(shadow(el).querySelector('[part=quote]')).to.equal(null);
    const cells = [...shadow(el).querySelectorAll('[part=table] td')].map((td) => td.textContent);
    expect(cells).to.include(r.source);
    el.setAttribute('show-source', '');
    await el.updateComplete;
    const quote = shadow(el).querySelector('[part=quote]')!;
    expect(quote.textContent!.trim()).to.equal(r.source);
    expect(quote.getAttribute('lang')).to.equal('zh');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=quote]')!.textContent!.trim(), 'verbatim in English too').to.equal(r.source);
    await expect(el).to.be.accessible();
  });

  it('is one tab stop; Enter, Space and a click fire sx-select with the dataset record', async () => {
    const el = await mount(TAG, { result: 'afforestation' });
    const card = shadow(el).querySelector<HTMLElement>('[part=card]')!;
    expect(card.tabIndex).to.equal(0);
    card.focus();
    let selected = oneEvent(el, 'sx-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.record).to.equal(getResult('afforestation'));
    selected = oneEvent(el, 'sx-select');
    await sendKeys({ press: 'Space' });
    expect((await selected).detail.record).to.equal(getResult('afforestation'));
    selected = oneEvent(el, 'sx-select');
    card.click();
    expect((await selected).detail.record).to.equal(getResult('afforestation'));
  });

  it('draws no chart and requests no ECharts module: a page of stats downloads no chart code', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    await Promise.all(dataset.results.slice(0, 12).map((r) => mount(TAG, { result: r.id, eager: '' }, box)));
    for (const el of box.children) expect(shadow(el).querySelector('[part=chart]')).to.equal(null);
    const chartCode = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => /node_modules\/(echarts|zrender)\/|\.chart\.(ts|js)/.test(name));
    expect(chartCode).to.deep.equal([]);
  });

  it('never turns a dataset string into HTML', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    class HostileStat extends SxStat {
      protected override resolve(lang: Lang): Resolution<StatModel> {
        const base = super.resolve(lang);
        if (!base.model) return base;
        const record = { ...base.model.record, label: { zh: evil, en: evil }, source: evil, written: evil } as Result;
        return { model: { record } };
      }
    }
    customElements.define('test-hostile-stat', HostileStat);
    const el = await mount('test-hostile-stat', { result: 'afforestation', 'show-source': '' });
    expect(part(el, 'title')).to.equal(evil);
    expect(part(el, 'value')).to.equal(evil);
    expect(shadow(el).querySelectorAll('img, [onerror]')).to.have.length(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
