/**
 * shanxi-report-charts/ssr (Node ≥ 20): every element rendered on the server, as the browser would render it,
 * into a declarative shadow root (Lit's server renderer runs the element's own `willUpdate` and `render`), with
 * its chart drawn as a static SVG by ECharts' server-side renderer from the element's own option. Readable with
 * no JavaScript; `shanxi-report-charts/hydrate.js` on the page makes it interactive when the reader reaches for it.
 *
 * Generic: it renders whatever `define.js` registers (every class that extends SxChartElement), no list here.
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
import { themeOf } from '../chart/input.js';
import { DARK_PALETTE, DEFAULT_PALETTE, echartsTheme, paletteKey, type Palette } from '../chart/theme.js';
import type { Lang } from '../i18n/index.js';
import { staticPicture } from './picture-svg.js';
import { spliceElements } from './page.js';

export interface RenderOptions {
  /**
   * The width, in CSS pixels, to draw each chart at: ECharts needs a size on the server and cannot measure the
   * page. The SVG keeps a viewBox, so it scales to the column; pick the column's usual width. Default 640.
   * `renderPage` also takes a function, for a page whose columns differ: `(tag, attributes) => width`.
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
  /** Where to say that something was left as it was (an unknown `sx-` tag); default `console.warn`. */
  warn?: (message: string) => void;
}

/** Attribute values as an editor writes them; `true` is a boolean attribute, `false`/null/undefined leave it off. */
export type Attributes = Record<string, string | number | boolean | null | undefined>;

export const DEFAULT_WIDTH = 640;

type SxClass = typeof SxChartElement<unknown>;

/** The chart element class registered under `tag`, if any. */
export function elementClass(tag: string): SxClass | undefined {
  const ctor = customElements.get(tag.toLowerCase());
  return ctor && ctor.prototype instanceof SxChartElement ? (ctor as unknown as SxClass) : undefined;
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

/** The chart height an element's styles give (`--_chart-height: var(--sx-chart-height, 220px)`), or 260. */
export function chartHeight(ctor: SxClass): number {
  let height = 260;
  for (const style of ctor.elementStyles ?? []) {
    const text = 'cssText' in style ? String(style.cssText) : '';
    for (const m of text.matchAll(/--_chart-height:\s*var\(--sx-chart-height,\s*(\d+(?:\.\d+)?)px\)/g)) height = Number(m[1]);
  }
  return height;
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
  const width = Number(pick(options.width) ?? DEFAULT_WIDTH);
  const picked = pick(options.height);
  const height = picked === undefined ? undefined : Number(picked);
  if (height !== undefined && !(height > 0 && height <= 10_000)) throw new RangeError(`shanxi-report-charts/ssr: height ${height} is not a height.`);
  if (!(width > 0 && width <= 10_000)) throw new RangeError(`shanxi-report-charts/ssr: width ${width} is not a width.`);
  const renderer = rendererWith({ width, height });
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
function rendererWith(size: { width: number; height?: number }): typeof LitElementRenderer {
  return class SxElementRenderer extends LitElementRenderer {
    static override matchesClass(ctor: typeof HTMLElement): boolean {
      return ctor.prototype instanceof SxChartElement;
    }

    private broken = false;

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
      const element = this.element as unknown as SxChartElement<unknown>;
      return [
        async () => {
          await drawStatic(element, size);
          return super.renderShadow(renderInfo) ?? [];
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
  chartOption(model: unknown, context: ChartContext): EChartsCoreOption;
  loadChart(): Promise<ChartRuntime>;
}

/**
 * The colours a server draws an element in: dark for `theme="dark"` (any case, as the element's own CSS reads it);
 * `auto` draws light: the server cannot know the reader's scheme (the browser redraws when it differs).
 */
export function paletteOf(element: SxChartElement<unknown>): Palette {
  return themeOf(element.theme) === 'dark' ? DARK_PALETTE : DEFAULT_PALETTE;
}

/** Puts the static SVG in the element's chart box; a chart that fails to draw leaves the box to the browser. */
async function drawStatic(element: SxChartElement<unknown>, size: { width: number; height?: number }): Promise<void> {
  const side = element as unknown as ChartSide;
  const model = side.resolution?.model;
  if (model === undefined || !side.hasChart(model)) return;
  const palette = paletteOf(element);
  const width = size.width;
  const height = size.height ?? chartHeight(element.constructor as SxClass);
  try {
    const option = side.chartOption(model, { lang: side.currentLang, palette, animation: false });
    const runtime = await side.loadChart();
    await runtime.loadRenderer('svg');
    const svg = staticPicture(runtime, { option, theme: echartsTheme(palette) }, { width, height, colours: paletteKey(palette) });
    // Safe to insert as markup: `svg` is what ECharts' own SVG renderer wrote from the element's option. It
    // escapes every text it writes (zrender's encodeHTML), where the data goes (names, labels, values); its
    // attribute values are geometry, classes and the server's fixed palette and font, none from data. And
    // staticPicture() refuses scripts, event handlers, foreign content and outside links outright. This module
    // runs only on the server and is never part of the browser bundle.
    element.staticChart = unsafeHTML(svg);
  } catch (error) {
    console.warn(`shanxi-report-charts/ssr: <${element.tagName.toLowerCase()}> drew no static chart:`, error);
  }
}

export { PICTURE_PRESET_NAMES, renderImage, type ImageOptions, type Image, type SizedPresetName } from './image.js';
