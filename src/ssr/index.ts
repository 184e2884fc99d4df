/**
 * shanxi-report-charts/ssr (Node ≥ 20): every element rendered on the server, as the browser would render it,
 * into a declarative shadow root (Lit's server renderer runs the element's own `willUpdate` and `render`), with
 * its chart drawn as a static SVG by ECharts' server-side renderer from the element's own option. Readable with
 * no JavaScript; `shanxi-report-charts/hydrate.js` on the page makes it interactive when the reader reaches for it.
 *
 * Generic: it renders whatever `define.js` registers (every class that extends SxFigureElement), no list here.
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { collectResult, type ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../define-all.js';
import type { ChartRuntime } from '../chart/echarts-controller.js';
import type { EChartsCoreOption } from '../chart/runtime.js';
import { SxChartElement, type ChartContext, type Resolution, type Theme } from '../chart/sx-chart-element.js';
import { SxFigureElement } from '../chart/sx-figure-element.js';
import { themeOf } from '../chart/input.js';
import { statesOf } from '../chart/states.js';
import { echartsTheme } from '../chart/echarts-theme.js';
import { DARK_PALETTE, DEFAULT_PALETTE, paletteKey, type Palette } from '../chart/theme.js';
import type { Lang } from '../i18n/index.js';
import { renderSvg, type ServerChart } from './picture-svg.js';
import { presentationSvg } from '../chart/svg-attributes.js';
import { measureLikeReaders } from './measure.js';
import { spliceElements } from './page.js';

// Every chart this process draws (pages and pictures) wraps its labels for the widest font a reader may have.
measureLikeReaders();

export interface RenderOptions {
  /**
   * The widths, in CSS pixels, to draw each chart at. ECharts needs a size on the server and cannot measure the
   * reader's column, so every chart is drawn at each of these widths and the browser shows the one for the
   * column it lands in (container queries in the element's stylesheet): the widest drawing no wider than the
   * column, the narrowest below that. Default {@link DEFAULT_WIDTHS}: safe from a 320 px phone to a wide column.
   * Widths other than the default need a stylesheet written for them: {@link serverStylesheet}.
   * `renderPage` also takes a function, `(tag, attributes) => widths`.
   */
  widths?: readonly number[] | ((tag: string, attributes: Readonly<Record<string, string>>) => readonly number[] | undefined);
  /**
   * One width to draw each chart at, instead of `widths`: the SVG then scales to the column by its viewBox, its
   * text with it. `renderPage` also takes a function, `(tag, attributes) => width`.
   */
  width?: number | ((tag: string, attributes: Readonly<Record<string, string>>) => number | undefined);
  /**
   * The chart's height in CSS pixels; default: the element's own default (`--sx-chart-height`). Set it when the
   * page sets `--sx-chart-height`. `renderPage` also takes a function, as for `width`.
   */
  height?: number | ((tag: string, attributes: Readonly<Record<string, string>>) => number | undefined);
  /**
   * For elements with no `theme` attribute. `auto` draws the light scheme on the server; a reader who prefers
   * dark gets the live chart redrawn in dark once the page's script runs.
   */
  theme?: Theme;
  /** For elements that neither carry `lang` nor sit inside an element that does. Default: the element's (zh). */
  lang?: Lang;
  /**
   * Where each shadow root's styles come from. Default: a `<link rel="stylesheet">` to `<folder><tag>.css`,
   * the files of the package's `dist/ssr/` folder, which the site serves from its own origin, so that a
   * `style-src 'self'` policy allows them. A string is that folder's URL (default
   * {@link DEFAULT_STYLESHEETS}); a function returns each tag's stylesheet URL. `false` writes the styles
   * inline, in a `<style>` element per shadow root (blocked by a strict policy unless it carries `nonce`).
   */
  stylesheets?: string | ((tag: string) => string) | false;
  /** A CSP nonce, written on every `<style>` and `<link>` element the renderer writes. */
  nonce?: string;
  /** Where to say that something was left as it was (an unknown `sx-` tag); default `console.warn`. */
  warn?: (message: string) => void;
}

/** Attribute values as an editor writes them; `true` is a boolean attribute, `false`/null/undefined leave it off. */
export type Attributes = Record<string, string | number | boolean | null | undefined>;

/** @deprecated Charts are drawn at {@link DEFAULT_WIDTHS} unless `width` names one; this was the one width before. */
export const DEFAULT_WIDTH = 640;
/**
 * The widths every chart is drawn at by default, measured from the chart boxes the elements have: 240 (a chart
 * inside a board or the report on a 320 px phone), 296 (a 320 px phone: its chart box is 299 px inside the
 * figure's padding, and the elements lay their labels out for 296 and up) and 360 (larger phones), 480 (a tablet, a
 * board's chart on a desktop) and 680 (a desktop article column; wider boxes show it at its size, centred). Each drawing is shown
 * from its width up to the next one's, so its text is never scaled below the size ECharts drew it at, except in
 * a box narrower than the first.
 */
export const DEFAULT_WIDTHS: readonly number[] = [240, 296, 360, 480, 680];
/** Where the browser finds `dist/ssr/<tag>.css` by default: the folder a site serves them from. */
export const DEFAULT_STYLESHEETS = '/shanxi-report-charts/';

type SxClass = typeof SxFigureElement<unknown>;

/** The chart element class registered under `tag`, if any. */
export function elementClass(tag: string): SxClass | undefined {
  const ctor = customElements.get(tag.toLowerCase());
  return ctor && ctor.prototype instanceof SxFigureElement ? (ctor as unknown as SxClass) : undefined;
}

/**
 * One element, rendered: `<tag …attributes><template shadowrootmode="open">…</template></tag>`. Bad attributes
 * render the element's own error state, as in the browser. An unknown tag is the caller's mistake: a RangeError.
 */
export async function renderElement(tag: string, attributes: Attributes = {}, options: RenderOptions = {}): Promise<string> {
  const { start, shadow, end } = await renderParts(tag, attributes, options);
  return `${start}${shadow}${end}`;
}

/**
 * An HTML page or fragment with every registered chart element filled in with its declarative shadow root.
 * Everything else is left byte for byte as it was; an element already rendered is left alone.
 */
export async function renderPage(html: string, options: RenderOptions = {}): Promise<string> {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  return spliceElements(html, {
    known: (tag) => !!elementClass(tag),
    unknown: (tag) => warn(`shanxi-report-charts/ssr: <${tag}> is not an element of this library; left as it was.`),
    render: async (tag, attributes, inheritedLang) => {
      const { own, kept } = frameworkAttributes(attributes);
      const lang = own.lang === undefined ? (inheritedLang ?? options.lang) : undefined;
      const { start, shadow } = await renderParts(tag, own, { ...options, lang });
      return withAttributes(start, kept) + shadow;
    },
  });
}

/** Where an element's styles are read: its chart box's width, the custom states it has, what it sets on itself. */
export interface ChartHeightContext {
  /**
   * The chart box's width in CSS pixels, for styles that change the height with the element's width (container
   * queries on the host); undefined: none of them applies.
   */
  width?: number | undefined;
  /** The element's custom states (`:host(:state(…))`), as its own code sets them. */
  states?: ReadonlySet<string> | undefined;
  /** Custom properties the element sets on itself, which a `calc()` height may use. */
  vars?: Readonly<Record<string, string>> | undefined;
}

/**
 * The chart height an element's styles give (`--_chart-height: var(--sx-chart-height, 220px)`, or a `calc()` of
 * pixels and custom properties the element sets on itself, given in `vars`), or 260. A rule inside a container
 * query (`@container (min-width: 560px)`, on the host) counts when the element is that wide for a chart box of
 * `width`; a rule for a custom state (`:host(:state(x)) .chart`) when the element has that state. A value set on
 * the chart box wins over the host's, which the box inherits; later wins among equals, as in the cascade.
 */
export function chartHeight(ctor: SxClass, context: ChartHeightContext | Readonly<Record<string, string>> = {}): number {
  const { width, states, vars = {} } = isContext(context) ? context : { vars: context };
  const host = width === undefined ? undefined : hostWidth(width);
  let onHost: number | undefined;
  let onChart: number | undefined;
  for (const style of ctor.elementStyles ?? []) {
    const text = 'cssText' in style ? String(style.cssText) : '';
    for (const m of text.matchAll(/--_chart-height:\s*var\(--sx-chart-height,\s*/g)) {
      const rule = enclosing(text, m.index);
      const selector = rule[rule.length - 1] ?? '';
      if (!rule.slice(0, -1).every((at) => containerApplies(at, host))) continue;
      const stateNames = [...selector.matchAll(/:state\(([\w-]+)\)/g)].map((s) => s[1]!);
      if (!stateNames.every((name) => states?.has(name))) continue;
      const value = cssPixels(balanced(text, m.index + m[0].length), vars);
      if (value === undefined) continue;
      if (/\.chart\b/.test(selector)) onChart = value;
      else if (/^:host\b/.test(selector)) onHost = value;
    }
  }
  return onChart ?? onHost ?? 260;
}

function isContext(c: ChartHeightContext | Readonly<Record<string, string>>): c is ChartHeightContext {
  return ['width', 'states', 'vars'].some((key) => key in c) && !Object.keys(c).some((key) => key.startsWith('--'));
}

/**
 * The element's own width (its container's, for the container queries in its styles) when its chart box is
 * `chart` wide: the box is the figure's content, and the figure's padding (src/chart/styles.ts) is
 * `clamp(8px, 3.3%, 16px)` a side of the element's width.
 */
function hostWidth(chart: number): number {
  if (chart + 16 <= 8 / 0.033) return chart + 16;
  if (chart + 32 >= 16 / 0.033) return chart + 32;
  return chart / (1 - 2 * 0.033);
}

/** The preludes of the blocks open at `index` in `text` (outermost first): at-rules, then the rule's selector. */
function enclosing(text: string, index: number): string[] {
  const stack: string[] = [];
  let from = 0;
  for (let i = 0; i < index; i++) {
    const c = text[i];
    if (c === '{') {
      stack.push(text.slice(from, i).replace(/\/\*[\s\S]*?\*\//g, '').trim());
      from = i + 1;
    } else if (c === '}') {
      stack.pop();
      from = i + 1;
    } else if (c === ';') from = i + 1;
  }
  return stack;
}

/** Whether an at-rule holds at a host `width` (undefined: a width-free reading, where no size query holds). */
function containerApplies(prelude: string, width: number | undefined): boolean {
  if (!prelude.startsWith('@')) return true;
  if (!prelude.startsWith('@container')) return false;
  const min = /\(\s*min-width:\s*([\d.]+)px\s*\)/.exec(prelude);
  const max = /\(\s*max-width:\s*([\d.]+)px\s*\)/.exec(prelude);
  if (width === undefined || (!min && !max)) return false;
  return (!min || width >= Number(min[1])) && (!max || width <= Number(max[1]));
}

/** The text from `start` up to the parenthesis that closes the one open before it. */
function balanced(text: string, start: number): string {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth-- === 0) return text.slice(start, i);
  }
  return '';
}

/** A length in px from `12px`, or `calc()` of px, numbers, + − × ÷ and `var(--x, fallback)`; else undefined. */
function cssPixels(expression: string, vars: Readonly<Record<string, string>>): number | undefined {
  let text = expression.trim();
  for (let guard = 0; guard < 10 && text.includes('var('); guard++) {
    text = text.replace(/var\((--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (_, name: string, fallback?: string) => vars[name] ?? fallback ?? '');
  }
  const tokens = text.replace(/^calc/, '').replace(/px/g, '').match(/\d+(?:\.\d+)?|[-+*/()]|\S/g) ?? [];
  let i = 0;
  const atom = (): number => {
    const t = tokens[i++];
    if (t === '(') {
      const v = sum();
      i++;
      return v;
    }
    if (t === '-') return -atom();
    return /^\d/.test(t ?? '') ? Number(t) : NaN;
  };
  const product = (): number => {
    let v = atom();
    while (tokens[i] === '*' || tokens[i] === '/') v = tokens[i++] === '*' ? v * atom() : v / atom();
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (tokens[i] === '+' || tokens[i] === '-') v = tokens[i++] === '+' ? v + product() : v - product();
    return v;
  };
  const value = sum();
  return i === tokens.length && Number.isFinite(value) && value > 0 ? value : undefined;
}

const ATTRIBUTE_NAME = /^[a-z_:][-a-z0-9_.:]*$/i;
const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A page's attributes split into the element's own and a framework's (`@click`, `[prop]`, `(event)`, `#ref`,
 * `*ngIf`: Vue, Alpine and Angular templates pass through static-site pipelines with them): the element renders
 * from its own, and keeps the others as written, never failing the page for them.
 */
function frameworkAttributes(attributes: Record<string, string>): { own: Record<string, string>; kept: [string, string][] } {
  const entries = Object.entries(attributes);
  return {
    own: Object.fromEntries(entries.filter(([name]) => ATTRIBUTE_NAME.test(name))),
    kept: entries.filter(([name]) => !ATTRIBUTE_NAME.test(name)),
  };
}

/**
 * A rendered start tag with attributes added before its `>`. The names come from the HTML parser, which ends a
 * name at whitespace, `/`, `>` and `=`: written back, each parses as the same attribute.
 */
function withAttributes(start: string, attributes: readonly [string, string][]): string {
  const written = attributes
    .filter(([name]) => !/[\s/>=]/.test(name))
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return written ? `${start.slice(0, -1)}${written}>` : start;
}

/** The attributes as the element's renderer takes them: names checked, booleans as empty strings. */
export function attributeMap(attributes: Attributes): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const [key, value] of Object.entries(attributes)) {
    if (!ATTRIBUTE_NAME.test(key)) throw new RangeError(`shanxi-report-charts/ssr: "${key}" is not an attribute name.`);
    if (value === false || value === null || value === undefined) continue;
    attrs.set(key.toLowerCase(), value === true ? '' : String(value));
  }
  return attrs;
}

/** The element class for a tag, or a RangeError naming the mistake. */
export function requireClass(tag: string): SxClass {
  const ctor = elementClass(tag);
  if (!ctor) throw new RangeError(`shanxi-report-charts/ssr: <${tag}> is not an element of this library.`);
  return ctor;
}

async function renderParts(
  tag: string,
  attributes: Attributes,
  options: RenderOptions,
): Promise<{ start: string; shadow: string; end: string }> {
  const name = tag.toLowerCase();
  requireClass(name);
  const attrs = attributeMap(attributes);
  // What the server decided for the element is written on it, so the browser decides the same and the hydrated
  // text matches (hydration adopts the server's text without comparing it).
  if (options.lang && !attrs.has('lang')) attrs.set('lang', options.lang);
  if (options.theme && !attrs.has('theme')) attrs.set('theme', options.theme);
  const markup = `<${name}${[...attrs].map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('')}></${name}>`;
  const pick = <T>(v: T | ((tag: string, attributes: Record<string, string>) => T | undefined)) =>
    typeof v === 'function' ? (v as (t: string, a: Record<string, string>) => T | undefined)(name, Object.fromEntries(attrs)) : v;
  // Numbers, whatever a caller's function returned: they are written into the picture's markup.
  const one = pick(options.width);
  const widths = (one !== undefined ? [one] : (pick(options.widths) ?? DEFAULT_WIDTHS)).map(Number);
  const picked = pick(options.height);
  const height = picked === undefined ? undefined : Number(picked);
  if (height !== undefined && !(height > 0 && height <= 10_000)) throw new RangeError(`shanxi-report-charts/ssr: height ${height} is not a height.`);
  for (const width of widths) {
    if (!(width > 0 && width <= 10_000)) throw new RangeError(`shanxi-report-charts/ssr: width ${width} is not a width.`);
  }
  if (!widths.length) throw new RangeError('shanxi-report-charts/ssr: no width to draw the charts at.');
  const sorted = [...new Set(widths)].sort((x, y) => x - y);
  const renderer = rendererWith({ widths: sorted, height }, styleOptions(options, sorted));
  const result = render(staticHtml`${unsafeStatic(markup)}`, { elementRenderers: [renderer, LitElementRenderer] });
  const out = (await collectResult(result))
    .replace(/^<!--lit-part[^>]*-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^<([a-z][a-z0-9._-]*)\s+/, (_, tagName: string) => `<${tagName} `);
  const open = out.indexOf('>') + 1;
  const close = out.lastIndexOf(`</${name}>`);
  return { start: out.slice(0, open), shadow: out.slice(open, close), end: out.slice(close) };
}

/** Lit's element renderer, drawing a chart element's static picture before its shadow root is rendered. */
function rendererWith(size: Size, styles: StyleOptions): typeof LitElementRenderer {
  return class SxElementRenderer extends LitElementRenderer {
    static override matchesClass(ctor: typeof HTMLElement): boolean {
      return ctor.prototype instanceof SxFigureElement;
    }

    private broken = false;
    /** Custom properties the element sets on itself (`this.style.setProperty`), which its chart height may use. */
    private readonly vars: Record<string, string> = {};

    constructor(tagName: string) {
      super(tagName);
      // The DOM shim has no `style`: give the element one that records what it sets, written nowhere (an inline
      // style would be blocked by a strict CSP); the chart is drawn at the height it implies.
      const vars = this.vars;
      const style = { setProperty: (name: string, value: string) => void (vars[name] = String(value)), removeProperty: (name: string) => void delete vars[name] };
      if (this.element && !('style' in this.element)) Object.defineProperty(this.element, 'style', { value: style, configurable: true });
    }

    // An element whose code needs a browser (a DOM call in willUpdate) is left for the browser to render,
    // with a warning, rather than failing the whole page.
    override connectedCallback(): void {
      try {
        super.connectedCallback();
      } catch (error) {
        this.broken = true;
        console.warn(`shanxi-report-charts/ssr: <${this.tagName}> cannot render on the server; left for the browser:`, error);
      }
    }

    override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult | undefined {
      if (this.broken) return undefined;
      const element = this.element as unknown as SxFigureElement<unknown>;
      return [
        async () => {
          await drawStatic(element, size, this.vars);
          return shadowStyles(super.renderShadow(renderInfo) ?? [], element.localName, styles);
        },
      ];
    }
  };
}

/**
 * The element's own members the server renderer uses: protected (for subclasses), read here so that no
 * server-only code ships in the browser's base class. What the browser would do once the chart is needed.
 */
export interface ChartSide {
  resolution: Resolution<unknown> | undefined;
  currentLang: Lang;
  heading(model: unknown, lang: Lang): string;
  describe(model: unknown, lang: Lang): string;
  hasChart(model: unknown): boolean;
  chartOption(model: unknown, context: ChartContext, options: unknown): EChartsCoreOption;
  loadChart(): Promise<ChartRuntime>;
}

/**
 * The colours a server draws an element in: dark for `theme="dark"` (any case, as the element's own CSS reads it);
 * `auto` draws light: the server cannot know the reader's scheme (the browser redraws when it differs).
 */
export function paletteOf(element: SxFigureElement<unknown>): Palette {
  return themeOf(element.theme) === 'dark' ? DARK_PALETTE : DEFAULT_PALETTE;
}

interface Size {
  widths: readonly number[];
  height?: number;
}

interface StyleOptions {
  href: ((tag: string) => string) | undefined;
  nonce: string | undefined;
  widths: readonly number[];
}

function styleOptions(options: RenderOptions, widths: readonly number[]): StyleOptions {
  const s = options.stylesheets ?? DEFAULT_STYLESHEETS;
  const href = s === false ? undefined : typeof s === 'function' ? s : (tag: string) => `${s}${tag}.css`;
  // (inline: the same stylesheet, for the widths drawn)
  return { href, nonce: options.nonce, widths };
}

/**
 * Lit's shadow root starts with a `<style>` of the element's styles: a link to the element's stylesheet instead
 * (allowed by `style-src 'self'`), or the same `<style>` carrying the nonce.
 */
function shadowStyles(parts: ThunkedRenderResult, tag: string, { href, nonce, widths }: StyleOptions): ThunkedRenderResult {
  const end = parts[0] === '<style>' ? parts.indexOf('</style>') : -1;
  if (end < 0) return parts;
  const n = nonce === undefined ? '' : ` nonce="${escapeAttribute(nonce)}"`;
  if (!href) return [`<style${n}>`, serverStylesheet(tag, { widths }), ...parts.slice(end)];
  return [`<link rel="stylesheet" href="${escapeAttribute(href(tag))}"${n}>`, ...parts.slice(end + 1)];
}

/**
 * The stylesheet of one element's server-rendered shadow root (what `dist/ssr/<tag>.css` holds, for the default
 * widths): the element's own styles; the chart box as tall as the server drew it (the element may size its box
 * from properties it sets on itself in the browser); and the container queries that show the drawing made for
 * the chart's column. For widths other than the default, write each tag's file with this and serve it.
 */
export function serverStylesheet(tag: string, { widths = DEFAULT_WIDTHS }: { widths?: readonly number[] } = {}): string {
  const ctor = requireClass(tag);
  const own = (ctor.elementStyles ?? []).map((style) => ('cssText' in style ? String(style.cssText) : '')).join('\n');
  const sorted = [...new Set(widths.map(Number))].sort((a, b) => a - b);
  const picture = '.chart > svg[data-sx-static] > svg[data-width]';
  // The box as tall as the drawing shown, which the server drew at the height the element's styles give at its
  // width: for a picture drawn at these heights (data-heights; a height the caller named, a state's or a
  // computed one draws others, and the box keeps the outer SVG's own height). A page's --sx-chart-height wins,
  // as it does over the element's own height.
  const heights = sorted.map((width) => chartHeight(ctor, { width }));
  const box = `.chart > svg[data-sx-static][data-heights="${heights.join(' ')}"]`;
  const rules = sorted.map((w, i) => {
    const next = sorted[i + 1];
    const query = [i > 0 ? `(min-width: ${w}px)` : '', next ? `(max-width: ${next - 0.02}px)` : ''].filter(Boolean).join(' and ');
    const show =
      (sorted.length > 1 ? `.chart > svg[data-sx-static] > svg[data-width="${w}"] { display: inline; } ` : '') +
      `${box} { height: var(--sx-chart-height, ${heights[i]}px); }`;
    return query ? `@container ${query} { ${show} }` : show;
  });
  return `${own}
/* Server-drawn charts: one drawing per width; the chart's column picks (shanxi-report-charts/ssr). */
.chart:has(> svg[data-sx-static]) { container-type: inline-size; height: auto; }
.chart > svg[data-sx-static] { position: relative; display: block; }
${picture} { display: none; }
${rules.join('\n')}
`;
}

/** Puts the static SVGs in the element's chart box; a chart that fails to draw leaves the box to the browser. */
async function drawStatic(element: SxFigureElement<unknown>, size: Size, vars: Readonly<Record<string, string>>): Promise<void> {
  // A text-only element has no chart box.
  if (!(element instanceof SxChartElement)) return;
  const side = element as unknown as ChartSide;
  const model = side.resolution?.model;
  if (model === undefined || !side.hasChart(model)) return;
  const palette = paletteOf(element);
  // Each drawing as tall as the element's styles make the chart box at that width (a container query may change
  // it, as may a custom state the element set while rendering), unless the caller named one height.
  const states = statesOf(element);
  const heights = size.widths.map((width) => size.height ?? chartHeight(element.constructor as SxClass, { width, states, vars }));
  try {
    const runtime = await side.loadChart();
    const option = side.chartOption(model, { lang: side.currentLang, palette, animation: false }, runtime.options);
    await runtime.loadRenderer('svg');
    const svg = staticPictures(runtime, { option, theme: echartsTheme(palette) }, { widths: size.widths, heights, colours: paletteKey(palette) });
    // Safe to insert as markup: `svg` is what ECharts' own SVG renderer wrote from the element's option. It
    // escapes every text it writes (zrender's encodeHTML), where the data goes (names, labels, values); its
    // attribute values are geometry, classes and the server's fixed palette and font, none from data. And
    // renderSvg() refuses scripts, event handlers, foreign content and outside links outright. presentationSvg()
    // then only moves CSS into attributes: it leaves text content as ECharts escaped it, re-quotes every
    // attribute value (escaping " and <) and drops any CSS value with <, >, javascript: or an outside url(). The
    // wrapper's own attributes are numbers and the palette's key. This module runs only on the server and is
    // never part of the browser bundle.
    element.staticChart = unsafeHTML(svg);
  } catch (error) {
    console.warn(`shanxi-report-charts/ssr: <${element.tagName.toLowerCase()}> drew no static chart:`, error);
  }
}

/**
 * The chart box's static picture: one outer SVG filling the box (what the browser's chart controller finds and
 * replaces), holding one drawing per width, each at the height given for it (`heights`, one per width; or one
 * `height` for all) and scaling to the box by its viewBox; the element's stylesheet shows the one for the column
 * and gives the box that drawing's height (its `data-heights`); with no stylesheet rule for them, the box takes
 * the widest drawing's height. Written with presentation attributes only (no `style`, no `<style>`), so a strict
 * Content-Security-Policy blocks nothing. The outer SVG says what it was drawn for, so the browser can tell when it
 * no longer fits (data-widths; data-width: the widest; data-height: the widest's height; data-heights: each one's;
 * data-colours).
 */
export function staticPictures(
  runtime: ChartRuntime,
  chart: ServerChart,
  { widths, height, heights = widths.map(() => height ?? 260), colours }: { widths: readonly number[]; height?: number; heights?: readonly number[]; colours: string },
): string {
  // A single drawing needs no stylesheet to be shown: it carries no data-width for the stylesheet to hide. A
  // drawing in a box wider than it stands at the box's start, under the element's title and over its text, as
  // the live chart lays out from the start, not floating mid-column.
  const inner = widths.map((width, i) =>
    presentationSvg(renderSvg(runtime, chart, width, heights[i]!)).replace(
      /^<svg width="[\d.]+" height="[\d.]+"/,
      `<svg width="100%" height="100%"${widths.length > 1 ? ` data-width="${width}" preserveAspectRatio="xMinYMid meet"` : ''}`,
    ),
  );
  const last = heights[heights.length - 1]!;
  return (
    `<svg width="100%" height="${last}" data-sx-static="" data-widths="${widths.join(' ')}" data-width="${widths[widths.length - 1]}"` +
    ` data-height="${last}" data-heights="${heights.join(' ')}" data-colours="${colours}" focusable="false" xmlns="http://www.w3.org/2000/svg">${inner.join('')}</svg>`
  );
}

export { PICTURE_PRESET_NAMES, renderImage, type ImageOptions, type Image, type SizedPresetName } from './image.js';
