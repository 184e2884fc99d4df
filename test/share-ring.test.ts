import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { getProject, getResult } from '../data/index.js';
import '../components/share-ring/define.js';
import { SxShareRing, type ShareRingModel } from '../components/share-ring/share-ring.js';
import type { Resolution } from '../src/chart/sx-chart-element.js';
import type { Lang } from '../src/i18n/index.js';
import { column, elementContract, mount, shadow, svgOf, take, tapChart, textOf } from './contract.js';

const TAG = 'sx-share-ring';
const part = (el: Element, name: string) => (shadow(el).querySelector(`[part=${name}]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** How often `what` occurs in `text`. */
const count = (text: string, what: string) => text.split(what).length - 1;
/** A CSS colour as the browser computes it (rgb(…)). */
const colour = (c: string) => {
  const probe = document.createElement('i');
  probe.style.color = c.trim();
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return computed;
};
/** What a sighted reader sees in the figure: its visible text and the chart's, not the hidden table or description. */
function seenText(el: Element): string {
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    // (A 2025 target's card also quotes the report's sentence, [part=text]: the report's words, not the figure again.)
    if (!parent || parent.closest('[part=table], [part=text], .visually-hidden, style')) continue;
    parts.push(node.textContent ?? '');
  }
  return parts.join(' ');
}

before(async function () {
  this.timeout(120_000);
  const { runtime } = await import('../components/share-ring/share-ring.chart.js');
  const { loadRenderer } = runtime();
  await Promise.all([loadRenderer('svg'), loadRenderer('canvas')]);
});

elementContract({
  tag: TAG,
  attrs: { result: 'clean-energy-capacity-share' },
  expectText: { zh: '其他装机：50.3%', en: 'Other installed capacity: 50.3%' },
  errors: [
    { attrs: {}, code: 'missing-attribute', mentions: 'project' },
    { attrs: { result: 'clean-energy' }, code: 'unknown-result', mentions: 'good-water-quality-share' },
    { attrs: { result: 'jinci-spring-water-level' }, code: 'wrong-kind', mentions: 'clean-energy-capacity-share' },
    { attrs: { result: 'urban-income-growth' }, code: 'wrong-kind', mentions: 'urban-income-growth' },
    { attrs: { result: 'afforestation' }, code: 'wrong-kind', mentions: 'afforestation' },
    { attrs: { project: '3' }, code: 'wrong-kind', mentions: '8' },
    { attrs: { project: '16' }, code: 'unknown-project', mentions: '16' },
    { attrs: { project: 'eight' }, code: 'malformed-number', mentions: 'eight' },
  ],
});

// The option builder, without a chart or a browser: test/node/options.test.mjs.
describe('<sx-share-ring>', () => {
  afterEach(() => document.body.replaceChildren());

  it('says each number once in the figure: the share and the rest in the card, keyed to a ring without words', async () => {
    for (const lang of ['zh', 'en']) {
      for (const attrs of [{ project: '8' }, { result: 'clean-energy-capacity-share' }] as Record<string, string>[]) {
        const el = await mount(TAG, { ...attrs, lang, eager: '' }, column(320));
        const at = `${lang} ${JSON.stringify(attrs)}`;
        const value = part(el, 'value');
        const rest = /[\d.]+%/.exec(part(el, 'remainder'))![0];
        const seen = seenText(el);
        expect(count(seen, value), `${at}: ${value} once`).to.equal(1);
        expect(count(seen, rest), `${at}: ${rest} once`).to.equal(1);
        expect(svgOf(el)!.textContent!.trim(), `${at}: the ring itself says nothing`).to.equal('');
        // The rest's line starts with a swatch of the ring's rest (hatched when the rest is open): its key.
        const swatch = getComputedStyle(shadow(el).querySelector('[part=remainder]')!, '::before');
        expect(swatch.content, at).not.to.equal('none');
        const track = colour(getComputedStyle(el).getPropertyValue('--_track'));
        if (attrs['project']) expect(swatch.backgroundImage, `${at}: hatched in the track's colour`).to.contain(track);
        else expect(swatch.backgroundColor, `${at}: the swatch is the track's colour`).to.equal(track);
        el.parentElement!.remove();
      }
    }
  });

  it('says the share once in its picture too', async () => {
    await executeServerCommand('sx-downloads-start');
    const el = await mount(TAG, { result: 'clean-energy-capacity-share', lang: 'en', eager: '' });
    const svg = await take(el, 'svg');
    const doc = new DOMParser().parseFromString(new TextDecoder().decode(svg.bytes), 'image/svg+xml');
    const text = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(count(text, '49.7%'), text).to.equal(1);
    expect(count(text, '50.3%'), text).to.equal(1);
  });

  it('draws each 2024 share with its rest labelled for what it is', async () => {
    const cases = [
      ['clean-energy-capacity-share', '49.7%', '其他装机：50.3%', 'Other installed capacity: 50.3%'],
      ['good-water-quality-share', '93.6%', '其余断面（未达优良）：6.4%', 'Other sections (not rated good): 6.4%'],
    ] as const;
    for (const [id, value, rest, restEn] of cases) {
      const el = await mount(TAG, { result: id, eager: '' });
      expect(part(el, 'value')).to.equal(value);
      expect(part(el, 'remainder')).to.equal(rest);
      expect(part(el, 'title')).to.equal(getResult(id)!.label.zh);
      expect(svgOf(el)!.querySelectorAll('path').length, 'the ring is drawn').to.be.greaterThan(1);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(part(el, 'remainder')).to.equal(restEn);
    }
  });

  it('project="8" is the 2025 target ring: 60%以上, the rest at most 40% and open', async () => {
    const el = await mount(TAG, { project: '8', eager: '' });
    expect(part(el, 'title')).to.equal('2025年目标：粮食作物完全成本保险覆盖率');
    expect(part(el, 'value')).to.equal('60%以上');
    expect(part(el, 'remainder')).to.equal('其余（目标未作要求）：至多40%');
    expect(part(el, 'qualifiers')).to.contain('不少于此数');
    expect(part(el, 'text')).to.contain(getProject(8)!.text);
    expect(svgOf(el)!.querySelectorAll('path[stroke-dasharray]').length, 'the open rest is dashed').to.be.greaterThan(0);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(part(el, 'value')).to.equal('at least 60%');
    expect(part(el, 'remainder')).to.equal('The rest (the target sets no figure for it): at most 40%');
    await expect(el).to.be.accessible();
  });

  it('fires sx-select with the record on Enter, Space, a click on the figure and a tap on the ring', async () => {
    const el = await mount(TAG, { result: 'good-water-quality-share', eager: '' });
    const record = getResult('good-water-quality-share');
    const card = shadow(el).querySelector<HTMLElement>('[part=card]')!;
    expect(card.tabIndex).to.equal(0);
    card.focus();
    let selected = oneEvent(el, 'sx-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.record).to.equal(record);
    selected = oneEvent(el, 'sx-select');
    card.click();
    expect((await selected).detail.record).to.equal(record);
    const tapped = await tapChart(el);
    expect(tapped?.detail.record).to.equal(record);
    const target = await mount(TAG, { project: '8', eager: '' });
    expect((await tapChart(target))?.detail.record).to.equal(getProject(8));
  });

  it('never turns a dataset string into HTML', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    class HostileRing extends SxShareRing {
      protected override resolve(lang: Lang): Resolution<ShareRingModel> {
        const base = super.resolve(lang);
        if (!base.model) return base;
        const share = { ...base.model.share, label: { zh: evil, en: evil }, remainder: { zh: evil, en: evil } };
        return { model: { ...base.model, share } };
      }
    }
    customElements.define('test-hostile-ring', HostileRing);
    const el = await mount('test-hostile-ring', { result: 'clean-energy-capacity-share', eager: '' });
    expect(textOf(el)).to.contain(evil);
    expect(shadow(el).querySelectorAll('img, [onerror]')).to.have.length(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
