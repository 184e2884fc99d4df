import { expect, oneEvent } from '@open-wc/testing';
import { dataset, getTarget } from '../data/index.js';
import { defineTargetGauge } from '../components/target-gauge/define.js';
import { SxTargetGauge } from '../components/target-gauge/target-gauge.js';
import { gaugeScale } from '../components/target-gauge/target-gauge.option.js';
import { verdictFor } from '../src/format/verdict.js';
import { elementContract, mount, shadow, svgOf, tapChart, textOf } from './contract.js';

const TAG = 'sx-target-gauge';

elementContract({
  tag: TAG,
  attrs: { indicator: 'fixed-asset-investment' },
  expectText: { zh: '6%以上', en: 'at least 6%' },
  textOnly: { indicator: 'binding-indicators' },
  errors: [
    { attrs: { indicator: 'gdp' }, code: 'unknown-indicator', mentions: 'gdp' },
    { attrs: {}, code: 'missing-attribute', mentions: 'indicator' },
    { attrs: { indicator: 'gdp-growth', actual: '5,2%' }, code: 'malformed-number', mentions: '5,2%' },
    { attrs: { indicator: 'cpi', tolerance: 'abc' }, code: 'malformed-number', mentions: 'abc' },
  ],
});

describe('<sx-target-gauge>', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows every numeric target with its comparator in words, in both languages', async () => {
    const cases: [string, string, string][] = [
      ['gdp-growth', '5%', '5%'],
      ['fixed-asset-investment', '6%以上', 'at least 6%'],
      ['retail-sales', '5%以上', 'at least 5%'],
      ['urban-jobs', '45万人', '450,000 people'],
      ['urban-unemployment', '5.5%左右', 'about 5.5%'],
      ['cpi', '2%左右', 'about 2%'],
    ];
    for (const [indicator, zh, en] of cases) {
      const el = await mount(TAG, { indicator, eager: '' });
      expect(shadow(el).querySelector('[part=summary]')!.textContent).to.contain(zh);
      expect(svgOf(el)!.textContent, `${indicator}: the gauge says the target`).to.contain(zh);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part=summary]')!.textContent).to.contain(en);
      expect(textOf(el)).to.contain(getTarget(indicator)!.label.en);
    }
  });

  it('renders the targets without a number as statements, never as a gauge', async () => {
    for (const [indicator, words] of [
      ['foreign-trade', '力争保持正增长'],
      ['resident-income', '与经济增长同步'],
      ['binding-indicators', '约束性指标'],
    ]) {
      const el = await mount(TAG, { indicator, eager: '' });
      expect(textOf(el)).to.contain(words);
      expect(shadow(el).querySelector('[part=chart]'), `${indicator} has no chart`).to.not.exist;
      await expect(el).to.be.accessible();
    }
  });

  it('says the note on the repeated retail-sales line', async () => {
    const el = await mount(TAG, { indicator: 'retail-sales', eager: '' });
    expect(textOf(el)).to.contain(getTarget('retail-sales')!.note!.zh.slice(0, 12));
  });

  it('compares an outcome with the target and words the verdict from the comparator', async () => {
    const verdictText = async (attrs: Record<string, string>, lang = 'en') => {
      const el = await mount(TAG, { ...attrs, lang, eager: '' });
      return textOf(el);
    };
    expect(await verdictText({ indicator: 'fixed-asset-investment', actual: '5.2' })).to.contain('Target not met');
    expect(await verdictText({ indicator: 'fixed-asset-investment', actual: '6' })).to.contain('Target met');
    expect(await verdictText({ indicator: 'fixed-asset-investment', actual: '5.2' }, 'zh')).to.contain('未达到目标');
    expect(await verdictText({ indicator: 'urban-unemployment', actual: '5.2' })).to.contain(
      '0.3 percentage points below the target',
    );
    expect(await verdictText({ indicator: 'urban-unemployment', actual: '5.2', tolerance: '0.5' })).to.contain(
      'Within target range',
    );
    expect(await verdictText({ indicator: 'cpi', actual: '0.2', tolerance: '0.5' })).to.contain('outside the target range');
    expect(await verdictText({ indicator: 'foreign-trade', actual: '-1.2' })).to.contain('Target not met');
    expect(await verdictText({ indicator: 'resident-income', actual: '5' })).to.contain('cannot say');
    const sourced = await verdictText({ indicator: 'gdp-growth', actual: '5.4', 'actual-label': '示例 <b>x</b>' }, 'zh');
    // The editor's words are isolated for bidi inside the library's sentence.
    expect(sourced).to.contain('实际：5.4%（\u2068示例 <b>x</b>\u2069）');
  });

  it('draws the outcome on the gauge and keeps the target marker', async () => {
    const el = await mount(TAG, { indicator: 'gdp-growth', actual: '5.4', eager: '' });
    const text = svgOf(el)!.textContent!;
    expect(text).to.contain('5.4%');
    expect(text).to.contain('目标：5%');
  });

  it('fires sx-select with the dataset record when a reader taps anywhere on the gauge', async () => {
    const el = await mount(TAG, { indicator: 'gdp-growth', eager: '' });
    const event = await tapChart(el);
    expect(event, 'a tap on the gauge selects').to.exist;
    expect(event!.detail.record).to.equal(getTarget('gdp-growth'));
  });

  it('keeps its text and says so inside itself when the chart code cannot be fetched', async () => {
    class OfflineGauge extends SxTargetGauge {
      protected override loadChart(): Promise<never> {
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      }
    }
    customElements.define('offline-gauge', OfflineGauge);
    const el = document.createElement('offline-gauge');
    el.setAttribute('indicator', 'cpi');
    el.setAttribute('eager', '');
    const failed = oneEvent(el, 'sx-error');
    const errors = console.error;
    console.error = () => {};
    try {
      document.body.append(el);
      const event = await failed;
      expect(event.detail.code).to.equal('load-failed');
      await (el as OfflineGauge).updateComplete;
      expect(shadow(el).querySelector('[role=alert]')!.textContent).to.contain(event.detail.message);
      expect(textOf(el), 'the figures stay').to.contain('2%左右');
      expect(shadow(el).querySelector('[part=chart]'), 'no empty chart box').to.equal(null);
      expect(shadow(el).querySelectorAll('[part=table] tbody tr').length).to.equal(1);
      await expect(el).to.be.accessible();
    } finally {
      console.error = errors;
    }
  });

  it('never turns a dataset string into HTML', async () => {
    class HostileGauge extends SxTargetGauge {
      protected override resolve(lang: 'zh' | 'en') {
        const resolved = super.resolve(lang);
        if (!resolved.model) return resolved;
        const hostile = '<img src=x onerror="window.__pwned=1">';
        return { model: { ...resolved.model, target: { ...resolved.model.target, label: { zh: hostile, en: hostile } } } };
      }
    }
    customElements.define('hostile-gauge', HostileGauge);
    const el = await mount('hostile-gauge', { indicator: 'gdp-growth', eager: '' });
    expect(textOf(el)).to.contain('<img src=x onerror="window.__pwned=1">');
    expect(shadow(el).querySelector('img')).to.not.exist;
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('does not re-render the chart when nothing it draws changes', async () => {
    const el = await mount(TAG, { indicator: 'gdp-growth', eager: '' });
    const svg = svgOf(el)!;
    let rendered = 0;
    const observer = new MutationObserver(() => rendered++);
    observer.observe(svg, { subtree: true, childList: true, attributes: true });
    (shadow(el).querySelector('[part=toggle]') as HTMLButtonElement).click();
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    observer.disconnect();
    expect(rendered).to.equal(0);
  });

  it('registering the tag again is harmless and silent', () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(defineTargetGauge()).to.equal(undefined);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get(TAG)).to.equal(SxTargetGauge);
    expect(warnings).to.deep.equal([]);
  });
});

describe('target-gauge option helpers', () => {
  it('chooses a scale that holds the target and the outcome with nice steps', () => {
    expect(gaugeScale(5)).to.deep.equal({ min: 0, max: 8, splitNumber: 4 });
    expect(gaugeScale(6)).to.deep.equal({ min: 0, max: 10, splitNumber: 5 });
    expect(gaugeScale(450000)).to.deep.equal({ min: 0, max: 800000, splitNumber: 4 });
    const negative = gaugeScale(2, -0.7);
    expect(negative.min).to.be.lessThan(-0.7);
    expect(negative.max).to.be.greaterThan(2);
  });

  it('computes verdicts from every comparator', () => {
    const by = (id: string) => dataset.targets.find((t) => t.id === id)!;
    expect(verdictFor(by('gdp-growth'), 5)).to.equal('met');
    expect(verdictFor(by('gdp-growth'), 4.9)).to.equal('not-met');
    expect(verdictFor(by('urban-unemployment'), 5.5)).to.equal('equal');
    expect(verdictFor(by('urban-unemployment'), 5.8, 0.3)).to.equal('within-range');
    expect(verdictFor(by('urban-unemployment'), 5.81, 0.3)).to.equal('outside-range');
    expect(verdictFor(by('foreign-trade'), 0)).to.equal('not-met');
    expect(verdictFor(by('binding-indicators'), 1)).to.equal(undefined);
  });
});
