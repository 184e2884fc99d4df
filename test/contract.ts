/**
 * The contract every element passes: it renders text first and a chart second, is accessible, starts its chart
 * only near the viewport, disposes and re-creates, resizes, switches theme and language, reports bad input
 * inside itself, and never turns data into HTML. Each element's test file calls `elementContract` with its tag.
 *
 * Not every element draws a chart: `<sx-stat>` is a number card, and an element that composes others (a board, a
 * report) draws its charts inside them. Such an element passes the same contract with `chart: false`: text,
 * table, source, axe, errors, lang, theme and re-append are asserted just the same, the tests that only a chart
 * can pass (an SVG inside, lazy start near the viewport, display:none, resize, canvas) are left out, and instead
 * it must have no chart box of its own.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { SxErrorCode } from '../src/events.js';

export interface ContractSpec {
  tag: string;
  /** Attributes of a valid element that draws a chart. */
  attrs: Record<string, string>;
  /** Text a reader sees in zh and en with `attrs` (part of the title or summary). */
  expectText: { zh: string; en: string };
  /** Attribute sets that must fail, with the error code they report. */
  errors: { attrs: Record<string, string>; code: SxErrorCode; mentions: string }[];
  /**
   * Whether the element draws a chart of its own (default true). `false` for text-only elements and for those
   * that compose other elements: they get the contract minus the chart-specific tests, and must have no
   * `[part=chart]` box.
   */
  chart?: boolean;
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
  const charted = spec.chart !== false;
  /** A test only an element with a chart of its own can pass. */
  const chartIt = (title: string, test: () => Promise<void>) => (charted ? it(title, test) : undefined);

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
      if (!charted) {
        expect(shadow(el).querySelector('[part=chart]'), 'no chart box of its own').to.equal(null);
        return;
      }
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

    chartIt('starts no chart far off-screen, and starts it when scrolled near', async () => {
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

    chartIt('waits in a display:none container and draws when shown', async () => {
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
        if (charted) {
          const ready = oneEvent(el, 'sx-ready');
          other.append(el);
          await ready;
          expect(svgOf(el)).to.exist;
        } else {
          other.append(el);
          await el.updateComplete;
          expect(textOf(el)).to.contain(spec.expectText.zh);
        }
        expect(parent.childElementCount).to.equal(0);
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.deep.equal([]);
    });

    chartIt('follows its container when resized', async () => {
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
      const svg = svgOf(el);
      const lightBg = getComputedStyle(el).backgroundColor;
      const lightFill = chartTextFills(el);
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      if (charted) await waitUntil(() => chartTextFills(el) !== lightFill, 'chart text recoloured', { timeout: 3000 });
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
        if (charted) await waitUntil(() => chartTextFills(el) !== lightFill, 'chart recoloured for dark', { timeout: 5000 });
        await waitUntil(() => getComputedStyle(el).backgroundColor !== lightBg, 'background follows the scheme', { timeout: 5000 });
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

    chartIt('draws with the canvas renderer too', async () => {
      const el = await mount(tag, { ...eager, renderer: 'canvas' });
      expect(shadow(el).querySelector('[part=chart] canvas')).to.exist;
      el.setAttribute('renderer', 'svg');
      await waitUntil(() => svgOf(el), 'back to SVG', { timeout: 3000 });
    });

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
          if (charted) expect(svgOf(good)).to.exist;
          else expect(textOf(good)).to.contain(spec.expectText.zh);
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
