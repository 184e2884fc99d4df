/**
 * A server-rendered article (test/ssr/article.html through `renderPage`, served by the test runner's ssr-pages
 * plugin) in Chromium: with JavaScript disabled (a sandboxed frame), under axe, and hydrated by
 * `shanxi-report-charts/hydrate.js`, then touched by a reader. This page loads no library code itself.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';

type Host = HTMLElement & { updateComplete: Promise<boolean> };

/** Loads a page in a 700 × 900 frame at the top left of this page, and resolves once it has loaded. */
async function frame(mode: 'none' | 'axe' | 'hydrate', sandbox?: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  iframe.style.cssText = 'position:absolute;left:0;top:0;width:700px;height:900px;border:0';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `/__ssr/${mode}.html`;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

const hosts = (doc: Document) => [...doc.querySelectorAll<Host>('sx-target-gauge, sx-project-list')];
/** The text a reader gets from an element's shadow root: no style sheets, no chart. */
const text = (el: Element) => {
  const walker = el.ownerDocument.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('style, svg')) out += n.textContent;
  }
  return out.replace(/\s+/g, ' ').trim();
};
const visible = (el: Element | null | undefined) => {
  const box = el?.getBoundingClientRect();
  return !!box && box.width > 0 && box.height > 0;
};
/** Everything the reader can see of each element, and where: to compare before and after hydration. */
const snapshot = (doc: Document) =>
  hosts(doc).map((el) => {
    const box = el.getBoundingClientRect();
    return { id: el.id, text: text(el), box: [box.x, box.y, box.width, box.height].map(Math.round).join(' ') };
  });
const chartScripts = (win: Window) =>
  win.performance.getEntriesByType('resource').filter((e) => /\/(echarts|zrender)\/|\.chart\.(ts|js)(\?|$)/.test(e.name));

describe('a server-rendered article', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows every figure, table and chart with JavaScript disabled', async () => {
    const doc = (await frame('none', 'allow-same-origin')).contentDocument!;
    const els = hosts(doc);
    expect(els.length).to.equal(8);
    for (const el of els) {
      expect(el.shadowRoot, `#${el.id} has its shadow root from the HTML`).to.exist;
      expect(customElements.get(el.localName), 'no element code here').to.be.undefined;
    }
    const byId = (id: string) => doc.getElementById(id)!.shadowRoot!;
    for (const id of ['gdp', 'static', 'outcome', 'health', 'jobs', 'all']) {
      const root = byId(id);
      expect(visible(root.querySelector('[part=title]')), `#${id} title`).to.be.true;
      const svg = root.querySelector('[part=chart] > svg[data-sx-static]');
      expect(visible(svg), `#${id} chart SVG`).to.be.true;
      expect(svg!.querySelectorAll('text, path').length, `#${id} chart drawn`).to.be.greaterThan(3);
      expect(root.querySelectorAll('[part=table] tbody tr').length, `#${id} table`).to.be.greaterThan(0);
      expect(visible(root.querySelector('[part=source]')), `#${id} source`).to.be.true;
    }
    expect(text(doc.getElementById('gdp')!)).to.contain('地区生产总值').and.contain('5%');
    expect(text(doc.getElementById('outcome')!)).to.contain('6%以上').and.contain('5.1%');
    expect(text(doc.getElementById('jobs')!)).to.contain('450,000');
    expect(text(doc.getElementById('statement')!)).to.contain('进出口总额').and.contain('力争保持正增长');
    expect(byId('statement').querySelector('[part=chart]')).to.equal(null);
    expect(byId('bad').querySelector('[role=alert]')!.textContent).to.contain('gdp');
    expect(chartScripts(doc.defaultView!)).to.have.length(0);
  });

  it('passes axe with no library code running', async () => {
    const win = (await frame('axe')).contentWindow! as Window & {
      axe: { run(context: Document): Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> };
    };
    const { violations } = await win.axe.run(win.document);
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).to.deep.equal([]);
  });

  it('hydrates without errors, duplicates or shifts, keeps the static charts, and goes live when touched', async () => {
    const before = snapshot((await frame('none', 'allow-same-origin')).contentDocument!);
    document.body.replaceChildren();
    const iframe = await frame('hydrate');
    const win = iframe.contentWindow! as Window & { __errors: string[]; __shifts: number };
    const doc = iframe.contentDocument!;
    await win.customElements.whenDefined('sx-target-gauge');
    await win.customElements.whenDefined('sx-project-list');
    for (const el of hosts(doc)) await el.updateComplete;

    expect(win.__errors).to.deep.equal([]);
    expect(snapshot(doc), 'the same text in the same boxes').to.deep.equal(before);
    for (const el of hosts(doc)) {
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('figure, [role=alert]').length, `#${el.id}: one figure`).to.equal(1);
      expect(root.querySelectorAll('table').length, `#${el.id}: one table`).to.be.at.most(1);
      expect(root.querySelectorAll('[part=chart] > svg, [part=chart] > div').length, `#${el.id}: one chart`).to.be.at.most(1);
    }
    expect(win.__shifts, 'cumulative layout shift').to.equal(0);
    expect(chartScripts(win).map((e) => e.name), 'an untouched page loads no chart code').to.deep.equal([]);

    const gdp = doc.getElementById('gdp') as Host;
    // A `static` element keeps its picture when the reader hovers it...
    const hover = async (el: Element) => {
      const box = el.getBoundingClientRect();
      const at = iframe.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(at.x + box.x + box.width / 2), Math.round(at.y + box.y + box.height / 2)] });
    };
    const fixed = doc.getElementById('static')!;
    await hover(fixed);
    // ...and another one swaps in the live chart, in the same box.
    const chartBox = gdp.shadowRoot!.querySelector('[part=chart]')!.getBoundingClientRect();
    const live = oneEvent(gdp, 'sx-ready');
    await hover(gdp);
    await live;
    const chart = gdp.shadowRoot!.querySelector('[part=chart]')!;
    expect(chart.querySelector('svg[data-sx-static]'), 'the static picture is gone').to.equal(null);
    expect(chart.querySelectorAll('svg').length, 'one live SVG').to.equal(1);
    expect(chart.querySelector('div > svg')!.textContent, 'the live gauge draws its scale').to.contain('8%');
    expect(chart.getBoundingClientRect().toJSON()).to.deep.equal(chartBox.toJSON());
    expect(chartScripts(win).length, 'ECharts loaded now').to.be.greaterThan(0);
    expect(fixed.shadowRoot!.querySelector('[part=chart] > svg[data-sx-static]'), '`static` kept its picture').to.exist;
    expect(win.__errors).to.deep.equal([]);
    expect(win.__shifts, 'no shift when the live chart came in').to.equal(0);

    // The table toggle works after hydration (its listener is bound).
    const toggle = gdp.shadowRoot!.querySelector<HTMLButtonElement>('[part=toggle]')!;
    toggle.click();
    await gdp.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(gdp.shadowRoot!.querySelectorAll('table').length).to.equal(1);
  });
});
