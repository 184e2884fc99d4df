/**
 * The shared input layer (src/chart/input.ts) on its own, and through both elements: what frameworks set,
 * what editors type, what hostile or careless text does to the library's own words and to the page.
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../components/project-list/define.js';
import '../components/target-board/define.js';
import '../components/target-gauge/define.js';
import { echo, enumerated, keyword, parseNumber, rendererOf, themeOf } from '../src/chart/input.js';
import { mount, settled, shadow, svgOf, textOf, type Stateful } from './contract.js';

const area = (width = 600) => {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  document.body.append(div);
  return div;
};

/** Sets properties on a new element, the way a framework does, and waits until it settles. */
async function withProps(tag: string, props: Record<string, unknown>, parent = area()): Promise<Stateful> {
  const el = document.createElement(tag) as Stateful;
  Object.assign(el, { eager: true }, props);
  const warn = console.warn;
  console.warn = () => {};
  try {
    parent.append(el);
    await settled(el);
  } finally {
    console.warn = warn;
  }
  return el;
}

/** The gauge's words about the outcome: its summary (the big number, where it comes from, the verdict). */
const outcome = (el: Element) => (shadow(el).querySelector('[part=summary]')?.textContent ?? '').replace(/\s+/g, ' ');
/** The colours a chart fills its marks with: the outcome bar takes the verdict's. */
const fills = (el: Element) => [...svgOf(el)!.querySelectorAll('path')].map((n) => n.getAttribute('fill') ?? '');

describe('input layer', () => {
  afterEach(() => document.body.replaceChildren());

  describe('enumerated values (issue 22 §7)', () => {
    it('read theme and renderer in any case, width and spacing; anything else is the default', () => {
      expect(['DARK', ' dark ', 'Ｄａｒｋ'].map(themeOf)).to.deep.equal(['dark', 'dark', 'dark']);
      expect(['Auto', 'light', 'innovation', '', null, 5].map(themeOf)).to.deep.equal(['auto', 'light', 'light', 'light', 'light', 'light']);
      expect(['CANVAS', ' Canvas', 'svg', 'webgl', undefined].map(rendererOf)).to.deep.equal(['canvas', 'canvas', 'svg', 'svg', 'svg']);
      expect(enumerated('ＴＡＳＫＳ', ['results', 'tasks'] as const, 'results')).to.equal('tasks');
    });
  });

  describe('parseNumber', () => {
    it('reads what editors type, normalised', () => {
      expect(parseNumber('5.2')).to.deep.equal({ ok: true, value: 5.2 });
      expect(parseNumber(' 5 ')).to.deep.equal({ ok: true, value: 5 });
      expect(parseNumber('５．２')).to.deep.equal({ ok: true, value: 5.2 });
      expect(parseNumber('－０．３')).to.deep.equal({ ok: true, value: -0.3 });
      expect(parseNumber('\u22120.3')).to.deep.equal({ ok: true, value: -0.3 });
      expect(parseNumber('5.2%', ['%'])).to.deep.equal({ ok: true, value: 5.2 });
      expect(parseNumber('５．２％', ['%'])).to.deep.equal({ ok: true, value: 5.2 });
      expect(parseNumber('480000 people', ['人', 'people'])).to.deep.equal({ ok: true, value: 480000 });
      expect(Object.is((parseNumber('-0') as { value: number }).value, 0)).to.equal(true);
      expect(Object.is((parseNumber(-0) as { value: number }).value, 0)).to.equal(true);
    });

    it('takes numbers and absence from frameworks', () => {
      expect(parseNumber(5.4)).to.deep.equal({ ok: true, value: 5.4 });
      expect(parseNumber(undefined)).to.deep.equal({ ok: true, value: undefined });
      expect(parseNumber(null)).to.deep.equal({ ok: true, value: undefined });
      expect(parseNumber('  ')).to.deep.equal({ ok: true, value: undefined });
    });

    it('rejects what is not a finite number', () => {
      for (const bad of ['9'.repeat(400), '1e400', '1e3', 'NaN', 'Infinity', '5,2', '5.2%', 'abc', '5..2', '%']) {
        expect(parseNumber(bad).ok, bad.slice(0, 20)).to.equal(false);
      }
      expect(parseNumber('5,2%', ['%']).ok).to.equal(false);
      for (const bad of [Infinity, -Infinity, NaN, {}, [], true]) expect(parseNumber(bad).ok, String(bad)).to.equal(false);
    });
  });

  it('keyword folds case, width and spaces the same way everywhere', () => {
    expect(keyword(' DARK ')).to.equal('dark');
    expect(keyword('ＣＡＮＶＡＳ')).to.equal('canvas');
    expect(keyword(undefined)).to.equal('');
    expect(keyword({})).to.equal('');
  });

  it('echo quotes a value isolated for bidi and cut to a readable length', () => {
    expect(echo('gdp')).to.equal('\u2068gdp\u2069');
    const long = echo('x'.repeat(100_000));
    expect(long.length).to.be.lessThan(80);
    expect(long).to.match(/^\u2068x+…\u2069$/);
    expect(echo({ toString: () => '<b>' })).to.equal('\u2068{…}\u2069');
  });
});

describe('properties set by frameworks (numbers, undefined, null)', () => {
  afterEach(() => document.body.replaceChildren());

  it('a number for actual and tolerance draws the outcome, as a string would', async () => {
    const el = await withProps('sx-target-gauge', { indicator: 'urban-unemployment', actual: 5.4, tolerance: 0.5, lang: 'en' });
    expect(el.error).to.equal(null);
    expect(outcome(el)).to.contain('5.4%').and.contain('Within target range');
    const typed = await withProps('sx-target-gauge', { indicator: 'urban-unemployment', actual: '5.4', tolerance: '0.5', lang: 'en' });
    expect(fills(el), 'the same marks as for the typed string').to.deep.equal(fills(typed));
    const bare = await withProps('sx-target-gauge', { indicator: 'urban-unemployment', lang: 'en' });
    expect(fills(el), 'an outcome bar the bare gauge does not have').to.not.deep.equal(fills(bare));
  });

  it('undefined and null mean absent, never a failed load', async () => {
    const el = await withProps('sx-target-gauge', { indicator: 'gdp-growth', actual: undefined, tolerance: null, actualLabel: undefined });
    expect(el.error).to.equal(null);
    expect(shadow(el).querySelector('.outcome')).to.equal(null);
    const missing = await withProps('sx-target-gauge', { indicator: undefined });
    expect(missing.error!.code).to.equal('missing-attribute');
    const list = await withProps('sx-project-list', { category: undefined, project: null });
    expect(list.error).to.equal(null);
    expect(shadow(list).querySelectorAll('[part=item]').length).to.equal(15);
  });

  it('a number as actual-label or category is its text; a number as project picks it', async () => {
    const el = await withProps('sx-target-gauge', { indicator: 'gdp-growth', actual: 5, actualLabel: 2026 });
    expect(outcome(el)).to.contain('2026');
    const list = await withProps('sx-project-list', { project: 6 });
    expect(list.error).to.equal(null);
    expect(shadow(list).querySelectorAll('[part=item]').length).to.equal(1);
    const category = await withProps('sx-project-list', { category: 7 });
    expect(category.error!.code).to.equal('unknown-category');
  });

  it('an object or a function gets invalid-value naming the attribute, in both languages', async () => {
    const el = await withProps('sx-target-gauge', { indicator: 'gdp-growth', actual: { value: 5 } });
    expect(el.error!.code).to.equal('invalid-value');
    expect(shadow(el).querySelector('[role=alert]')!.textContent).to.contain('actual');
    el.lang = 'en';
    await el.updateComplete;
    expect(el.error!.message).to.contain('“actual”').and.contain('text or a number');
    const label = await withProps('sx-target-gauge', { indicator: 'gdp-growth', actualLabel: () => 1 });
    expect(label.error!.code).to.equal('invalid-value');
    expect(label.error!.message).to.contain('actual-label');
    (el as unknown as { actual: unknown }).actual = '5';
    await settled(el);
    expect(el.error).to.equal(null);
  });
});

describe('numbers and strings editors type', () => {
  afterEach(() => document.body.replaceChildren());

  it('rejects a 400-digit actual instead of showing ∞', async () => {
    const el = await withProps('sx-target-gauge', { indicator: 'gdp-growth', actual: '9'.repeat(400) });
    expect(el.error!.code).to.equal('malformed-number');
    expect(textOf(el)).to.not.contain('∞');
    expect(el.error!.message.length, 'the echoed value is cut').to.be.lessThan(120);
  });

  it('shows -0 as 0%', async () => {
    const el = await withProps('sx-target-gauge', { indicator: 'gdp-growth', actual: '-0' });
    expect(outcome(el)).to.contain('0%').and.not.contain('-0');
    expect(svgOf(el)!.textContent).to.not.contain('-0');
  });

  it('accepts full-width digits and a trailing unit, normalised', async () => {
    for (const typed of ['５．２', '5.2%', '５．２％', ' 5.2 % ']) {
      const el = await withProps('sx-target-gauge', { indicator: 'gdp-growth', actual: typed });
      expect(el.error, typed).to.equal(null);
      expect(outcome(el), typed).to.contain('5.2%');
    }
    const jobs = await withProps('sx-target-gauge', { indicator: 'urban-jobs', actual: '480000人' });
    expect(jobs.error).to.equal(null);
    expect(outcome(jobs)).to.contain('48万');
  });

  it('compares theme, renderer, category, lang and ids case-insensitively', async () => {
    const el = await withProps('sx-target-gauge', { indicator: 'GDP-Growth', theme: 'DARK', renderer: 'Canvas', lang: 'EN' });
    expect(el.error).to.equal(null);
    expect(shadow(el).querySelector('[part=chart] canvas')).to.exist;
    expect(textOf(el)).to.contain('GDP growth');
    const light = await withProps('sx-target-gauge', { indicator: 'gdp-growth' });
    expect(getComputedStyle(el).backgroundColor).to.not.equal(getComputedStyle(light).backgroundColor);
    const list = await withProps('sx-project-list', { category: ' Water ' });
    expect(list.error).to.equal(null);
    expect(shadow(list).querySelectorAll('[part=item]').length).to.be.greaterThan(0);
  });

  it('isolates an editor\'s label and echoed ids, so U+202E cannot reverse the library\'s words', async () => {
    const el = await withProps('sx-target-gauge', { indicator: 'gdp-growth', actual: '5', actualLabel: '\u202EABC', lang: 'en' });
    expect(outcome(el)).to.contain(': \u2068\u202EABC\u2069 ');
    const board = await withProps('sx-target-board', { actuals: 'gdp-growth:5', actualLabel: '\u202EABC', lang: 'en' });
    expect(textOf(board), 'the board isolates it as the gauge does').to.contain('\u2068\u202EABC\u2069');
    const bad = await withProps('sx-target-gauge', { indicator: '\u202Egdp' });
    expect(bad.error!.message).to.contain('“\u2068\u202Egdp\u2069”');
  });

  it('cuts a 100,000-character id in the message', async () => {
    const el = await withProps('sx-project-list', { category: 'x'.repeat(100_000) });
    expect(el.error!.code).to.equal('unknown-category');
    expect(shadow(el).querySelector('[role=alert]')!.textContent!.length).to.be.lessThan(400);
  });

  it('wraps a URL as actual-label instead of making a 360px page scroll sideways', async () => {
    const url = `https://example.com/${'a-very-long-path-segment/'.repeat(12)}`;
    const el = await withProps('sx-target-gauge', { indicator: 'gdp-growth', actual: '5', actualLabel: url }, area(360));
    expect(textOf(el)).to.contain('a-very-long-path-segment');
    expect(el.getBoundingClientRect().width).to.equal(360);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    const figure = shadow(el).querySelector('figure')!;
    expect(figure.scrollWidth).to.be.at.most(figure.clientWidth);
  });
});

describe('late listeners', () => {
  afterEach(() => document.body.replaceChildren());

  it('a script that runs after an error reads it from `error` and `ready`', async () => {
    const box = area();
    const warn = console.warn;
    console.warn = () => {};
    const el = document.createElement('sx-target-gauge') as Stateful;
    el.setAttribute('indicator', 'gdp');
    const fired = oneEvent(el, 'sx-error');
    box.append(el);
    await fired;
    console.warn = warn;
    // The "late" script: the event is gone; the state is there.
    await el.ready;
    expect(el.error!.code).to.equal('unknown-indicator');
  });

  it('a record without a chart is ready with its text', async () => {
    const el = await mount('sx-target-gauge', { indicator: 'foreign-trade' });
    await (el as Stateful).ready;
    expect((el as Stateful).error).to.equal(null);
    expect(textOf(el)).to.contain('力争保持正增长');
  });
});
