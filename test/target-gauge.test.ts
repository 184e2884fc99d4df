import { expect, oneEvent } from '@open-wc/testing';
import { getTarget } from '../data/index.js';
import { defineTargetGauge } from '../components/target-gauge/define.js';
import { SxTargetGauge } from '../components/target-gauge/target-gauge.js';
import { DEFAULT_PALETTE } from '../src/chart/theme.js';
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

// The option builder, without a chart or a browser: test/node/options.test.mjs.
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
      // The target is written once, in the text; the gauge draws it as a zone or a tick, with no words.
      expect(svgOf(el)!.textContent, `${indicator}: the gauge does not write the target again`).to.not.contain(zh);
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

  it('keeps the note for data people on the repeated retail-sales line out of the figure', async () => {
    const el = await mount(TAG, { indicator: 'retail-sales', eager: '' });
    const note = getTarget('retail-sales')!.note!.zh.slice(0, 12);
    const body = [...shadow(el).querySelectorAll('figure > :not([part=table])')].map((n) => n.textContent).join(' ');
    expect(body).to.not.contain(note);
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
    // The outcome's sentence follows the target's: no space after a full-width 。, one after an English full stop.
    const described = async (lang: string) => {
      const el = await mount(TAG, { indicator: 'urban-unemployment', actual: '5.1', lang, eager: '' });
      return shadow(el).getElementById('description')!.textContent!;
    };
    expect(await described('zh')).to.contain('5.5%左右。实际：5.1%，');
    expect(await described('en')).to.match(/about 5\.5%\. Outcome: 5\.1%: /);
  });

  it('leads with the outcome when there is one, and writes the target once', async () => {
    const el = await mount(TAG, { indicator: 'gdp-growth', actual: '5.4', eager: '' });
    const summary = shadow(el).querySelector('[part=summary]')!;
    expect(summary.querySelector('.figure')!.textContent).to.equal('5.4%');
    const shown = [...shadow(el).querySelectorAll('figure > :not([part=table]):not(.visually-hidden)')]
      .map((n) => n.textContent)
      .join(' ');
    expect(shown.split('目标：5%').length - 1, 'the target, once').to.equal(1);
    expect(svgOf(el)!.textContent).to.not.contain('5.4%');
  });

  it('draws an outcome bar only for an actual, coloured by the verdict; never a needle at the target', async () => {
    const fills = (el: Element) =>
      [...svgOf(el)!.querySelectorAll('path')].map((n) => (n.getAttribute('fill') ?? '').toLowerCase()).filter(Boolean);
    const verdictColours = [DEFAULT_PALETTE.positive, DEFAULT_PALETTE.negative, DEFAULT_PALETTE.series[1]!];
    for (const indicator of ['gdp-growth', 'fixed-asset-investment', 'retail-sales', 'urban-jobs', 'urban-unemployment', 'cpi']) {
      const bare = await mount(TAG, { indicator, eager: '' });
      expect(fills(bare).filter((f) => verdictColours.includes(f)), `${indicator}: nothing drawn for an outcome`).to.deep.equal([]);
    }
    const missed = await mount(TAG, { indicator: 'fixed-asset-investment', actual: '5.2', eager: '' });
    expect(fills(missed)).to.include(DEFAULT_PALETTE.negative);
    expect(fills(missed)).to.not.include(DEFAULT_PALETTE.positive);
    const met = await mount(TAG, { indicator: 'fixed-asset-investment', actual: '6.4', eager: '' });
    expect(fills(met)).to.include(DEFAULT_PALETTE.positive);
  });

  it('reads every percentage target against one scale, and counts against their own', async () => {
    const ticks = async (indicator: string) => {
      const el = await mount(TAG, { indicator, eager: '' });
      return [...svgOf(el)!.querySelectorAll('text')].map((n) => n.textContent!.trim()).filter(Boolean);
    };
    const percent = ['gdp-growth', 'fixed-asset-investment', 'retail-sales', 'urban-unemployment', 'cpi'];
    const scales = await Promise.all(percent.map(ticks));
    expect(scales[0]).to.deep.equal(['0%', '2%', '4%', '6%', '8%']);
    for (const [i, scale] of scales.entries()) expect(scale, percent[i]).to.deep.equal(scales[0]);
    expect(await ticks('urban-jobs')).to.deep.equal(['0', '20万', '40万', '60万']);
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
