/**
 * The contract every element passes: it renders text first and a chart second, is accessible, starts its chart
 * only near the viewport, disposes and re-creates, resizes, switches theme and language, reports bad input
 * inside itself, and never turns data into HTML. Each element's test file calls `elementContract` with its tag.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { dataset } from '../data/index.js';
import type { DownloadFormat, SxErrorCode } from '../src/events.js';
import { parseCsv } from '../src/download/csv.js';

export interface ContractSpec {
  tag: string;
  /** Attributes of a valid element that draws a chart. */
  attrs: Record<string, string>;
  /** Text a reader sees in zh and en with `attrs` (part of the title or summary). */
  expectText: { zh: string; en: string };
  /** Attribute sets that must fail, with the error code they report. */
  errors: { attrs: Record<string, string>; code: SxErrorCode; mentions: string }[];
  /** Attributes of a valid element that shows text only (no chart), if the element has such a state. */
  textOnly?: Record<string, string>;
}

const area = () => {
  const div = document.createElement('div');
  div.style.width = '600px';
  document.body.append(div);
  return div;
};

export function make(tag: string, attrs: Record<string, string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/** Appends an element and resolves when it fires sx-ready (the listener is attached before it can fire). */
export async function mount(
  tag: string,
  attrs: Record<string, string>,
  parent: HTMLElement = area(),
): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const el = make(tag, attrs) as HTMLElement & { updateComplete: Promise<boolean> };
  const ready = oneEvent(el, 'sx-ready');
  parent.append(el);
  await ready;
  return el;
}

export const shadow = (el: Element) => el.shadowRoot!;
export const svgOf = (el: Element) => shadow(el).querySelector('[part=chart] svg');
export const textOf = (el: Element) => (shadow(el).textContent ?? '').replace(/\s+/g, ' ');
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

export function elementContract(spec: ContractSpec): void {
  const { tag } = spec;
  const eager = { ...spec.attrs, eager: '' };

  describe(`<${tag}> contract`, () => {
    afterEach(() => {
      document.body.replaceChildren();
      document.documentElement.lang = '';
    });

    it('renders a figure with a name, a description, the figures as text, a table and a source line', async () => {
      const el = await mount(tag, eager);
      const figure = shadow(el).querySelector('figure')!;
      const title = shadow(el).getElementById(figure.getAttribute('aria-labelledby')!)!;
      expect(title.textContent!.trim()).to.not.equal('');
      const description = shadow(el).getElementById(figure.getAttribute('aria-describedby')!)!;
      expect(description.textContent!.trim().length).to.be.greaterThan(10);
      expect(textOf(el)).to.contain(spec.expectText.zh);
      expect(shadow(el).querySelector('[part=source]')!.textContent).to.contain('2025年山西省政府工作报告');
      expect(shadow(el).querySelectorAll('[part=table] tbody tr').length).to.be.greaterThan(0);
      expect(svgOf(el), 'an SVG chart').to.exist;
      expect(shadow(el).querySelector('[part=chart]')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('shows its text before any chart code runs, and reads in English with lang="en"', async () => {
      const el = make(tag, { ...spec.attrs, lang: 'en' });
      area().append(el);
      await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      expect(textOf(el)).to.contain(spec.expectText.en);
      expect(textOf(el)).to.contain('Shanxi Provincial Government Work Report');
    });

    it('is accessible under axe in light, dark and English, with the table open', async () => {
      const el = await mount(tag, eager);
      await expect(el).to.be.accessible();
      el.setAttribute('theme', 'dark');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      (shadow(el).querySelector('[part=toggle]') as HTMLButtonElement).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('the data toggle shows and hides the table and says so', async () => {
      const el = await mount(tag, eager);
      const toggle = shadow(el).querySelector('[part=toggle]') as HTMLButtonElement;
      const table = shadow(el).querySelector('[part=table]') as HTMLElement;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(table.getBoundingClientRect().height).to.be.lessThan(2);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(table.getBoundingClientRect().height).to.be.greaterThan(20);
    });

    it('starts no chart far off-screen, and starts it when scrolled near', async () => {
      const spacer = document.createElement('div');
      spacer.style.height = '4000px';
      document.body.append(spacer);
      const el = make(tag, spec.attrs);
      document.body.append(el);
      await frame();
      await frame();
      expect(textOf(el)).to.contain(spec.expectText.zh);
      expect(svgOf(el), 'no chart off-screen').to.not.exist;
      const ready = oneEvent(el, 'sx-ready');
      el.scrollIntoView();
      await ready;
      expect(svgOf(el)).to.exist;
      window.scrollTo(0, 0);
    });

    it('waits in a display:none container and draws when shown', async () => {
      const box = area();
      box.style.display = 'none';
      const el = make(tag, eager);
      box.append(el);
      await frame();
      await frame();
      expect(svgOf(el)).to.not.exist;
      const ready = oneEvent(el, 'sx-ready');
      box.style.display = 'block';
      await ready;
      expect(svgOf(el)!.getBoundingClientRect().width).to.be.greaterThan(100);
    });

    it('disposes on removal and draws again when re-appended, without warnings', async () => {
      const warnings: unknown[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await mount(tag, eager);
        const parent = el.parentElement!;
        el.remove();
        expect(svgOf(el), 'disposed').to.not.exist;
        const other = area();
        const ready = oneEvent(el, 'sx-ready');
        other.append(el);
        await ready;
        expect(svgOf(el)).to.exist;
        expect(parent.childElementCount).to.equal(0);
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.deep.equal([]);
    });

    it('follows its container when resized', async () => {
      const el = await mount(tag, eager);
      const box = el.parentElement!;
      const before = svgOf(el)!.getBoundingClientRect().width;
      box.style.width = '320px';
      const chart = shadow(el).querySelector('[part=chart]')!;
      await waitUntil(
        () => Math.abs(svgOf(el)!.getBoundingClientRect().width - chart.clientWidth) < 2 && chart.clientWidth < 320,
        'chart resized to its container',
        { timeout: 5000 },
      );
      expect(before).to.be.greaterThan(500);
    });

    it('switches theme on the same chart and language everywhere', async () => {
      const el = await mount(tag, eager);
      const svg = svgOf(el)!;
      const lightBg = getComputedStyle(el).backgroundColor;
      const lightFill = chartTextFills(el);
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      await waitUntil(() => chartTextFills(el) !== lightFill, 'chart text recoloured', { timeout: 3000 });
      expect(getComputedStyle(el).backgroundColor).to.not.equal(lightBg);
      expect(svgOf(el), 'same chart, not a new one').to.equal(svg);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(textOf(el)).to.contain(spec.expectText.en);
      expect(shadow(el).querySelector('figure')!.getAttribute('lang')).to.equal('en');
    });

    it('follows the reader\'s colour scheme, live, with theme="auto"', async () => {
      await emulateMedia({ colorScheme: 'light' });
      try {
        const el = await mount(tag, { ...eager, theme: 'auto' });
        const lightBg = getComputedStyle(el).backgroundColor;
        const lightFill = chartTextFills(el);
        await emulateMedia({ colorScheme: 'dark' });
        await waitUntil(() => chartTextFills(el) !== lightFill, 'chart recoloured for dark', { timeout: 5000 });
        expect(getComputedStyle(el).backgroundColor).to.not.equal(lightBg);
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('inherits the nearest lang, live', async () => {
      const box = area();
      box.setAttribute('lang', 'en');
      const el = await mount(tag, eager, box);
      expect(textOf(el)).to.contain(spec.expectText.en);
      box.setAttribute('lang', 'zh-CN');
      await waitUntil(() => textOf(el).includes(spec.expectText.zh), 'switched to zh', { timeout: 2000 });
    });

    it('draws with the canvas renderer too', async () => {
      const el = await mount(tag, { ...eager, renderer: 'canvas' });
      expect(shadow(el).querySelector('[part=chart] canvas')).to.exist;
      el.setAttribute('renderer', 'svg');
      await waitUntil(() => svgOf(el), 'back to SVG', { timeout: 3000 });
    });

    downloadContract(spec);

    for (const bad of spec.errors) {
      it(`reports ${bad.code} inside itself for ${JSON.stringify(bad.attrs)}, without harming its neighbours`, async () => {
        const box = area();
        const good = make(tag, eager);
        const goodReady = oneEvent(good, 'sx-ready');
        const el = make(tag, bad.attrs);
        const error = oneEvent(el, 'sx-error');
        const warn = console.warn;
        const warnings: unknown[] = [];
        console.warn = (...args: unknown[]) => warnings.push(args);
        try {
          box.append(el, good);
          const event = await error;
          expect(event.detail.code).to.equal(bad.code);
          const alert = shadow(el).querySelector('[role=alert]')!;
          expect(alert.textContent).to.contain(bad.mentions);
          expect(alert.textContent).to.contain(event.detail.message);
          await goodReady;
          expect(svgOf(good)).to.exist;
          await expect(el).to.be.accessible();
          el.setAttribute('lang', 'en');
          await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
          expect(shadow(el).querySelector('[role=alert]')!.textContent).to.match(/[A-Za-z]{4}/);
        } finally {
          console.warn = warn;
        }
        expect(warnings.length, 'one console warning per error').to.be.greaterThan(0);
      });
    }
  });
}

/**
 * The downloads every element offers (src/download/), clicked through the menu as a reader does, with the
 * files the browser saved read back: CSV, JSON, PNG, SVG, share card, citation; and the text-only subset.
 */
export function downloadContract(spec: ContractSpec): void {
  const { tag } = spec;
  const eager = { ...spec.attrs, eager: '' };
  const short = tag.replace(/^sx-/, '');

  describe(`<${tag}> downloads`, () => {
    before(async () => {
      await executeServerCommand('sx-downloads-start');
      await executeServerCommand('sx-grant-clipboard');
    });
    afterEach(() => document.body.replaceChildren());

    it('a "下载 / Download" disclosure beside the data toggle opens a menu of real buttons, closes on Escape', async () => {
      const el = await mount(tag, eager);
      const button = shadow(el).querySelector('[part=download]') as HTMLButtonElement;
      expect(button.textContent!.trim()).to.equal('下载');
      expect(button.parentElement).to.equal(shadow(el).querySelector('[part=toggle]')!.parentElement);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(menuLabels(el)).to.deep.equal(['CSV 数据表', 'JSON 数据记录', 'PNG 图片', 'SVG 矢量图', '分享卡片（PNG，1080像素宽）', '复制引用']);
      await expect(el).to.be.accessible();
      menuButtons(el)[0]!.focus();
      menuButtons(el)[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(shadow(el).activeElement).to.equal(button);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(button.textContent!.trim()).to.equal('Download');
    });

    it('fits a 320 px phone: the menu wraps inside the element', async () => {
      const box = document.createElement('div');
      box.style.width = '320px';
      document.body.append(box);
      const el = await mount(tag, { ...eager, lang: 'en' }, box);
      (shadow(el).querySelector('[part=download]') as HTMLButtonElement).click();
      await el.updateComplete;
      const right = el.getBoundingClientRect().right;
      for (const b of menuButtons(el)) expect(b.getBoundingClientRect().right).to.be.at.most(right + 0.5);
      expect(el.scrollWidth).to.be.at.most(320);
    });

    it('CSV: BOM, the table\'s headers and cells, and each figure in base units', async () => {
      const el = await mount(tag, eager);
      const { name, bytes } = await take(el, 'csv');
      expect(name).to.match(new RegExp(`^shanxi-2025-${short}-[a-z0-9-]+\\.csv$`));
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(new TextDecoder().decode(bytes));
      const table = shadow(el).querySelector('[part=table] table')!;
      const headers = [...table.querySelectorAll('thead th')].map((c) => c.textContent);
      expect(rows[0]!.slice(0, headers.length)).to.deep.equal(headers);
      expect(rows[0]!.slice(headers.length)).to.deep.equal(['数值（基本单位）', '单位', '原文写法', '限定词']);
      const body = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((tr) => [...tr.cells].map((c) => c.textContent));
      expect(rows.length - 1).to.equal(body.length);
      body.forEach((cells, i) => {
        expect(rows[i + 1]!.slice(0, cells.length)).to.deep.equal(cells);
        const value = rows[i + 1]![headers.length]!;
        if (value !== '') expect(Number.isFinite(Number(value)), `row ${i + 1} value "${value}"`).to.equal(true);
      });
      expect(rows.slice(1).some((r) => r[headers.length] !== ''), 'some row carries a figure').to.equal(true);
    });

    it('JSON: the dataset records behind the element, exactly as the dataset has them', async () => {
      const el = await mount(tag, eager);
      const { name, bytes } = await take(el, 'json');
      expect(name).to.match(new RegExp(`^shanxi-2025-${short}-[a-z0-9-]+\\.json$`));
      const records = JSON.parse(new TextDecoder().decode(bytes)) as object[];
      expect(records.length).to.be.greaterThan(0);
      const all = JSON.parse(JSON.stringify(Object.values(dataset).filter(Array.isArray).flat())) as object[];
      for (const record of records) expect(all, JSON.stringify(record).slice(0, 80)).to.deep.include(record);
    });

    it('PNG at 2× and the share card 1080 px wide, with the title drawn in', async () => {
      const el = await mount(tag, eager);
      const png = await take(el, 'png');
      expect(png.name).to.match(new RegExp(`^shanxi-2025-${short}-[a-z0-9-]+\\.png$`));
      const picture = await createImageBitmap(new Blob([png.bytes], { type: 'image/png' }));
      expect(picture.width).to.equal(1440);
      expect(picture.height).to.be.greaterThan(600);
      const share = await take(el, 'share');
      expect(share.name).to.match(/-share\.png$/);
      const card = await createImageBitmap(new Blob([share.bytes], { type: 'image/png' }));
      expect(card.width).to.equal(1080);
    });

    it('SVG: the chart as ECharts exported it, with the title, the words and the source line', async () => {
      const el = await mount(tag, eager);
      const { name, bytes } = await take(el, 'svg');
      expect(name).to.match(new RegExp(`^shanxi-2025-${short}-[a-z0-9-]+\\.svg$`));
      const doc = new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      const text = doc.documentElement.textContent ?? '';
      const title = shadow(el).querySelector('[part=title]')!.textContent!.trim();
      expect(text).to.contain(title);
      expect(text).to.contain('2025年山西省政府工作报告');
      expect(doc.querySelectorAll('svg svg').length, 'the chart nested inside').to.equal(1);
    });

    it('copies a citation: the figure, the source sentence verbatim, the report, its date and the publisher', async () => {
      const el = await mount(tag, eager);
      const event = oneEvent(el, 'sx-download');
      await choose(el, 'citation');
      expect((await event).detail).to.deep.equal({ format: 'citation' });
      const text = await navigator.clipboard.readText();
      const description = shadow(el).getElementById('description')!.textContent!.trim();
      expect(text).to.contain(description);
      expect(text).to.contain('原文：“');
      expect(text).to.contain('《2025年山西省政府工作报告》');
      expect(text).to.contain('2025年1月17日');
      expect(text).to.contain('《山西晚报》');
      const quoted = [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
      const report = await (await fetch(new URL('../data/source/shanxi-2025-government-work-report.txt', import.meta.url))).text();
      for (const q of quoted) expect(report, q).to.contain(q);
    });

    it('no-download hides the control; download() still works and a bad format is an sx-error, not a throw', async () => {
      const el = (await mount(tag, { ...eager, 'no-download': '' })) as HTMLElement & {
        download(f: string): Promise<boolean>;
        updateComplete: Promise<boolean>;
      };
      expect(shadow(el).querySelector('[part=download]')).to.equal(null);
      const ok = oneEvent(el, 'sx-download');
      expect(await el.download('json')).to.equal(true);
      expect((await ok).detail.format).to.equal('json');
      const error = oneEvent(el, 'sx-error');
      const errors = console.error;
      console.error = () => {};
      try {
        expect(await el.download('gif')).to.equal(false);
      } finally {
        console.error = errors;
      }
      expect((await error).detail.code).to.equal('download-failed');
      await el.updateComplete;
      expect(shadow(el).querySelector('[role=alert]')!.textContent).to.contain('无法生成');
    });

    if (spec.textOnly) {
      const textOnly = spec.textOnly;
      it('a text-only element offers CSV, JSON and the citation only', async () => {
        const el = await mount(tag, { ...textOnly, eager: '' });
        (shadow(el).querySelector('[part=download]') as HTMLButtonElement).click();
        await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
        expect(menuLabels(el)).to.deep.equal(['CSV 数据表', 'JSON 数据记录', '复制引用']);
        const { name } = await take(el, 'json');
        expect(name).to.match(/\.json$/);
      });
    }
  });
}

const menuButtons = (el: Element) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part=downloads] button')];
const menuLabels = (el: Element) => menuButtons(el).map((b) => b.textContent!.trim());

/** Opens the menu and clicks one format's button, as a reader does. */
async function choose(el: Element, format: DownloadFormat): Promise<void> {
  const host = el as HTMLElement & { updateComplete: Promise<boolean> };
  const toggle = shadow(el).querySelector('[part=download]') as HTMLButtonElement;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await host.updateComplete;
  const button = menuButtons(el).find((b) => b.dataset['format'] === format);
  expect(button, `a menu button for ${format}`).to.exist;
  button!.click();
}

/** Clicks a format and reads back the file the browser saved. */
async function take(el: Element, format: DownloadFormat): Promise<{ name: string; bytes: Uint8Array<ArrayBuffer> }> {
  const event = oneEvent(el, 'sx-download');
  await choose(el, format);
  const detail = (await event).detail as { format: string; filename: string };
  expect(detail.format).to.equal(format);
  const file = (await executeServerCommand('sx-downloads-take', { name: detail.filename })) as { base64?: string; files: string[] };
  expect(file.base64, `${detail.filename} saved (saw ${file.files.join(', ')})`).to.be.a('string');
  return { name: detail.filename, bytes: Uint8Array.from(atob(file.base64!), (c) => c.charCodeAt(0)) };
}

/** The fills of the chart's text, as a fingerprint of its colours. */
function chartTextFills(el: Element): string {
  return [...(svgOf(el)?.querySelectorAll('text') ?? [])].map((t) => t.getAttribute('fill') ?? getComputedStyle(t).fill).join();
}

/**
 * Clicks the chart the way a mouse does (down, up, click at one point; zrender reads mouse events in Chromium), scanning a grid of points until the
 * element fires `sx-select` or the grid is done. Returns the event, or undefined when nothing was selected.
 */
export async function tapChart(el: Element, steps = 24): Promise<CustomEvent | undefined> {
  const chart = shadow(el).querySelector('[part=chart]') as HTMLElement;
  const root = (svgOf(el)?.parentElement ?? chart.querySelector('canvas')?.parentElement ?? chart) as HTMLElement;
  const box = root.getBoundingClientRect();
  let selected: CustomEvent | undefined;
  const listener = (e: Event) => (selected ??= e as CustomEvent);
  el.addEventListener('sx-select', listener);
  try {
    for (let i = 1; i < steps && !selected; i++) {
      for (let j = 1; j < steps && !selected; j++) {
        const init = { bubbles: true, composed: true, clientX: box.left + (box.width * i) / steps, clientY: box.top + (box.height * j) / steps };
        root.dispatchEvent(new MouseEvent('mousedown', init));
        root.dispatchEvent(new MouseEvent('mouseup', init));
        root.dispatchEvent(new MouseEvent('click', init));
      }
    }
  } finally {
    el.removeEventListener('sx-select', listener);
  }
  return selected;
}
