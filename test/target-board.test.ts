import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getResult, getTarget, targets } from '../data/index.js';
import type { Target } from '../data/types.js';
import '../components/target-board/define.js';
import { formatTargetValue } from '../src/format/index.js';
import { verdictFor, verdictWords } from '../src/format/verdict.js';
import { aboutNotes, column, elementContract, mount, outsideTable, shadow, svgOf, tapChart, textOf, textsOutside } from './contract.js';

const TAG = 'sx-target-board';

elementContract({
  tag: TAG,
  attrs: {},
  expectText: { zh: '6%以上', en: 'at least 6%' },
  errors: [
    { attrs: { actuals: 'gdp-growth=5.2' }, code: 'malformed-attribute', mentions: 'gdp-growth=5.2' },
    { attrs: { actuals: 'gdp-growth:5.2, cpi:abc' }, code: 'malformed-attribute', mentions: 'cpi:abc' },
    { attrs: { actuals: 'cpi:1, cpi:2' }, code: 'malformed-attribute', mentions: 'cpi:2' },
    { attrs: { actuals: 'gdp:5' }, code: 'unknown-indicator', mentions: 'binding-indicators' },
  ],
});

const items = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('li.item')];
const rowText = (el: Element, id: string) =>
  (shadow(el).querySelector(`li[data-id="${id}"]`)?.textContent ?? '').replace(/\s+/g, ' ');

// The option builder, without a chart or a browser: test/node/options.test.mjs.
describe('<sx-target-board>', () => {
  afterEach(() => document.body.replaceChildren());

  it('lists all nine targets in the report’s order, each with its comparator in words, in both languages', async () => {
    const el = await mount(TAG, { eager: '' });
    expect(items(el).map((li) => li.dataset.id)).to.deep.equal(targets.map((t) => t.id));
    for (const target of targets) {
      expect(rowText(el, target.id)).to.contain(target.label.zh).and.contain(formatTargetValue(target, 'zh'));
    }
    el.setAttribute('lang', 'en');
    await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    for (const target of targets) {
      expect(rowText(el, target.id)).to.contain(target.label.en).and.contain(formatTargetValue(target, 'en'));
    }
    expect(rowText(el, 'foreign-trade')).to.contain('striving for positive growth');
    expect(rowText(el, 'urban-unemployment')).to.contain('about 5.5%');
  });

  it('charts the five percentage targets on one axis, shows the jobs target as a count and the statements as rows', async () => {
    const el = await mount(TAG, { eager: '' });
    const svg = svgOf(el)!.textContent!;
    for (const id of ['gdp-growth', 'fixed-asset-investment', 'retail-sales', 'urban-unemployment', 'cpi']) {
      expect(svg, id).to.contain(formatTargetValue(getTarget(id)!, 'zh'));
    }
    // Only percentages share the axis: the jobs target and the statements are not drawn on it.
    expect(svg).to.not.contain('45万人');
    expect(svg).to.not.contain('城镇新增就业');
    expect(svg).to.not.contain('进出口总额');
    expect(shadow(el).querySelector('[part=count]')!.textContent).to.contain('45万人').and.contain('城镇新增就业');
    expect(shadow(el).querySelector('[part=key]')!.textContent).to.contain('以上').and.contain('左右');
  });

  it('keys the chart in one short line for readers; how the "about" band is drawn is a note in the data table', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const el = await mount(TAG, { eager: '', lang });
      const key = shadow(el).querySelector('[part=key]')!.textContent!.trim();
      const note = lang === 'zh' ? '带宽不代表区间' : 'the band’s width means nothing';
      expect(key, lang).to.contain(lang === 'zh' ? '以上' : 'at least').and.contain(lang === 'zh' ? '左右' : 'about');
      expect(outsideTable(el), `${lang}: not in the graphic`).not.to.contain(note);
      expect(aboutNotes(el).join(' '), `${lang}: in the data table’s notes`).to.contain(note);
      // No dot is drawn without outcomes, so the key does not explain one.
      expect(key, lang).not.to.contain(lang === 'zh' ? '圆点' : 'dot');
      el.setAttribute('actuals', 'gdp-growth:5.4');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part=key]')!.textContent, `${lang}: with an outcome`).to.contain(lang === 'zh' ? '圆点' : 'dot');
      el.remove();
    }
  });

  it('shows the 2024 income outcomes beside the income target, with their qualifier', async () => {
    const el = await mount(TAG, { eager: '', lang: 'en' });
    const text = rowText(el, 'resident-income');
    expect(text).to.contain('2024').and.contain('expected 4.1%').and.contain('expected 6%');
    expect(text).to.contain(getResult('urban-income-growth')!.label.en).and.contain(getResult('rural-income-growth')!.label.en);
    el.setAttribute('lang', 'zh');
    await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(rowText(el, 'resident-income')).to.contain('预计4.1%').and.contain('预计6%');
  });

  it('gives the plot at least 60% of its width at 320 and 360 px, every name whole, the 以上 zone open past the axis end', async () => {
    for (const width of [320, 360]) {
      for (const lang of ['zh', 'en']) {
        const el = await mount(TAG, { eager: '', lang }, column(width));
        const at = `${width} ${lang}`;
        expect(textsOutside(el), at).to.deep.equal([]);
        const texts = [...svgOf(el)!.querySelectorAll('text')];
        const zero = texts.find((t) => t.textContent === '0%')!.getBoundingClientRect();
        const end = texts.filter((t) => /^\d+%$/.test(t.textContent!)).map((t) => t.getBoundingClientRect().right);
        expect((Math.max(...end) - zero.left) / el.getBoundingClientRect().width, at).to.be.at.least(0.6);
        expect(texts.map((t) => t.textContent).join(''), at).not.to.contain('…');
        // The "at least" zone fades out toward the end: a gradient, not a block stopped at the axis end.
        expect(svgOf(el)!.querySelectorAll('linearGradient').length, at).to.be.greaterThan(0);
        el.parentElement!.remove();
      }
    }
  });

  it('shows the retail-sales target once, as first written; the dataset’s note is in the data table only', async () => {
    const el = await mount(TAG, { eager: '' });
    expect(items(el).filter((li) => li.dataset.id === 'retail-sales')).to.have.length(1);
    const note = getTarget('retail-sales')!.note!.zh;
    expect(rowText(el, 'retail-sales')).to.contain('5%以上').and.not.contain(note);
    expect(outsideTable(el)).not.to.contain(note);
    expect(aboutNotes(el)).to.include(note);
  });

  it('compares outcomes with the verdict the gauge computes, in text, table and chart', async () => {
    const el = await mount(TAG, { eager: '', lang: 'en', actuals: 'gdp-growth:5.2, cpi：０.2, urban-jobs:480000, foreign-trade:-1%' });
    const expected: [string, number][] = [['gdp-growth', 5.2], ['cpi', 0.2], ['urban-jobs', 480000], ['foreign-trade', -1]];
    for (const [id, actual] of expected) {
      const target = getTarget(id) as Target;
      const words = verdictWords(target, actual, verdictFor(target, actual), 'en');
      expect(rowText(el, id), id).to.contain(words);
    }
    expect(rowText(el, 'gdp-growth')).to.contain('Outcome: 5.2%').and.contain('Target met');
    expect(rowText(el, 'cpi')).to.contain('1.8 percentage points below the target');
    expect(rowText(el, 'foreign-trade')).to.contain('Target not met');
    const cells = [...shadow(el).querySelectorAll('[part=table] tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' '));
    expect(cells.find((c) => c.includes('GDP growth'))).to.contain('5.2%').and.contain('Target met');
    // The chart draws the outcomes the page gave: two dots on the percentage rows, nothing for the rest.
    expect(shadow(el).querySelector('[part=chart] svg')).to.exist;
  });

  it('says where outcomes come from, as text, never as HTML', async () => {
    const el = await mount(TAG, { eager: '', actuals: 'gdp-growth:5.4', 'actual-label': '示例 <b>x</b>' });
    expect(rowText(el, 'gdp-growth')).to.contain('示例 <b>x</b>');
    expect(shadow(el).querySelector('b')).to.equal(null);
  });

  it('walks with the keyboard: one tab stop, arrows, Home and End; Enter and Space select the target record', async () => {
    const el = await mount(TAG, { eager: '' });
    const list = items(el);
    expect(list.filter((li) => li.tabIndex === 0)).to.deep.equal([list[0]]);
    list[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(el).activeElement).to.equal(list[1]);
    const selected = oneEvent(el, 'sx-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.record).to.equal(getTarget('fixed-asset-investment'));
    await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(list[1]!.getAttribute('aria-current')).to.equal('true');
    await sendKeys({ press: 'End' });
    expect(shadow(el).activeElement).to.equal(list[8]);
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(el).activeElement, 'stays on the last item').to.equal(list[8]);
    const spaced = oneEvent(el, 'sx-select');
    await sendKeys({ press: 'Space' });
    expect((await spaced).detail.record).to.equal(getTarget('binding-indicators'));
    await sendKeys({ press: 'Home' });
    expect(shadow(el).activeElement).to.equal(list[0]);
    expect(getComputedStyle(list[0]!).outlineStyle).to.equal('solid');
  });

  it('a click on a row or on the chart selects a target record', async () => {
    const el = await mount(TAG, { eager: '' });
    const clicked = oneEvent(el, 'sx-select');
    items(el)[5]!.click();
    expect((await clicked).detail.record).to.equal(getTarget('urban-jobs'));
    const tapped = await tapChart(el);
    expect(targets).to.include(tapped?.detail.record);
  });

  it('reads every target in its description, for screen readers', async () => {
    const el = await mount(TAG, { eager: '' });
    const description = shadow(el).getElementById('description')!.textContent!;
    expect(description).to.contain('9').and.contain('45万人').and.contain('力争保持正增长');
    expect(textOf(el)).to.contain('2025年主要预期目标');
  });
});
