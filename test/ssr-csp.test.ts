/**
 * All nine elements server-rendered by `renderPage` with its default options (test/ssr/all.html, served by the
 * test runner's ssr-pages plugin with `Content-Security-Policy: default-src 'self'; script-src 'self';
 * style-src 'self'`): styled and drawn with JavaScript off, in a phone's column and a desktop's, with no chart
 * text under 11 px and none cut; and hydrated with JavaScript on without a single CSP violation.
 */
import { expect } from '@open-wc/testing';

const TAGS = [
  'sx-target-gauge',
  'sx-project-list',
  'sx-target-board',
  'sx-task-map',
  'sx-stat',
  'sx-metric-bars',
  'sx-share-ring',
  'sx-results-board',
  'sx-report',
];
/** The elements that draw a chart of their own (the boards and the report draw theirs with inner elements). */
const CHARTED = ['sx-target-gauge', 'sx-project-list', 'sx-target-board', 'sx-task-map', 'sx-metric-bars', 'sx-share-ring'];

/** Loads a page in a frame `width` px wide at the top left of this page, and resolves once it has loaded. */
async function frame(path: string, width: number, sandbox?: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  iframe.style.cssText = `position:absolute;left:0;top:0;width:${width}px;height:900px;border:0`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = path;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/** Every shadow root in the document, nested ones included, with the tag of its host. */
function shadowRoots(root: Document | ShadowRoot, out: ShadowRoot[] = []): ShadowRoot[] {
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      out.push(el.shadowRoot);
      shadowRoots(el.shadowRoot, out);
    }
  }
  return out;
}

/** The server's pictures (`.chart > svg[data-sx-static]`) in every shadow root, with their host's tag. */
const pictures = (doc: Document) =>
  shadowRoots(doc).flatMap((root) =>
    [...root.querySelectorAll<SVGSVGElement>('.chart > svg[data-sx-static]')].map((svg) => ({ svg, tag: (root.host as Element).localName })),
  );

/** The drawings of a picture the reader sees (display not none). */
const shown = (svg: SVGSVGElement) =>
  [...svg.children].filter((c): c is SVGSVGElement => c.localName === 'svg' && getComputedStyle(c).display !== 'none');

describe('a server-rendered page of all nine elements under a strict CSP', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows every element styled, with its chart, with JavaScript off', async () => {
    const doc = (await frame('/__ssr/all.html', 1280, 'allow-same-origin')).contentDocument!;
    const win = doc.defaultView!;
    for (const tag of TAGS) {
      const el = doc.querySelector(tag)!;
      expect(el.shadowRoot, `<${tag}> has its shadow root from the HTML`).to.exist;
      expect(win.customElements.get(tag), 'no element code here').to.be.undefined;
      // The element's stylesheet applied: :host is a block with the theme's background; the title is styled.
      expect(win.getComputedStyle(el).display, `<${tag}> display`).to.equal('block');
      expect(win.getComputedStyle(el).backgroundColor, `<${tag}> background`).to.equal('rgb(255, 255, 255)');
      const link = el.shadowRoot!.querySelector('link[rel=stylesheet]') as HTMLLinkElement;
      expect(link.sheet, `<${tag}>'s stylesheet loaded`).to.exist;
      expect(el.shadowRoot!.querySelector('[part=title]'), `<${tag}> title`).to.exist;
    }
    for (const tag of CHARTED) {
      const root = doc.querySelector(tag)!.shadowRoot!;
      const chart = root.querySelector<HTMLElement>('[part=chart]')!;
      const svg = chart.querySelector<SVGSVGElement>(':scope > svg[data-sx-static]')!;
      expect(svg, `<${tag}> has its server-drawn chart`).to.exist;
      // The chart box has the height the server drew for (the stylesheet's --_chart-height), not the SVG's default.
      expect(Math.round(chart.getBoundingClientRect().height), `<${tag}> chart box height`).to.equal(Number(svg.dataset.height));
      const drawings = shown(svg);
      expect(drawings.length, `<${tag}>: one drawing shown`).to.equal(1);
      // (The fewest marks: a share ring's two arcs, with no words on it.)
      expect(drawings[0].querySelectorAll('text, path').length, `<${tag}>: chart drawn`).to.be.at.least(2);
    }
    // The boards and the report, with the charts of the elements inside them.
    const inner = pictures(doc).filter(({ svg }) => svg.getBoundingClientRect().height > 0);
    for (const tag of ['sx-results-board', 'sx-report']) {
      const own = shadowRoots(doc.querySelector(tag)!.shadowRoot!).filter((r) => r.querySelector('.chart > svg[data-sx-static]'));
      expect(own.length, `${tag}: inner charts`).to.be.greaterThan(0);
    }
    expect(inner.length).to.be.greaterThan(CHARTED.length);
    // Nothing the policy blocks is in the page: no inline style anywhere, no <style> element.
    const everything = [doc, ...shadowRoots(doc)];
    expect(everything.flatMap((r) => [...r.querySelectorAll('[style], style')]).length, 'inline styles').to.equal(0);
  });

  for (const [lang, width] of ['zh', 'en'].flatMap((l) => [320, 360, 680, 1280].map((w) => [l, w] as const))) {
    it(`draws no chart text under 11 px and cuts none in a ${width} px column (${lang}), with JavaScript off`, async () => {
      const doc = (await frame(lang === 'en' ? '/__ssr/all-en.html' : '/__ssr/all.html', width, 'allow-same-origin')).contentDocument!;
      const problems: string[] = [];
      let texts = 0;
      for (const { svg, tag } of pictures(doc)) {
        const box = svg.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue; // a part the element hides (a closed section)
        const drawings = shown(svg);
        if (drawings.length !== 1) {
          problems.push(`<${tag}>: ${drawings.length} drawings shown`);
          continue;
        }
        const drawing = drawings[0];
        const [, , vw, vh] = drawing.getAttribute('viewBox')!.split(' ').map(Number);
        const ctm = drawing.getScreenCTM()!;
        // The drawn area: the viewBox, fitted into the box (xMidYMid meet).
        const area = { left: ctm.e, top: ctm.f, right: ctm.e + vw * ctm.a, bottom: ctm.f + vh * ctm.d };
        for (const text of drawing.querySelectorAll('text')) {
          if (!text.textContent!.trim()) continue;
          texts++;
          const m = text.getScreenCTM()!;
          const px = parseFloat(text.getAttribute('font-size') ?? '12') * Math.hypot(m.a, m.b);
          const label = `<${tag}> drawn at ${drawing.dataset.width}: "${text.textContent}"`;
          if (px < 10.99) problems.push(`${label} is ${px.toFixed(1)} px`);
          const t = text.getBoundingClientRect();
          if (t.left < area.left - 1 || t.right > area.right + 1 || t.top < area.top - 1 || t.bottom > area.bottom + 1) {
            problems.push(`${label} is cut (${Math.round(t.left)}–${Math.round(t.right)} in ${Math.round(area.left)}–${Math.round(area.right)})`);
          }
        }
      }
      expect(texts, 'chart texts checked').to.be.greaterThan(50);
      expect(problems).to.deep.equal([]);
    });
  }

  it('hydrates with JavaScript on and logs no CSP violation', async () => {
    const iframe = await frame('/__ssr/all-hydrate.html', 1280);
    const win = iframe.contentWindow! as Window & { __violations: string[]; __errors: string[] };
    const doc = iframe.contentDocument!;
    for (const tag of TAGS) await win.customElements.whenDefined(tag);
    for (const tag of TAGS) await (doc.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    for (const tag of TAGS) {
      const el = doc.querySelector(tag)!;
      expect(el.shadowRoot!.querySelectorAll('figure, [role=alert]').length, `<${tag}>: one figure, hydrated`).to.equal(1);
      expect(win.getComputedStyle(el).display).to.equal('block');
    }
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    // Every server picture fits its box, from a phone's to this 1280 px column: nobody touched a chart, so no
    // chart code was loaded.
    const chartCode = win.performance.getEntriesByType('resource').filter((e) => /\/(echarts|zrender)\/|\.chart\.(ts|js)(\?|$)/.test(e.name));
    expect(chartCode.map((e) => e.name)).to.deep.equal([]);
  });
});
