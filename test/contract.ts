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
 *
 * The fuzz test below throws arbitrary values at every property the element's class declares (read from Lit's
 * `elementProperties`, so a new element is covered without listing anything). To pass it, a new element:
 * - extends `SxChartElement` and declares attribute properties with `@property()` (text) or
 *   `@property({ type: Boolean })`: numbers, undefined and null set by frameworks are then coerced for it, and
 *   objects are reported as `invalid-value` before `resolve` runs;
 * - reads numbers in `resolve` with `this.numberInput('name', { units })` and text with `this.textInput('name')`,
 *   compares ids with `keyword()` and quotes an editor's value in a message with `echo()` (src/chart/input.ts);
 * - if its chart picks records (`chartRecord`), lists the chart's items in `chartKeys` so the keyboard can pick
 *   them too (a focusable button then lies over the chart box: src/chart/keyboard.ts);
 * - validates its own `attribute: false` properties in `resolve` and returns `this.fail(code, message)`, never
 *   throws (an exception there is reported as `internal-error` and logged, which the test counts as a defect).
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import { dataset } from '../data/index.js';
import { parseCsv } from '../src/download/csv.js';
import type { DownloadFormat, SxErrorCode, SxErrorDetail } from '../src/events.js';

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
  /**
   * Whether the element offers pictures (PNG, SVG, square, portrait, landscape): default, when it draws a chart.
   * An element without a chart whose figures make a picture (`<sx-stat>`, `<sx-results-board>`) says `true`.
   */
  pictures?: boolean;
  /** Attributes of a valid element that shows text only (no chart), if the element also has such a state. */
  textOnly?: Record<string, string>;
  /** Whether the element's menu offers a long image (长图, `long-png` and `long-svg`): `<sx-report>`'s does. */
  longImage?: boolean;
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

/** A column of a phone's width (320 px by default) to mount an element in. */
export function column(width = 320): HTMLElement {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  document.body.append(div);
  return div;
}

/** The chart's texts that stick out of the chart's box (1 px tolerance), as "text: how far". */
export function textsOutside(el: Element): string[] {
  const svg = svgOf(el)!;
  const box = svg.getBoundingClientRect();
  return [...svg.querySelectorAll('text')].flatMap((text) => {
    const r = text.getBoundingClientRect();
    if (r.width === 0) return [];
    const out = Math.max(box.left - r.left, r.right - box.right, box.top - r.top, r.bottom - box.bottom);
    return out > 1 ? [`${text.textContent}: ${Math.round(out)} px`] : [];
  });
}
export const svgOf = (el: Element) => shadow(el).querySelector('[part=chart] svg');
export const textOf = (el: Element) => (shadow(el).textContent ?? '').replace(/\s+/g, ' ');
/** What a reader sees outside the data table (visible or not): the graphic and its words. */
export const outsideTable = (el: Element) =>
  [...shadow(el).querySelectorAll('figure > :not([part=table])')].map((n) => n.textContent ?? '').join(' ').replace(/\s+/g, ' ');
/** The data table's "数据说明 / About the data" notes. */
export const aboutNotes = (el: Element) => [...shadow(el).querySelectorAll('[part=table] tfoot td')].map((td) => td.textContent!.trim());
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** The public state every element exposes (SxChartElement's `ready` and `error`). */
export type Stateful = HTMLElement & {
  updateComplete: Promise<boolean>;
  ready: Promise<void>;
  error: SxErrorDetail | null;
};

/** Resolves when the element settles; fails the test, naming the element, if it never does. */
export async function settled(el: Element, what = 'settled'): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const never = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`<${el.localName}> never ${what}`)), 15000);
  });
  try {
    await Promise.race([(el as Stateful).updateComplete.then(() => (el as Stateful).ready), never]);
  } finally {
    clearTimeout(timer);
  }
}

interface DeclaredProperty {
  name: string;
  attribute: string | undefined;
  boolean: boolean;
}

/** Every property the element's class declares to Lit (not internal state), with the attribute it mirrors. */
export function declaredProperties(tag: string): DeclaredProperty[] {
  const ctor = customElements.get(tag) as unknown as {
    elementProperties: Map<PropertyKey, { state?: boolean; attribute?: boolean | string; type?: unknown }>;
  };
  return [...ctor.elementProperties]
    .filter(([name, o]) => typeof name === 'string' && !o.state)
    .map(([name, o]) => ({
      name: name as string,
      attribute: o.attribute === false ? undefined : typeof o.attribute === 'string' ? o.attribute : (name as string).toLowerCase(),
      boolean: o.type === Boolean,
    }));
}

type LoadHook = ((load: () => Promise<unknown>, element: Element) => Promise<unknown>) | undefined;

/** The base class that owns the `loadHook` test hook (SxChartElement), found from the element's class. */
export function hookOwner(tag: string): { loadHook: LoadHook } {
  for (let c = customElements.get(tag) as object | null; c; c = Object.getPrototypeOf(c) as object | null) {
    if (Object.prototype.hasOwnProperty.call(c, 'loadHook')) return c as { loadHook: LoadHook };
  }
  throw new Error(`<${tag}> has no loadHook: it must extend SxChartElement`);
}

/** Strings editors, frameworks and attackers send: markup, bidi controls, huge and odd numbers, odd case. */
const HOSTILE = [
  '<img src=x onerror="window.__sxPwned=1">',
  '"><script>window.__sxPwned=1</script>',
  '\u202Egdp-growth',
  'x'.repeat(100_000),
  '9'.repeat(400),
  '1e400',
  '-0',
  '５．２',
  '5.2%',
  ' 6 ',
  'NaN',
  'Infinity',
  'DARK',
  'Canvas',
  ' EN ',
  'zh-Hant',
  'water',
  'WATER',
  '',
  'toString',
  '__proto__',
  // A label cut mid-character by a CMS (half an emoji), and ECharts rich-text syntax (issue 22).
  '国家统计局\uD83D',
  '\uDE00NBS',
  '{a|NBS}{b|2025}',
  'CANVAS',
];

/** Strings with lone surrogates (a CMS that cuts text by length cuts emoji in half) among ordinary characters. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const cutString = fc
  .array(fc.oneof(fc.string({ maxLength: 6 }), loneSurrogate, fc.constant('😀')), { maxLength: 5 })
  .map((parts) => parts.join(''));

/**
 * Attribute names of framework templates (Vue, Alpine, Angular) that reach the element as written: the element
 * ignores them, keeps them, and renders from its own attributes (issue 22 §2).
 */
const FRAMEWORK_NAMES = ['@click', ':theme', ':indicator', '[lang]', '(sx-select)', 'x-on:click', 'v-bind:renderer', '#chart', '*ngif', '.prop', 'x-data'];
const frameworkAttribute = fc.record({ name: fc.constantFrom(...FRAMEWORK_NAMES), value: fc.oneof(fc.string({ maxLength: 8 }), cutString) });

/** Sets an attribute whose name the DOM's setAttribute may refuse, as the HTML parser would have set it. */
function setParsedAttribute(el: Element, name: string, value: string): void {
  const parsed = new DOMParser().parseFromString(`<b ${name}=""></b>`, 'text/html');
  const attr = el.ownerDocument.importNode(parsed.body.firstElementChild!.attributes[0]!, false);
  attr.value = value;
  el.setAttributeNode(attr);
}

const anyValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  cutString,
  fc.constantFrom(...HOSTILE),
  fc.double(),
  fc.integer(),
  fc.constantFrom(undefined, null, true, false, -0, Number.MAX_VALUE, 10n),
  fc.object({ maxDepth: 1 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constant(Object.create(null) as object),
  fc.constant(() => 1),
);

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
      // Chinese sets no space around its full-width punctuation (GRAPHICS.md §4): sentences run on after 。.
      expect(description.textContent!.trim()).to.not.match(/[，。：；、] | [，。：；、]/);
      expect(textOf(el)).to.contain(spec.expectText.zh);
      expect(shadow(el).querySelector('[part=source]')!.textContent).to.contain('2025年山西省政府工作报告');
      expect(shadow(el).querySelectorAll('[part=table] tbody tr').length).to.be.greaterThan(0);
      if (!charted) {
        expect(shadow(el).querySelector('[part=chart]'), 'no chart box of its own').to.equal(null);
        return;
      }
      expect(svgOf(el), 'an SVG chart').to.exist;
      // Hidden from assistive technology (the text says it all); when the chart picks records, the keyboard's
      // way to them is a focusable, named button over it (src/chart/keyboard.ts).
      expect(shadow(el).querySelector('[part=chart]')!.getAttribute('aria-hidden')).to.equal('true');
      const keys = shadow(el).querySelector('[part=chart-keys]');
      if (keys) {
        expect(keys.getAttribute('role')).to.equal('button');
        expect(keys.getAttribute('tabindex')).to.equal('0');
        expect(keys.getAttribute('aria-label')!.trim()).to.not.equal('');
      }
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

    downloadContract(spec);

    chartIt('draws with the canvas renderer too', async () => {
      const el = await mount(tag, { ...eager, renderer: 'canvas' });
      expect(shadow(el).querySelector('[part=chart] canvas')).to.exist;
      el.setAttribute('renderer', 'svg');
      await waitUntil(() => svgOf(el), 'back to SVG', { timeout: 3000 });
    });

    it('takes arbitrary values on every attribute and property: drawn, or one localized error, nothing else (fast-check)', async () => {
      const props = declaredProperties(tag);
      const change = fc.record({
        prop: fc.constantFrom(...props),
        asAttribute: fc.boolean(),
        value: anyValue,
      });
      const problems: string[] = [];
      const onError = (e: ErrorEvent | PromiseRejectionEvent) =>
        problems.push(String('reason' in e ? e.reason : (e.error ?? e.message)));
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      const warn = console.warn;
      const logError = console.error;
      console.warn = () => {};
      console.error = (...args: unknown[]) => problems.push(`console.error: ${args.map(String).join(' ')}`);
      const box = area();
      try {
        await fc.assert(
          fc.asyncProperty(fc.array(change, { maxLength: 3 }), fc.array(change, { maxLength: 2 }), fc.array(frameworkAttribute, { maxLength: 2 }), async (before, after, foreign) => {
            const el = make(tag, spec.attrs) as Stateful;
            for (const { name, value } of foreign) setParsedAttribute(el, name, value);
            let errors = 0;
            el.addEventListener('sx-error', () => errors++);
            const apply = (changes: typeof before) => {
              for (const { prop, asAttribute, value } of changes) {
                if (asAttribute && prop.attribute && typeof value === 'string') el.setAttribute(prop.attribute, value);
                else (el as unknown as Record<string, unknown>)[prop.name] = value;
              }
            };
            try {
              apply(before);
              box.append(el);
              await settled(el);
              expectDrawnOrOneError(el, errors, 1);
              const first = el.error;
              errors = 0;
              apply(after);
              await settled(el);
              // A new error fires once; the same error, still shown (perhaps in another language), does not fire
              // again; the same code with another message may be either.
              const now = el.error;
              const expected = !now ? 0 : now.code !== first?.code ? 1 : now.message === first.message ? 0 : 'at most 1';
              expectDrawnOrOneError(el, errors, expected);
              expect(shadow(el).querySelector('img, script, iframe, object, embed'), 'no markup from values').to.equal(null);
              expect((window as unknown as { __sxPwned?: number }).__sxPwned, 'nothing executed').to.equal(undefined);
              expect(problems, 'no exception, no logged error').to.deep.equal([]);
              for (const { name } of foreign) expect(el.hasAttribute(name), `${name} left in place`).to.equal(true);
            } finally {
              el.remove();
            }
          }),
          { seed: 20251130, numRuns: 40, endOnFailure: true, includeErrorInReport: true },
        );
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
        console.warn = warn;
        console.error = logError;
      }
    });

    it('ready and error can be read by a script that comes late; ready again after a move', async () => {
      const el = await mount(tag, eager) as unknown as Stateful;
      await el.ready;
      expect(el.error).to.equal(null);
      if (charted) expect(svgOf(el)).to.exist;
      el.remove();
      const again = el.ready;
      let resolved = false;
      void again.then(() => (resolved = true));
      await Promise.resolve();
      expect(resolved, 'a detached element is not ready').to.equal(false);
      area().append(el);
      await settled(el, 'became ready after the move');
      if (charted) expect(svgOf(el), 'drawn again once ready').to.exist;
    });

    chartIt('shows a quiet loading state while its chart code loads', async () => {
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      const owner = hookOwner(tag);
      owner.loadHook = (load) => held.then(load);
      try {
        const el = make(tag, eager) as Stateful;
        area().append(el);
        await el.updateComplete;
        const figure = shadow(el).querySelector('figure')!;
        const chart = shadow(el).querySelector('[part=chart]')!;
        expect(figure.getAttribute('aria-busy')).to.equal('true');
        expect(getComputedStyle(chart, '::before').content).to.contain('加载中');
        release();
        await settled(el, 'drew after the load');
        expect(figure.hasAttribute('aria-busy')).to.equal(false);
        expect(getComputedStyle(chart, '::before').content).to.equal('none');
      } finally {
        owner.loadHook = undefined;
      }
    });

    const failOnce = (what: 'chart' | 'renderer') => {
      let failures = 1;
      const fetchError = () => Promise.reject(new TypeError(`Failed to fetch dynamically imported module (${what})`));
      hookOwner(tag).loadHook = (load) =>
        what === 'chart'
          ? failures-- > 0
            ? fetchError()
            : load()
          : load().then((runtime) => {
              const real = runtime as { loadRenderer: (kind: string) => Promise<void> };
              return { ...real, loadRenderer: (kind: string) => (failures-- > 0 ? fetchError() : real.loadRenderer(kind)) };
            });
    };

    /** Mounts the element with a chart load that fails once; resolves when it shows the failure. */
    const failedOnce = async (what: 'chart' | 'renderer', attrs: Record<string, string>, parent = area()) => {
      failOnce(what);
      const el = make(tag, attrs) as Stateful;
      const failed = oneEvent(el, 'sx-error');
      parent.append(el);
      const event = await failed;
      expect(event.detail.code).to.equal('load-failed');
      await el.updateComplete;
      const alert = shadow(el).querySelector('[role=alert]')!;
      expect(alert.textContent, 'says the chart failed, not the data').to.match(/图表未能加载|chart could not be loaded/);
      expect(textOf(el), 'the figures stay as text').to.contain(attrs.lang === 'en' ? spec.expectText.en : spec.expectText.zh);
      expect(shadow(el).querySelector('[part=chart]'), 'no empty chart box').to.equal(null);
      return el;
    };

    const recovered = async (el: Stateful, how: () => void) => {
      const ready = oneEvent(el, 'sx-ready');
      how();
      await ready;
      expect(svgOf(el), 'drawn after recovering').to.exist;
      expect(shadow(el).querySelector('[role=alert]')).to.equal(null);
      expect(el.error).to.equal(null);
    };

    describe('in another document (a same-origin iframe)', () => {
      const problems: string[] = [];
      const onError = (e: ErrorEvent) => problems.push(String(e.error ?? e.message));
      let frame: HTMLIFrameElement;
      beforeEach(() => {
        problems.length = 0;
        frame = document.createElement('iframe');
        frame.style.cssText = 'width: 640px; height: 900px; border: 0';
        document.body.append(frame);
        window.addEventListener('error', onError);
        frame.contentWindow!.addEventListener('error', onError);
      });
      afterEach(() => window.removeEventListener('error', onError));

      /** Styled (the host's display and the figure's padding come from the element's own sheets) and drawn. */
      const works = async (el: Stateful, where: string) => {
        await settled(el, `ready ${where}`);
        const view = el.ownerDocument.defaultView!;
        expect(view.getComputedStyle(el).display, `styled ${where}`).to.equal('block');
        const figure = shadow(el).querySelector('figure')!;
        expect(view.getComputedStyle(figure).paddingTop, `styled ${where}`).to.not.equal('0px');
        expect(textOf(el)).to.contain(spec.expectText.zh);
        if (charted) expect(svgOf(el), `drawn ${where}`).to.exist;
        expect(problems, `no exception ${where}`).to.deep.equal([]);
      };

      it('moved into the iframe and back, it stays styled and drawn, and throws nothing', async () => {
        const el = (await mount(tag, eager)) as unknown as Stateful;
        frame.contentDocument!.body.append(el);
        await works(el, 'in the iframe');
        area().append(el);
        await works(el, 'moved back');
      });

      it('connected first in the iframe, it renders there', async () => {
        const el = make(tag, eager) as Stateful;
        frame.contentDocument!.body.append(el);
        await works(el, 'in the iframe');
      });

      it('in the iframe, it speaks the language that document switches to', async () => {
        const el = (await mount(tag, eager)) as unknown as Stateful;
        frame.contentDocument!.body.append(el);
        await works(el, 'in the iframe');
        frame.contentDocument!.documentElement.lang = 'en';
        await waitUntil(() => textOf(el).includes(spec.expectText.en), 'English after the iframe switched', { timeout: 5000 });
        frame.contentDocument!.documentElement.lang = 'zh';
        await waitUntil(() => textOf(el).includes(spec.expectText.zh), 'Chinese again', { timeout: 5000 });
      });
    });

    describe('recovers from a chunk that fails once (fault injection)', () => {
      const errors = console.error;
      beforeEach(() => (console.error = () => {}));
      afterEach(() => {
        console.error = errors;
        hookOwner(tag).loadHook = undefined;
      });

      chartIt('with its retry button, in both languages', async () => {
        const el = await failedOnce('chart', eager);
        const retry = shadow(el).querySelector<HTMLButtonElement>('[part=retry]')!;
        expect(retry.textContent!.trim()).to.equal('重试');
        await expect(el).to.be.accessible();
        await recovered(el, () => retry.click());
        const en = await failedOnce('chart', { ...eager, lang: 'en' });
        expect(shadow(en).querySelector('[part=retry]')!.textContent!.trim()).to.equal('Retry');
      });

      chartIt('when the browser goes back online', async () => {
        const el = await failedOnce('chart', eager);
        await recovered(el, () => window.dispatchEvent(new Event('online')));
      });

      chartIt('when re-inserted', async () => {
        const el = await failedOnce('chart', eager);
        await recovered(el, () => {
          el.remove();
          area().append(el);
        });
      });

      chartIt('when an attribute changes', async () => {
        const el = await failedOnce('chart', eager);
        await recovered(el, () => el.setAttribute('theme', 'dark'));
      });

      chartIt('when the renderer chunk failed, for this element and new ones', async () => {
        const el = await failedOnce('renderer', eager);
        const other = make(tag, eager);
        const otherReady = oneEvent(other, 'sx-ready');
        area().append(other);
        await otherReady;
        expect(svgOf(other), 'a new element is not broken by the earlier failure').to.exist;
        await recovered(el, () => (shadow(el).querySelector('[part=retry]') as HTMLButtonElement).click());
      });

      chartIt('when it comes near the viewport again', async () => {
        const page = area();
        const el = await failedOnce('chart', spec.attrs, page);
        const spacer = document.createElement('div');
        spacer.style.height = '5000px';
        page.after(spacer);
        // Scroll away, and wait until an observer with the page's margin has seen the element go (the shared
        // observer was created first, so it has been told by then).
        const gone = new Promise<void>((resolve) => {
          const probe = new IntersectionObserver(
            (entries) => {
              if (entries.some((e) => !e.isIntersecting)) {
                probe.disconnect();
                resolve();
              }
            },
            { rootMargin: '300px 0px' },
          );
          probe.observe(el);
        });
        window.scrollTo(0, 4000);
        await gone;
        await recovered(el, () => window.scrollTo(0, 0));
      });
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
          expect(event.detail.message, 'no space around full-width punctuation').to.not.match(/[，。：；、] | [，。：；、]/);
          await goodReady;
          if (charted) expect(svgOf(good)).to.exist;
          else expect(textOf(good)).to.contain(spec.expectText.zh);
          await expect(el).to.be.accessible();
          expect((el as Stateful).error, 'error is readable').to.deep.equal(event.detail);
          await (el as Stateful).ready;
          let again = 0;
          el.addEventListener('sx-error', () => again++);
          el.setAttribute('lang', 'en');
          await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
          expect(shadow(el).querySelector('[role=alert]')!.textContent).to.match(/[A-Za-z]{4}/);
          expect(again, 'the same error in another language does not fire again').to.equal(0);
          expect((el as Stateful).error!.message, 'error follows the language').to.match(/[A-Za-z]{4}/);
        } finally {
          console.warn = warn;
        }
        expect(warnings.length, 'one console warning per error').to.be.greaterThan(0);
      });
    }
  });
}

/** Drawn (a chart or text-only figure, no alert) or one visible, localized error; never a blank box. */
function expectDrawnOrOneError(el: Stateful, errors: number, expected: number | 'at most 1'): void {
  const root = shadow(el);
  const box = el.getBoundingClientRect();
  expect(box.height, 'not a blank box').to.be.greaterThan(20);
  expect(textOf(el).trim().length, 'says something').to.be.greaterThan(0);
  if (el.error) {
    expect(['load-failed', 'internal-error'], 'bad input is neither a failed load nor a fault of the element').to.not.include(el.error.code);
    const alert = root.querySelector('[role=alert]');
    expect(alert, 'a visible alert').to.exist;
    expect(alert!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(alert!.textContent).to.contain(el.error.message);
    if (expected === 'at most 1') expect(errors, 'sx-error fired once per new error').to.be.at.most(1);
    else expect(errors, 'sx-error fired once per new error').to.equal(expected);
  } else {
    expect(errors, 'no sx-error when drawn').to.equal(0);
    expect(root.querySelector('[role=alert]'), 'no alert when drawn').to.equal(null);
    expect(root.querySelector('figure'), 'a figure').to.exist;
    const chart = root.querySelector('[part=chart]');
    if (chart) expect(chart.querySelector('svg, canvas'), 'the chart is drawn').to.exist;
  }
}

/**
 * The downloads every element offers (src/download/), clicked through the menu as a reader does, with the
 * files the browser saved read back: CSV, JSON, PNG, SVG, share card, citation; and the text-only subset.
 */
export function downloadContract(spec: ContractSpec): void {
  const { tag } = spec;
  const eager = { ...spec.attrs, eager: '' };
  const short = tag.replace(/^sx-/, '');
  /** A text-only element offers CSV, JSON and the citation; one with a chart, the pictures too. */
  const pictures = spec.pictures ?? spec.chart !== false;
  const pictureIt = (title: string, test: () => Promise<void>) => (pictures ? it(title, test) : undefined);
  const LONG = spec.longImage ? ['长图（PNG，1080像素宽）', '长图（SVG 矢量图）'] : [];
  const TEXT_FORMATS = ['CSV 数据表', 'JSON 数据记录', ...LONG, '复制引用'];

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
      expect(menuLabels(el)).to.deep.equal(
        pictures
          ? [
              'CSV 数据表',
              'JSON 数据记录',
              'PNG 图片',
              'SVG 矢量图',
              '方图（PNG，1080×1080）',
              '竖图（PNG，1080×1350，微信、微博）',
              '横图（PNG，1200×675，链接预览）',
              ...LONG,
              '复制引用',
            ]
          : TEXT_FORMATS,
      );
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
      const notes = [...table.querySelectorAll('tfoot td')].map((c) => c.textContent);
      expect(rows.length - 1, 'a line a figure, then a line a note').to.equal(body.length + notes.length);
      expect(rows.slice(1 + body.length).map((r) => r.slice(0, 2))).to.deep.equal(notes.map((n) => ['数据说明', n]));
      body.forEach((cells, i) => {
        expect(rows[i + 1]!.slice(0, cells.length)).to.deep.equal(cells);
        const value = rows[i + 1]![headers.length]!;
        if (value !== '') expect(Number.isFinite(Number(value)), `row ${i + 1} value "${value}"`).to.equal(true);
      });
      expect(rows.slice(1).some((r) => r[headers.length] !== ''), 'some row carries a figure').to.equal(true);
    });

    it('JSON: the dataset records behind the element, exactly as the dataset has them, and the notes on them', async () => {
      const el = await mount(tag, eager);
      const { name, bytes } = await take(el, 'json');
      expect(name).to.match(new RegExp(`^shanxi-2025-${short}-[a-z0-9-]+\\.json$`));
      const json = JSON.parse(new TextDecoder().decode(bytes)) as { records: object[]; notes: string[] };
      expect(json.notes).to.deep.equal([...shadow(el).querySelectorAll('[part=table] tfoot td')].map((c) => c.textContent));
      const records = json.records;
      expect(records.length).to.be.greaterThan(0);
      const all = JSON.parse(JSON.stringify(Object.values(dataset).filter(Array.isArray).flat())) as object[];
      for (const record of records) expect(all, JSON.stringify(record).slice(0, 80)).to.deep.include(record);
    });

    pictureIt('PNG at 2×, 1080 px wide, and the share card 1080×1350, with the title drawn in', async () => {
      const el = await mount(tag, eager);
      const png = await take(el, 'png');
      expect(png.name).to.match(new RegExp(`^shanxi-2025-${short}-[a-z0-9-]+\\.png$`));
      const picture = await createImageBitmap(new Blob([png.bytes], { type: 'image/png' }));
      expect(picture.width).to.equal(1080);
      expect(picture.height).to.be.greaterThan(spec.chart === false ? 300 : 600);
      const share = await take(el, 'share');
      expect(share.name).to.match(/-share\.png$/);
      const card = await createImageBitmap(new Blob([share.bytes], { type: 'image/png' }));
      expect([card.width, card.height]).to.deep.equal([1080, 1350]);
    });

    pictureIt('the sizes platforms expect, exactly: square 1080×1080, portrait 1080×1350, landscape 1200×675', async () => {
      const el = await mount(tag, eager);
      const sizes = { square: [1080, 1080], portrait: [1080, 1350], landscape: [1200, 675] } as const;
      for (const [format, size] of Object.entries(sizes)) {
        const { name, bytes } = await take(el, format as DownloadFormat);
        expect(name).to.match(new RegExp(`^shanxi-2025-${short}-[a-z0-9-]+-${format}\\.png$`));
        const picture = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        expect([picture.width, picture.height], format).to.deep.equal(size);
      }
    });

    pictureIt('SVG: the chart as ECharts exported it, with the title, the words and the source line', async () => {
      const el = await mount(tag, eager);
      const { name, bytes } = await take(el, 'svg');
      expect(name).to.match(new RegExp(`^shanxi-2025-${short}-[a-z0-9-]+\\.svg$`));
      const doc = new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      const text = doc.documentElement.textContent ?? '';
      const title = shadow(el).querySelector('[part=title]')!.textContent!.trim();
      expect(text).to.contain(title);
      expect(text).to.contain('2025年山西省政府工作报告');
      expect(doc.querySelectorAll('svg svg').length, 'the chart nested inside').to.equal(spec.chart === false ? 0 : 1);
      // WeChat-safe: presentation attributes only, nothing outside the file, text stays text.
      expect(doc.querySelectorAll('style, script, foreignObject, [style], [class]').length).to.equal(0);
      for (const node of doc.querySelectorAll('*')) {
        for (const { name, value } of node.attributes) {
          expect(/^on/i.test(name), `<${node.localName} ${name}>`).to.equal(false);
          if (/href$/i.test(name)) expect(value, `<${node.localName} ${name}>`).to.match(/^#/);
          expect(value, `<${node.localName} ${name}>`).to.not.match(/url\(\s*(?!['"]?#)|javascript:/i);
        }
      }
      expect(doc.querySelectorAll('text').length).to.be.greaterThan(2);
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
      const quoted = [...text.matchAll(/^原文：“(.+)”$/gm)].map((m) => m[1]!);
      expect(quoted.length).to.be.greaterThan(0);
      for (const note of [...shadow(el).querySelectorAll('[part=table] tfoot td')]) expect(text).to.contain(`说明：${note.textContent}`);
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
        expect(menuLabels(el)).to.deep.equal(TEXT_FORMATS);
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
export async function take(el: Element, format: DownloadFormat): Promise<{ name: string; bytes: Uint8Array<ArrayBuffer> }> {
  const event = oneEvent(el, 'sx-download');
  // `share` (the portrait picture by its old name) is no longer in the menu; a script still asks for it.
  if (format === 'share') void (el as HTMLElement & { download(f: DownloadFormat): Promise<boolean> }).download(format);
  else await choose(el, format);
  const detail = (await event).detail as { format: string; filename: string };
  expect(detail.format).to.equal(format);
  const file = (await executeServerCommand('sx-downloads-take', { name: detail.filename })) as { base64?: string; files: string[] };
  expect(file.base64, `${detail.filename} saved (saw ${file.files.join(', ')})`).to.be.a('string');
  return { name: detail.filename, bytes: Uint8Array.from(atob(file.base64!), (c) => c.charCodeAt(0)) };
}

/** The fills of the chart's text and marks (a ring draws no text), as a fingerprint of its colours. */
function chartTextFills(el: Element): string {
  return [...(svgOf(el)?.querySelectorAll('text, path') ?? [])].map((t) => t.getAttribute('fill') ?? getComputedStyle(t).fill).join();
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
