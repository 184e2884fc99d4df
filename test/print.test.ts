/**
 * Print (src/chart/print.ts, src/chart/print.styles.ts): what `beforeprint` and `@media print` do to an
 * element. scripts/test-print.mjs prints the whole demo page to PDF and reads the PDF back.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../components/target-gauge/define.js';
import '../components/project-list/define.js';
import { make, mount, shadow, svgOf } from './contract.js';

const fills = (el: Element) => [...(svgOf(el)?.querySelectorAll('text') ?? [])].map((t) => t.getAttribute('fill')).join();
const box = (width: number) => {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  document.body.append(div);
  return div;
};

describe('print', () => {
  afterEach(async () => {
    window.dispatchEvent(new Event('afterprint'));
    document.body.replaceChildren();
    await emulateMedia({ media: 'screen' });
  });

  it('theme="dark" prints with the light palette, and is dark again after', async () => {
    const light = await mount('sx-target-gauge', { indicator: 'gdp-growth', eager: '' });
    const dark = await mount('sx-target-gauge', { indicator: 'gdp-growth', eager: '', theme: 'dark' });
    const darkFills = fills(dark);
    expect(darkFills).to.not.equal(fills(light));
    window.dispatchEvent(new Event('beforeprint'));
    // At once, inside the event: the browser lays the pages out right after it.
    expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(fills(dark)).to.equal(fills(light));
    window.dispatchEvent(new Event('afterprint'));
    await waitUntil(() => fills(dark) === darkFills, 'dark again', { timeout: 5000 });
    expect(getComputedStyle(dark).backgroundColor).to.not.equal('rgb(255, 255, 255)');
  });

  it('starts a chart the reader never scrolled to', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    document.body.append(spacer);
    const el = make('sx-project-list', {});
    document.body.append(el);
    await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(svgOf(el), 'not started off-screen').to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    await waitUntil(() => svgOf(el), 'drawn for print', { timeout: 10000 });
  });

  it('draws a wide chart at most A4\'s width, scalable, and at its own width again after', async () => {
    const el = await mount('sx-project-list', { eager: '' }, box(1200));
    expect(Number(svgOf(el)!.getAttribute('width'))).to.be.greaterThan(1000);
    window.dispatchEvent(new Event('beforeprint'));
    const svg = svgOf(el)!;
    expect(Number(svg.getAttribute('width'))).to.be.at.most(680);
    expect(svg.getAttribute('viewBox')).to.equal(`0 0 ${svg.getAttribute('width')} ${svg.getAttribute('height')}`);
    window.dispatchEvent(new Event('afterprint'));
    await waitUntil(() => Number(svgOf(el)!.getAttribute('width')) > 1000, 'full width again', { timeout: 5000 });
    expect(svgOf(el)!.hasAttribute('viewBox')).to.equal(false);
  });

  it('in print media: the data table open, no buttons, nothing cut across pages', async () => {
    const el = await mount('sx-target-gauge', { indicator: 'urban-jobs', eager: '' });
    await emulateMedia({ media: 'print' });
    const root = shadow(el);
    expect(root.querySelector('[part=table]')!.getBoundingClientRect().height).to.be.greaterThan(20);
    expect(root.querySelector('[part=table]')!.textContent).to.contain('45万人');
    for (const button of root.querySelectorAll('button')) expect(getComputedStyle(button).display).to.equal('none');
    expect(getComputedStyle(el).breakInside).to.equal('avoid');
  });
});
