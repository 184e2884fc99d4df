// <sx-report>'s long image (长图), as a reader takes it from the download menu: offered in both languages, the
// same picture the command line makes, WeChat-safe, and laid out so that every text is inside the picture's
// margin, none overlaps another and none is shortened with "…" (measured here, in the browser, with the fonts
// Chromium draws with).
import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../components/report/define.js';
import { LONG_MARGIN, LONG_MIN_TEXT, LONG_WIDTH } from '../components/report/report.long-picture.js';
import { mount, shadow } from './contract.js';

type Host = HTMLElement & { updateComplete: Promise<boolean>; download(format: string): Promise<boolean> };

/** Opens the menu and clicks the format's button, as a reader does; resolves to the saved file. */
async function take(el: Host, format: string): Promise<{ name: string; bytes: Uint8Array }> {
  const toggle = shadow(el).querySelector('[part=download]') as HTMLButtonElement;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await el.updateComplete;
  const button = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part=downloads] button')].find((b) => b.dataset['format'] === format);
  expect(button, `a menu button for ${format}`).to.exist;
  const event = oneEvent(el, 'sx-download');
  button!.click();
  const detail = (await event).detail as { format: string; filename: string };
  expect(detail.format).to.equal(format);
  const file = (await executeServerCommand('sx-downloads-take', { name: detail.filename })) as { base64?: string; files: string[] };
  expect(file.base64, `${detail.filename} saved (saw ${file.files.join(', ')})`).to.be.a('string');
  return { name: detail.filename, bytes: Uint8Array.from(atob(file.base64!), (c) => c.charCodeAt(0)) };
}

const svgText = (bytes: Uint8Array) => new TextDecoder().decode(bytes).replace(/^<\?xml[^>]*\?>\s*/, '');

/** The picture's own text (outside the charts), in order: what the layout wrote. */
function ownTexts(svg: string): string[] {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return [...doc.documentElement.querySelectorAll(':scope > g > text')].map((t) => t.textContent ?? '');
}

/** The charts' boxes and their text, in order. */
function charts(svg: string): { box: string; texts: string[] }[] {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return [...doc.documentElement.querySelectorAll(':scope > svg')].map((s) => ({
    box: ['x', 'y', 'width', 'height', 'viewBox'].map((a) => s.getAttribute(a)).join(' '),
    texts: [...s.querySelectorAll('text')].map((t) => t.textContent ?? ''),
  }));
}

/** The SVG in the page, at its own size, to measure. */
function place(svg: string): SVGSVGElement {
  const holder = document.createElement('div');
  holder.style.cssText = `position:absolute;left:0;top:0;width:${LONG_WIDTH}px`;
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  holder.append(document.importNode(doc.documentElement, true));
  document.body.append(holder);
  return holder.firstElementChild as SVGSVGElement;
}

describe('<sx-report> long image (长图)', function () {
  this.timeout(120_000);
  before(async () => {
    await executeServerCommand('sx-downloads-start');
  });
  afterEach(() => document.body.replaceChildren());

  it('is in the download menu in both languages, as PNG and SVG; elements that make none do not offer it', async () => {
    const el = (await mount('sx-report', { sections: 'targets' })) as Host;
    (shadow(el).querySelector('[part=download]') as HTMLButtonElement).click();
    await el.updateComplete;
    const labels = () => [...shadow(el).querySelectorAll('[part=downloads] button')].map((b) => b.textContent!.trim());
    expect(labels()).to.include.members(['长图（PNG，1080像素宽）', '长图（SVG 矢量图）']);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(labels()).to.include.members(['Long image (PNG, 1080 px wide)', 'Long image (SVG)']);
    const board = (await mount('sx-target-board', { eager: '' })) as Host;
    (shadow(board).querySelector('[part=download]') as HTMLButtonElement).click();
    await board.updateComplete;
    const boardLabels = [...shadow(board).querySelectorAll('[part=downloads] button')].map((b) => b.textContent!.trim());
    expect(boardLabels.some((l) => l.startsWith('长图'))).to.equal(false);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: the SVG is the command line's picture, WeChat-safe, every text in the margin, none overlapping or cut`, async () => {
      const el = (await mount('sx-report', { sections: 'results,targets,tasks,projects', lang })) as Host;
      const { name, bytes } = await take(el, 'long-svg');
      expect(name).to.match(/-long\.svg$/);
      const svg = svgText(bytes);
      // The same picture as `shanxi-report-charts image sx-report --format svg`: the same words in the same places,
      // the same charts in the same boxes with the same text (ECharts measures text with the browser's fonts
      // here and with an estimate on a server, so a chart's coordinates may differ by a few pixels).
      const cli = (await executeServerCommand('sx-long-image', { attributes: { lang } })) as string;
      expect(svg.slice(0, svg.indexOf('<svg x='))).to.equal(cli.slice(0, cli.indexOf('<svg x=')));
      expect(ownTexts(svg)).to.deep.equal(ownTexts(cli));
      const mine = charts(svg);
      const theirs = charts(cli);
      expect(mine.map((c) => c.box)).to.deep.equal(theirs.map((c) => c.box));
      // A long label wraps where each measures it (the browser with the reader's font, the server with an
      // estimate), so a line may break earlier or later: each chart says the same words in the same order (compared
      // without the spaces and breaks between lines, as Chinese has none).
      const words = (texts: readonly string[]) => texts.join('').replace(/\s+/g, '');
      expect(mine.map((c) => words(c.texts))).to.deep.equal(theirs.map((c) => words(c.texts)));

      // WeChat-safe: presentation attributes only.
      expect(svg).not.to.match(/<style|\sstyle=|\sclass=|<script|<foreignObject|\shref=/i);

      const root = place(svg);
      const frame = root.getBoundingClientRect();
      expect(frame.width).to.equal(LONG_WIDTH);
      const texts = [...root.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim());
      expect(texts.length).to.be.greaterThan(300);
      // Each text's em box: its width as drawn, and one em high around the middle of the font's box (a CJK font's
      // box, ascent and descent, is about 1.45 em: boxes of lines set at 1.35 would touch where no glyph does).
      const scale = (t: SVGTextElement) => (t.getScreenCTM()?.a ?? 1) / (root.getScreenCTM()?.a ?? 1);
      const sizeOf = (t: SVGTextElement) => parseFloat(getComputedStyle(t).fontSize) * scale(t);
      const boxes = texts.map((t) => {
        const r = t.getBoundingClientRect();
        const middle = (r.top + r.bottom) / 2 - frame.top;
        const em = Math.min(sizeOf(t), r.height);
        return { text: t.textContent!, left: r.left - frame.left, right: r.right - frame.left, top: middle - em / 2, bottom: middle + em / 2 };
      });
      const problems: string[] = [];
      for (const [i, b] of boxes.entries()) {
        if (/…|\.\.\./.test(b.text)) problems.push(`"${b.text}" is shortened`);
        const size = sizeOf(texts[i]!);
        if (size < LONG_MIN_TEXT - 0.01) problems.push(`"${b.text}" is ${size.toFixed(1)} px`);
        // Two pixels for a glyph that reaches past its advance (the side bearing of "w", "W").
        const m = LONG_MARGIN - 2;
        if (b.left < m || b.right > LONG_WIDTH - m || b.top < m || b.bottom > frame.height - m) {
          problems.push(`"${b.text}" leaves the margin: ${[b.left, b.right, b.top, b.bottom].map((v) => v.toFixed(0)).join(' ')}`);
        }
        for (const c of boxes.slice(i + 1)) {
          const w = Math.min(b.right, c.right) - Math.max(b.left, c.left);
          const h = Math.min(b.bottom, c.bottom) - Math.max(b.top, c.top);
          if (w > 1 && h > 1) problems.push(`"${b.text}" overlaps "${c.text}"`);
        }
      }
      expect(problems).to.deep.equal([]);
    });
  }

  it('the PNG is 1080 px wide', async () => {
    const el = (await mount('sx-report', { sections: 'targets', lang: 'en' })) as Host;
    const { name, bytes } = await take(el, 'long-png');
    expect(name).to.match(/-long\.png$/);
    expect([...bytes.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).to.equal('PNG');
    const view = new DataView(bytes.buffer);
    expect(view.getUint32(16)).to.equal(LONG_WIDTH);
    expect(view.getUint32(20)).to.be.greaterThan(1000);
  });
});
