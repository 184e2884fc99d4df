/**
 * The second hardening round (issue 22): what a hostile audit found the elements doing with odd but legitimate
 * input. Each test names the item it covers.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../components/report/define.js';
import '../components/results-board/define.js';
import { mount, shadow, type Stateful } from './contract.js';

const inside = (el: Element, tag: string) => [...shadow(el).querySelectorAll<Stateful>(tag)];
const canvasOf = (el: Element) => shadow(el).querySelector('[part=chart] canvas');

describe('issue 22', () => {
  afterEach(() => document.body.replaceChildren());

  describe('§7 enumerated values compare case-insensitively everywhere', () => {
    it('<sx-report renderer="CANVAS"> draws its sections with canvas, as the gauge does', async () => {
      const report = await mount('sx-report', { sections: 'targets', renderer: 'CANVAS', eager: '' });
      const [board] = inside(report, 'sx-target-board');
      await board!.ready;
      expect(canvasOf(board!), 'the section draws on a canvas').to.exist;
      expect(shadow(board!).querySelector('[part=chart] svg')).to.equal(null);
    });

    it('<sx-results-board renderer=" Canvas "> draws its bars with canvas', async () => {
      const board = await mount('sx-results-board', { topic: 'innovation', renderer: ' Canvas ', eager: '' });
      const bars = inside(board, 'sx-metric-bars');
      expect(bars).to.have.length(2);
      await Promise.all(bars.map((b) => b.ready));
      for (const b of bars) expect(canvasOf(b), b.getAttribute('set') ?? '').to.exist;
    });

    it('<sx-report theme="DARK"> hands the dark scheme to its sections, and an unknown theme hands nothing', async () => {
      const report = await mount('sx-report', { sections: 'targets', theme: 'DARK' });
      const [board] = inside(report, 'sx-target-board');
      await waitUntil(() => getComputedStyle(board!).backgroundColor !== 'rgb(255, 255, 255)', 'a dark section', { timeout: 5000 });
      expect(board!.getAttribute('theme')).to.equal('dark');
      report.setAttribute('theme', 'innovation');
      await waitUntil(() => getComputedStyle(board!).backgroundColor === 'rgb(255, 255, 255)', 'the light default', { timeout: 5000 });
      expect(board!.getAttribute('theme') ?? 'light').to.equal('light');
    });
  });
});
