import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { dataset, getResult } from '../data/index.js';
import '../components/results-board/define.js';
import { elementContract, mount, shadow, svgOf, textOf, type Stateful } from './contract.js';

const TAG = 'sx-results-board';
const cards = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part=card]')];
const bars = (el: Element) => [...shadow(el).querySelectorAll<Stateful>('sx-metric-bars')];

before(async function () {
  this.timeout(120_000);
  const { runtime } = await import('../components/metric-bars/metric-bars.chart.js');
  await runtime().loadRenderer('svg');
});

elementContract({
  tag: TAG,
  chart: false,
  pictures: true,
  attrs: { topic: 'green' },
  expectText: { zh: '向绿而行生态宜人', en: 'Going green: a more pleasant environment' },
  errors: [{ attrs: { topic: 'growth' }, code: 'unknown-topic', mentions: 'efficiency' }],
});

describe('<sx-results-board>', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows every one of the 52 results once in its theme’s board, in the report’s order: a card, or a bar, figures exactly as written', async () => {
    const charted = new Set(dataset.comparableSets.flatMap((c) => c.members));
    for (const theme of dataset.themes) {
      const el = await mount(TAG, { topic: theme.id });
      const own = dataset.results.filter((r) => r.theme === theme.id);
      const figures = own.filter((r) => r.kind === 'figure' && !charted.has(r.id));
      const highlights = own.filter((r) => r.kind === 'highlight');
      expect(cards(el).map((c) => c.dataset.id)).to.deep.equal([...figures, ...highlights].map((r) => r.id));
      for (const c of cards(el)) {
        const r = getResult(c.dataset.id!)!;
        expect(c.querySelector('[part=label]')!.textContent!.trim(), r.id).to.equal(r.label.zh);
        if (r.kind === 'figure') expect(c.querySelector('[part=value]')!.textContent!.trim(), r.id).to.equal(r.written);
        else {
          // A milestone's description adds to its headline, or is left out.
          const description = c.querySelector('[part=description]')?.textContent?.trim();
          const known = new Set(r.label.zh);
          if (description) expect([...description].filter((ch) => !known.has(ch) && /\p{L}/u.test(ch)).length, r.id).to.be.at.least(4);
        }
      }
      // One heading a level: the title names the theme; no theme heading repeats it.
      expect(shadow(el).querySelector('[part=title]')!.textContent).to.contain(theme.title.zh);
      expect(shadow(el).querySelectorAll('[part=theme-title]')).to.have.length(0);
      const sets = dataset.comparableSets.filter((c) => c.theme === theme.id);
      expect(bars(el).map((b) => b.getAttribute('set'))).to.deep.equal(sets.map((c) => c.id));
      // Each figure once: the charted ones are in the bars, not on a card.
      const shown = [...cards(el).map((c) => c.dataset.id!), ...sets.flatMap((c) => c.members)];
      expect(new Set(shown).size, theme.id).to.equal(shown.length);
      expect(shown.length, theme.id).to.equal(own.length);
    }
    const all = await mount(TAG, {});
    expect(cards(all).length).to.equal(dataset.results.length - charted.size);
    expect([...shadow(all).querySelectorAll('[part=theme-title]')].map((h) => h.textContent)).to.deep.equal(
      dataset.themes.map((th) => th.title.zh),
    );
    expect(bars(all).map((b) => b.getAttribute('set'))).to.deep.equal(dataset.comparableSets.map((c) => c.id));
  });

  it('has one data and download row: the bars inside show neither their own, nor a source line', async () => {
    const el = await mount(TAG, { topic: 'innovation', eager: '' });
    const inner = bars(el);
    await Promise.all(inner.map((b) => b.ready));
    const visible = (n: Element | null) => !!n && getComputedStyle(n).display !== 'none' && (n as HTMLElement).offsetParent !== null;
    for (const b of inner) {
      for (const part of ['toggle', 'download', 'source']) expect(visible(shadow(b).querySelector(`[part=${part}]`)), part).to.equal(false);
    }
    expect(visible(shadow(el).querySelector('[part=toggle]'))).to.equal(true);
    expect(visible(shadow(el).querySelector('[part=download]'))).to.equal(true);
  });

  it('marks no figure in the accent until a reader picks one', async () => {
    const el = await mount(TAG, { topic: 'innovation' });
    const [first] = cards(el);
    const value = first!.querySelector('[part=value]')!;
    expect(getComputedStyle(value).color).to.equal(getComputedStyle(el).color);
    first!.click();
    await el.updateComplete;
    expect(getComputedStyle(value).color).not.to.equal(getComputedStyle(el).color);
  });

  it('writes the English figures as a number in the big slot and the words under it', async () => {
    const el = await mount(TAG, { topic: 'innovation', lang: 'en' });
    const card = cards(el).find((c) => c.dataset.id === 'jinchuang-valley-resident-firms')!;
    expect(card.querySelector('[part=value]')!.textContent!.trim()).to.equal('300+');
    expect(card.querySelector('[part=words]')!.textContent!.trim()).to.equal('more than 300 companies and teams');
  });

  it('draws its comparable figures with <sx-metric-bars>, in its language and scheme, one sx-ready of its own', async () => {
    let readies = 0;
    const box = document.createElement('div');
    box.addEventListener('sx-ready', () => readies++);
    document.body.append(box);
    const el = await mount(TAG, { topic: 'innovation', eager: '', theme: 'dark', lang: 'en' }, box);
    const inner = bars(el);
    expect(inner).to.have.length(2);
    await Promise.all(inner.map((b) => b.ready));
    for (const b of inner) {
      expect(svgOf(b)).to.exist;
      expect(b.getAttribute('theme')).to.equal('dark');
      expect(shadow(b).querySelector('figure')!.getAttribute('lang')).to.equal('en');
    }
    expect(textOf(inner[1]!)).to.contain('expected 200 billion yuan');
    expect(readies, 'the bars’ own sx-ready stay inside the board').to.equal(1);
    el.setAttribute('lang', 'zh');
    await el.updateComplete;
    await inner[1]!.updateComplete;
    expect(textOf(inner[1]!)).to.contain('预计2000亿元');
  });

  it('is one tab stop over every card and milestone; arrows move, Enter and Space select the record', async () => {
    const el = await mount(TAG, { topic: 'efficiency' });
    const list = cards(el);
    expect(list.filter((c) => c.tabIndex === 0)).to.deep.equal([list[0]]);
    list[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(shadow(el).activeElement).to.equal(list[1]);
    await sendKeys({ press: 'End' });
    expect(shadow(el).activeElement, 'the last milestone').to.equal(list[list.length - 1]);
    let selected = oneEvent(el, 'sx-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.record).to.equal(getResult(list[list.length - 1]!.dataset.id!));
    await sendKeys({ press: 'Home' });
    selected = oneEvent(el, 'sx-select');
    await sendKeys({ press: 'Space' });
    expect((await selected).detail.record).to.equal(getResult(list[0]!.dataset.id!));
    selected = oneEvent(el, 'sx-select');
    list[2]!.click();
    expect((await selected).detail.record).to.equal(getResult(list[2]!.dataset.id!));
    await el.updateComplete;
    expect(list[2]!.getAttribute('aria-current')).to.equal('true');
  });

  it('passes a pick in a bar chart inside out as sx-select with the record', async () => {
    const el = await mount(TAG, { topic: 'green', eager: '' });
    const [inner] = bars(el);
    await inner!.ready;
    const selected = oneEvent(el, 'sx-select');
    const item = shadow(inner!).querySelector<HTMLElement>('[part=item]')!;
    item.click();
    expect((await selected).detail.record).to.equal(getResult('afforestation'));
  });

  it('lays short figures two to a row at 320px and four when wide', async () => {
    const columns = async (width: string) => {
      const box = document.createElement('div');
      box.style.width = width;
      document.body.append(box);
      const el = await mount(TAG, { topic: 'innovation' }, box);
      return new Set(cards(el).filter((c) => c.closest('[part=cards]')).map((c) => Math.round(c.getBoundingClientRect().left))).size;
    };
    expect(await columns('320px')).to.equal(2);
    expect(await columns('960px')).to.equal(4);
  });

  it('takes theme="innovation" as a colour scheme it does not know: light, all three themes, and a hint to use topic', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = await mount(TAG, { theme: 'innovation' });
      expect(shadow(el).querySelectorAll('[part=theme-title]')).to.have.length(3);
      expect(cards(el).length).to.equal(dataset.results.length - new Set(dataset.comparableSets.flatMap((c) => c.members)).size);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(warnings.join()).to.contain('topic="innovation"');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });
});
