import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { dataset } from '../data/index.js';
import '../components/stat/define.js';
import '../components/target-gauge/define.js';
import type { SxFigureElement } from '../src/chart/sx-figure-element.js';
import { svgOf, textOf } from './contract.js';

/**
 * A page of many elements (issue 8 §9): the elements past the first slice connect and render in later tasks, in
 * document order; until then each is a plain element showing the text inside its tag. How long any task takes is
 * measured by the bench (scenario 9), never here.
 */
const MANY = 600;

type Sx = SxFigureElement<unknown>;

function stats(n: number): Sx[] {
  return Array.from({ length: n }, (_, i) => {
    const el = document.createElement('sx-stat') as Sx;
    el.setAttribute('result', dataset.results[i % dataset.results.length]!.id);
    const fallback = document.createElement('p');
    fallback.textContent = `fallback ${i}`;
    el.append(fallback);
    return el;
  });
}

function appendAll(els: Element[]): void {
  const fragment = document.createDocumentFragment();
  fragment.append(...els);
  document.body.append(fragment);
}

const shows = (el: Element) => el.getClientRects().length > 0 && (el as HTMLElement).offsetHeight > 0;

describe('a page of many elements', () => {
  afterEach(() => {
    document.body.replaceChildren();
    scrollTo(0, 0);
  });

  it('renders the first at once; a later one shows the text inside its tag until its turn; all end up rendered', async () => {
    const els = stats(MANY);
    appendAll(els);
    const first = els[0]!;
    const last = els[MANY - 1]!;
    expect(first.shadowRoot, 'the first element connected at once').to.not.equal(null);
    expect(last.shadowRoot, 'the last element waits for its turn').to.equal(null);
    expect(shows(last.querySelector('p')!), 'its fallback text shows meanwhile').to.equal(true);
    expect(last.textContent).to.contain(`fallback ${MANY - 1}`);
    await Promise.all(els.map((el) => el.ready));
    els.forEach((el, i) => {
      const r = dataset.results[i % dataset.results.length]!;
      expect(el.shadowRoot, r.id).to.not.equal(null);
      expect(textOf(el), r.id).to.contain(r.label.zh);
      expect(shows(el.querySelector('p')!), `${r.id}: the fallback is replaced`).to.equal(false);
      expect(el.error, r.id).to.equal(null);
    });
  });

  it('renders in document order: a later element is never drawn before an earlier one', async () => {
    const els = stats(MANY);
    const order: number[] = [];
    els.forEach((el, i) => el.addEventListener('sx-ready', () => order.push(i), { once: true }));
    appendAll(els);
    await Promise.all(els.map((el) => el.ready));
    expect(order.length).to.equal(MANY);
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
  });

  it('an element removed before its turn never connects, and connects when it is put back', async () => {
    const els = stats(MANY);
    const gone = els[MANY - 1]!;
    const events: string[] = [];
    for (const type of ['sx-ready', 'sx-error']) gone.addEventListener(type, () => events.push(type));
    appendAll(els);
    expect(gone.shadowRoot).to.equal(null);
    gone.remove();
    await Promise.all(els.slice(0, -1).map((el) => el.ready));
    // One more turn for anything left over.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(gone.shadowRoot, 'never connected').to.equal(null);
    expect(events).to.deep.equal([]);
    document.body.append(gone);
    await gone.ready;
    expect(events).to.deep.equal(['sx-ready']);
    expect(textOf(gone)).to.contain(dataset.results[(MANY - 1) % dataset.results.length]!.label.zh);
  });

  it('print renders at once every element still waiting for its turn', async () => {
    const els = stats(MANY);
    appendAll(els);
    // The elements that connected at once render a moment later (microtasks), before any print can start.
    await els.filter((el) => el.shadowRoot).at(-1)!.updateComplete;
    expect(els[MANY - 1]!.shadowRoot).to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(els[MANY - 1]!).contentVisibility, 'nothing skipped on paper').to.equal('visible');
      const waiting = els.filter((el) => !el.hasUpdated);
      expect(waiting.map((el) => el.getAttribute('result')), 'rendered before the page is laid out for paper').to.deep.equal([]);
      expect(textOf(els[MANY - 1]!)).to.contain(dataset.results[(MANY - 1) % dataset.results.length]!.label.zh);
    } finally {
      await emulateMedia({ media: 'screen' });
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('a chart that waited for its turn still starts when the reader scrolls to it', async () => {
    const els: Element[] = stats(MANY);
    const gauge = document.createElement('sx-target-gauge') as Sx;
    gauge.setAttribute('indicator', 'gdp-growth');
    els.push(gauge);
    appendAll(els);
    expect(gauge.shadowRoot, 'the gauge waits for its turn').to.equal(null);
    await new Promise<void>((resolve) => {
      const check = () => (gauge.hasUpdated ? resolve() : setTimeout(check, 20));
      check();
    });
    expect(svgOf(gauge), 'far away: no chart yet').to.equal(null);
    gauge.scrollIntoView();
    await gauge.ready;
    expect(svgOf(gauge), 'drawn once near').to.not.equal(null);
  });
});

describe('content-visibility on a page of many elements', () => {
  afterEach(() => {
    document.body.replaceChildren();
    scrollTo(0, 0);
  });

  const gauge = () => {
    const el = document.createElement('sx-target-gauge') as Sx;
    el.setAttribute('indicator', 'gdp-growth');
    return el;
  };

  it('the browser may skip the inside of a far-off element that waited its turn, never of one near the viewport', async () => {
    const near = gauge();
    const els = stats(MANY);
    const far = gauge();
    appendAll([near, ...els, far]);
    await near.ready;
    await Promise.all([...els, far].map((el) => el.updateComplete));
    expect(svgOf(near)).to.not.equal(null);
    expect(getComputedStyle(near).contentVisibility, 'near: nothing skipped').to.equal('visible');
    expect(getComputedStyle(far).contentVisibility, 'far: may be skipped').to.equal('auto');
    // Skipped or not, its words are in the page: the reader's find and a screen reader reach them.
    expect(textOf(far)).to.contain('地区生产总值');
    far.scrollIntoView();
    await far.ready;
    expect(getComputedStyle(far).contentVisibility, 'come near: nothing skipped').to.equal('visible');
  });

  it('a site opts out with --sx-content-visibility: visible', async () => {
    document.body.style.setProperty('--sx-content-visibility', 'visible');
    try {
      const els = stats(MANY);
      appendAll(els);
      const last = els[MANY - 1]!;
      await last.updateComplete;
      expect(getComputedStyle(last).contentVisibility).to.equal('visible');
    } finally {
      document.body.style.removeProperty('--sx-content-visibility');
    }
  });

  it('an element alone on its page is never skipped', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '6000px';
    const far = gauge();
    appendAll([spacer, far]);
    await far.updateComplete;
    expect(getComputedStyle(far).contentVisibility).to.equal('visible');
  });
});
