import { expect } from '@open-wc/testing';
import { getTarget } from '../data/index.js';
import { defineTargetGauge, SxTargetGauge } from '../components/target-gauge/define.js';
import { defineElement, tagNameFor } from '../src/define.js';
import { formatTargetValue } from '../src/format/index.js';
import { VERSION } from '../src/version.js';

/** Runs `fn` and returns what it wrote with console.warn. */
function warningsOf(fn: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Appends `<tag indicator=…>` and resolves once its chart has rendered (`sx-ready`). */
async function renderGauge(tag: string, indicator: string): Promise<HTMLElement> {
  const el = document.createElement(tag);
  el.setAttribute('indicator', indicator);
  el.setAttribute('eager', '');
  const ready = new Promise<Event>((resolve) => el.addEventListener('sx-ready', resolve, { once: true }));
  document.body.append(el);
  await ready;
  return el;
}

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('defineElement: registering under other names', () => {
  // The test runner serves ECharts unbundled, hundreds of modules: load them once, outside the tests' timeouts.
  before(async function () {
    this.timeout(180_000);
    await import('../components/target-gauge/target-gauge.chart.js');
  });
  afterEach(() => document.body.replaceChildren());

  it('names a tag from a prefix or an exact name', () => {
    expect(tagNameFor('sx-target-gauge')).to.equal('sx-target-gauge');
    expect(tagNameFor('sx-target-gauge', { prefix: 'news' })).to.equal('news-target-gauge');
    expect(tagNameFor('sx-target-gauge', { tagName: 'my-gauge', prefix: 'news' })).to.equal('my-gauge');
  });

  it('registers <news-target-gauge> for a plugin whose page already uses a tag, and <sx-target-gauge> still works', async () => {
    expect(customElements.get('sx-target-gauge'), 'importing define.js registered the sx- tag').to.equal(SxTargetGauge);

    const warnings = warningsOf(() => expect(defineTargetGauge({ prefix: 'news' })).to.equal('news-target-gauge'));
    expect(warnings).to.deep.equal([]);
    const News = customElements.get('news-target-gauge')!;
    expect(News, 'a subclass: one class can hold one name').to.not.equal(SxTargetGauge);
    expect(News.prototype).to.be.instanceOf(SxTargetGauge);
    expect(customElements.get('sx-target-gauge')).to.equal(SxTargetGauge);

    const expected = formatTargetValue(getTarget('gdp-growth')!, 'zh');
    const news = await renderGauge('news-target-gauge', 'gdp-growth');
    const sx = await renderGauge('sx-target-gauge', 'gdp-growth');
    for (const el of [news, sx]) {
      expect(el).to.be.instanceOf(SxTargetGauge);
      expect(text(el), el.localName).to.contain(expected);
      expect(el.shadowRoot!.querySelector('[part=chart] svg'), `${el.localName} drew its gauge`).to.exist;
    }
  });

  it('registers under an exact tag name', async () => {
    expect(defineTargetGauge({ tagName: 'report-target-gauge' })).to.equal('report-target-gauge');
    const el = await renderGauge('report-target-gauge', 'urban-jobs');
    expect(text(el)).to.contain(formatTargetValue(getTarget('urban-jobs')!, 'zh'));
  });

  it('treats the same class twice as harmless: no error, no warning, nothing re-registered', () => {
    defineTargetGauge({ prefix: 'twice' });
    const Twice = customElements.get('twice-target-gauge');
    const warnings = warningsOf(() => {
      expect(defineTargetGauge()).to.equal(undefined);
      expect(defineElement('sx-target-gauge', SxTargetGauge)).to.equal(undefined);
      expect(defineTargetGauge({ prefix: 'twice' }), 'the prefixed name is already this class').to.equal(undefined);
    });
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('sx-target-gauge')).to.equal(SxTargetGauge);
    expect(customElements.get('twice-target-gauge')).to.equal(Twice);
  });

  it('stays silent when a second copy of the same version meets the tag (two embed snippets)', () => {
    class SecondCopy extends HTMLElement {}
    const warnings = warningsOf(() => expect(defineElement('sx-target-gauge', SecondCopy)).to.equal(undefined));
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('sx-target-gauge')).to.equal(SxTargetGauge);
  });

  it('warns once when another version holds the tag, and leaves the tag to it', () => {
    class OlderCopy extends HTMLElement {
      static sxVersion = '0.0.1';
    }
    customElements.define('older-target-gauge', OlderCopy);
    const warnings = warningsOf(() => expect(defineTargetGauge({ prefix: 'older' })).to.equal(undefined));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<older-target-gauge>').and.to.contain('version 0.0.1').and.to.contain(VERSION);
    expect(customElements.get('older-target-gauge')).to.equal(OlderCopy);
  });

  it('warns once when another script holds the name, and registers nothing', () => {
    class Foreign extends HTMLElement {}
    customElements.define('taken-target-gauge', Foreign);
    const warnings = warningsOf(() => expect(defineTargetGauge({ prefix: 'taken' })).to.equal(undefined));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<taken-target-gauge>').and.to.contain('another script');
    expect(customElements.get('taken-target-gauge')).to.equal(Foreign);
  });

  it('registers a subclass when the class already holds another name', () => {
    class Reused extends SxTargetGauge {}
    customElements.define('reused-elsewhere', Reused);
    expect(defineElement('sx-reused-gauge', Reused)).to.equal('sx-reused-gauge');
    expect(customElements.get('sx-reused-gauge')!.prototype).to.be.instanceOf(Reused);
  });

  it('refuses a name the HTML parser would not accept, with a warning', () => {
    const warnings = warningsOf(() => expect(defineTargetGauge({ prefix: 'News' })).to.equal(undefined));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('News-target-gauge');
  });
});
