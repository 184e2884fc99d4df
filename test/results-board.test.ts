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
  attrs: { topic: 'green' },
  expectText: { zh: '向绿而行生态宜人', en: 'Going green: a more pleasant environment' },
  errors: [{ attrs: { topic: 'growth' }, code: 'unknown-topic', mentions: 'efficiency' }],
});

describe('<sx-results-board>', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows every one of the 52 results in its theme’s board, in the report’s order, figures exactly as written', async () => {
    for (const theme of dataset.themes) {
      const el = await mount(TAG, { topic: theme.id });
      const own = dataset.results.filter((r) => r.theme === theme.id);
      const figures = own.filter((r) => r.kind === 'figure');
      const highlights = own.filter((r) => r.kind === 'highlight');
      expect(cards(el).map((c) => c.dataset.id)).to.deep.equal([...figures, ...highlights].map((r) => r.id));
      for (const c of cards(el)) {
        const r = getResult(c.dataset.id!)!;
        expect(c.querySelector('[part=label]')!.textContent!.trim(), r.id).to.equal(r.label.zh);
        if (r.kind === 'figure') expect(c.querySelector('[part=value]')!.textContent!.trim(), r.id).to.equal(r.written);
        else expect(c.querySelector('[part=description]')!.textContent!.trim(), r.id).to.equal(r.description.zh);
      }
      expect(shadow(el).querySelector('[part=title]')!.textContent).to.contain(theme.title.zh);
      expect(bars(el).map((b) => b.getAttribute('set'))).to.deep.equal(
        dataset.comparableSets.filter((c) => c.theme === theme.id).map((c) => c.id),
      );
    }
    const all = await mount(TAG, {});
    expect(cards(all).length).to.equal(dataset.results.length);
    expect([...shadow(all).querySelectorAll('[part=theme-title]')].map((h) => h.textContent)).to.deep.equal(
      dataset.themes.map((th) => th.title.zh),
    );
    expect(bars(all).map((b) => b.getAttribute('set'))).to.deep.equal(dataset.comparableSets.map((c) => c.id));
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

  it('lays the cards in one column at 320px and three when wide', async () => {
    const columns = async (width: string) => {
      const box = document.createElement('div');
      box.style.width = width;
      document.body.append(box);
      const el = await mount(TAG, { topic: 'innovation' }, box);
      return new Set(cards(el).filter((c) => c.closest('[part=cards]')).map((c) => Math.round(c.getBoundingClientRect().left))).size;
    };
    expect(await columns('320px')).to.equal(1);
    expect(await columns('960px')).to.equal(3);
  });

  it('takes theme="innovation" as a colour scheme it does not know: light, all three themes, and a hint to use topic', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = await mount(TAG, { theme: 'innovation' });
      expect(shadow(el).querySelectorAll('[part=theme-title]')).to.have.length(3);
      expect(cards(el).length).to.equal(dataset.results.length);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(warnings.join()).to.contain('topic="innovation"');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });
});
