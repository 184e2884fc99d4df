/**
 * theme="auto" and the host page's colour scheme (src/chart/host-scheme.ts): the `color-scheme` the element
 * inherits (a site's `.dark` class on <html> or on any ancestor) comes before the reader's preference, live,
 * on the same chart.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../components/target-gauge/define.js';
import '../components/results-board/define.js';
import '../components/report/define.js';
import { mount, shadow, svgOf, type Stateful } from './contract.js';

const WHITE = 'rgb(255, 255, 255)';
const fills = (el: Element) => [...(svgOf(el)?.querySelectorAll('text') ?? [])].map((t) => t.getAttribute('fill')).join();
const bg = (el: Element) => getComputedStyle(el).backgroundColor;
const attrs = { indicator: 'fixed-asset-investment', eager: '', theme: 'auto' };

describe('theme="auto" follows the host page', () => {
  const style = document.createElement('style');
  before(() => {
    // What a site writes: a class that declares the scheme.
    style.textContent = 'html.dark, .dark { color-scheme: dark; } html.light, .light { color-scheme: light; }';
    document.head.append(style);
  });
  after(() => style.remove());
  afterEach(async () => {
    document.documentElement.classList.remove('dark', 'light');
    document.body.replaceChildren();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('a site toggling a dark class on <html> restyles the element and its chart, live, without a new chart', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await mount('sx-target-gauge', attrs);
    const svg = svgOf(el);
    const lightFills = fills(el);
    expect(bg(el)).to.equal(WHITE);
    document.documentElement.classList.add('dark');
    await waitUntil(() => bg(el) !== WHITE && fills(el) !== lightFills, 'dark with the site', { timeout: 5000 });
    expect(svgOf(el), 'the same chart').to.equal(svg);
    document.documentElement.classList.remove('dark');
    await waitUntil(() => bg(el) === WHITE && fills(el) === lightFills, 'light again', { timeout: 5000 });
  });

  it('the site\'s declared scheme comes before the reader\'s preference', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    document.documentElement.classList.add('light');
    const el = await mount('sx-target-gauge', attrs);
    expect(bg(el), 'the site says light').to.equal(WHITE);
    document.documentElement.classList.remove('light');
    await waitUntil(() => bg(el) !== WHITE, 'nothing declared: the reader prefers dark', { timeout: 5000 });
  });

  it('moved into a same-origin iframe (a CMS preview), it follows that document\'s scheme', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 640px; height: 700px; border: 0';
    document.body.append(frame);
    // Another element stays on the page, which keeps following the page's own document.
    await mount('sx-target-gauge', attrs);
    const el = await mount('sx-target-gauge', attrs);
    const view = frame.contentWindow!;
    frame.contentDocument!.body.append(el);
    const bgThere = () => view.getComputedStyle(el).backgroundColor;
    // Drawn again in the iframe, and settled: from here only the document's own change can restyle it.
    await (el as unknown as { ready: Promise<void> }).ready;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(bgThere()).to.equal(WHITE);
    frame.contentDocument!.documentElement.style.colorScheme = 'dark';
    await waitUntil(() => bgThere() !== WHITE, 'dark with the iframe\'s document', { timeout: 5000 });
  });

  it('theme="Auto", in any case, follows the site as theme="auto" does', async () => {
    await emulateMedia({ colorScheme: 'light' });
    document.documentElement.classList.add('dark');
    const el = await mount('sx-target-gauge', { ...attrs, theme: 'Auto' });
    await waitUntil(() => bg(el) !== WHITE, 'dark with the site', { timeout: 5000 });
    document.documentElement.classList.remove('dark');
    await waitUntil(() => bg(el) === WHITE, 'light again', { timeout: 5000 });
  });

  it('follows a scheme declared on any ancestor, not only <html>', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const section = document.createElement('section');
    document.body.append(section);
    const el = await mount('sx-target-gauge', attrs, section);
    expect(bg(el)).to.equal(WHITE);
    section.className = 'dark';
    await waitUntil(() => bg(el) !== WHITE, 'dark with its section', { timeout: 5000 });
  });

  it('a board and a report follow the site both ways, and so do the charts they compose', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const board = await mount('sx-results-board', { topic: 'innovation', eager: '', theme: 'auto' });
    const report = await mount('sx-report', { sections: 'targets', eager: '', theme: 'auto' });
    const nested = [
      shadow(board).querySelector<Stateful>('sx-metric-bars')!,
      shadow(report).querySelector<Stateful>('sx-target-board')!,
    ];
    await Promise.all(nested.map((el) => el.ready));
    const lightFills = nested.map(fills);
    for (const el of [board, report, ...nested]) expect(bg(el), el.localName).to.equal(WHITE);
    expect(lightFills.every((f) => f !== ''), 'charts with text').to.be.true;
    // What the reader sees of each composed chart: its box and the colour of the chart's words.
    const look = () => nested.map((el) => `${bg(el)} ${fills(el)}`);
    const lightLook = look();
    document.documentElement.classList.add('dark');
    await waitUntil(() => bg(board) !== WHITE && bg(report) !== WHITE, 'the board and report turn dark', { timeout: 5000 });
    await waitUntil(
      () => nested.every((el, i) => bg(el) !== WHITE && fills(el) !== lightFills[i]),
      'the composed charts turn dark with them',
      { timeout: 5000 },
    );
    document.documentElement.classList.remove('dark');
    await waitUntil(() => look().join() === lightLook.join(), 'all light again, charts included', { timeout: 5000 });
    for (const el of [board, report]) expect(bg(el), el.localName).to.equal(WHITE);
  });

  it('light stays the default: an element without theme ignores the site\'s dark class', async () => {
    document.documentElement.classList.add('dark');
    const el = await mount('sx-target-gauge', { indicator: 'gdp-growth', eager: '' });
    expect(el.getAttribute('theme')).to.equal('light');
    expect(bg(el)).to.equal(WHITE);
  });
});
