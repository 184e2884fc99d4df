/**
 * SVG that survives WeChat, Weibo and editors that strip CSS: presentation attributes only. ECharts' SVG export
 * writes `style="font-size:12px;font-family:…"` on its texts, a `class` on its shapes and a `<style>` element
 * with `:hover` rules; WeChat's editor drops all three, and with them the fonts and sizes of every label.
 *
 *     presentationSvg(chart.renderToSVGString()) // the same drawing, with attributes instead of CSS
 *
 * Pure string work with no DOM: the browser's downloads, the long image, the server's `image` and `render`, and
 * the server-rendered static charts (src/ssr/index.ts: no `style=""` and no `<style>`, so a strict
 * Content-Security-Policy blocks nothing) all use it.
 */

/** CSS properties that have an SVG presentation attribute of the same name. Others (cursor, …) are dropped. */
const PRESENTATION = new Set([
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant',
  'text-anchor',
  'dominant-baseline',
  'alignment-baseline',
  'baseline-shift',
  'letter-spacing',
  'word-spacing',
  'text-decoration',
  'paint-order',
  'visibility',
  'display',
  'color',
  'clip-rule',
  'direction',
  'writing-mode',
  'unicode-bidi',
  'shape-rendering',
  'text-rendering',
  'image-rendering',
  'vector-effect',
  'clip-path',
  'mask',
  'filter',
  'stop-color',
  'stop-opacity',
  'font-stretch',
  'font-size-adjust',
  'overflow',
  'white-space',
]);

/** A CSS value a static picture can take as an attribute: no outside `url()`, no script, no markup. */
function safeValue(value: string): boolean {
  return !/url\(\s*(?!['"]?\s*#)|javascript:|expression\(|[<>]/i.test(value);
}

/** Attributes a picture never needs: CSS hooks and ECharts' bookkeeping. */
const DROPPED = /^(class|style|ecmeta_[\w-]*|pointer-events|cursor)$/i;

/** One start tag: its name, its attributes (values quoted or not), and whether it closes itself. */
const TAG = /<([A-Za-z][\w:.-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g;

/** `font-size:12px; font-family:'A', sans-serif` → [['font-size', '12px'], ['font-family', "'A', sans-serif"]]. */
export function cssDeclarations(css: string): [string, string][] {
  const out: [string, string][] = [];
  for (const part of css.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!important\s*$/i, '')
      .trim();
    if (!name || !value) continue;
    if (name === 'font') out.push(...fontShorthand(value));
    else out.push([name, value]);
  }
  return out;
}

/** The `font` shorthand as its parts: `bold 12px/1.5 "Noto Sans", sans-serif`. */
function fontShorthand(value: string): [string, string][] {
  const match = /^((?:(?:normal|italic|oblique|small-caps|bold|bolder|lighter|\d{3})\s+)*)([\d.]+(?:px|pt|em|rem|%))(?:\/\S+)?\s+(.+)$/i.exec(value);
  if (!match) return [];
  const out: [string, string][] = [];
  for (const word of match[1]!.trim().split(/\s+/).filter(Boolean)) {
    if (/^(italic|oblique)$/i.test(word)) out.push(['font-style', word]);
    else if (/^small-caps$/i.test(word)) out.push(['font-variant', word]);
    else if (word.toLowerCase() !== 'normal') out.push(['font-weight', word]);
  }
  out.push(['font-size', match[2]!], ['font-family', match[3]!.trim()]);
  return out;
}

/** Rules of a `<style>` element that apply without interaction: `.name { … }` (no `:hover`, no combinators). */
function classRules(svg: string): Map<string, [string, string][]> {
  const rules = new Map<string, [string, string][]>();
  for (const [, body] of svg.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
    const css = body!.replace(/<!\[CDATA\[|\]\]>/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const [, selectors, declarations] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      for (const selector of selectors!.split(',').map((s) => s.trim())) {
        if (!/^\.[\w-]+$/.test(selector)) continue;
        const name = selector.slice(1);
        rules.set(name, [...(rules.get(name) ?? []), ...cssDeclarations(declarations!)]);
      }
    }
  }
  return rules;
}

/** An attribute value, double-quoted, from a value as it stood in the markup (already XML-escaped). */
function quote(raw: string): string {
  const inner = /^["']/.test(raw) ? raw.slice(1, -1) : raw;
  return `"${inner.replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`;
}

/**
 * The SVG with every CSS `style` attribute, `class` and `<style>` element turned into presentation attributes
 * (`fill`, `stroke`, `font-family`, `font-size`, `font-weight`, `opacity`, …): a rule of the `<style>` element
 * that applies without interaction (`.cls { fill: … }`) is written onto the elements of that class, `:hover`
 * and other interactive rules go, and a declaration in `style` wins over an attribute of the same name, as it
 * does in CSS. Text content is left as it is.
 */
export function presentationSvg(svg: string): string {
  const rules = classRules(svg);
  const withoutStyle = svg.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '').replace(/<style\b[^>]*\/>/gi, '');
  return withoutStyle.replace(TAG, (_whole, name: string, attributes: string, selfClosing: string) => {
    const kept = new Map<string, string>();
    const fromCss: [string, string][] = [];
    for (const [, attr, raw] of attributes.matchAll(ATTRIBUTE)) {
      const key = attr!;
      if (/^class$/i.test(key) && raw) {
        for (const cls of quote(raw).slice(1, -1).split(/\s+/)) fromCss.push(...(rules.get(cls) ?? []));
      } else if (/^style$/i.test(key) && raw) {
        fromCss.push(...cssDeclarations(quote(raw).slice(1, -1).replace(/&quot;/g, "'")));
      }
      if (DROPPED.test(key)) continue;
      kept.set(key, raw === undefined ? '""' : quote(raw));
    }
    // Class rules first, then the style attribute's declarations (later ones win, as in CSS).
    for (const [prop, value] of fromCss) {
      if (PRESENTATION.has(prop) && safeValue(value)) kept.set(prop, quote(`"${value.replace(/"/g, "'")}"`));
    }
    const attrs = [...kept].map(([k, v]) => ` ${k}=${v}`).join('');
    return `<${name}${attrs}${selfClosing ? '/' : ''}>`;
  });
}

/**
 * What keeps an SVG from WeChat and strict editors, as a list (empty when none): a `<style>` element, a `style`
 * or `class` attribute, a script, `foreignObject`, an event handler, or a reference to anything outside the file.
 * Reads the markup (tags and attributes), not the text content: a label that mentions `url(` is fine.
 */
export function svgProblems(svg: string): string[] {
  const problems = new Set<string>();
  for (const [, name, attributes] of svg.matchAll(TAG)) {
    const tag = name!.toLowerCase();
    if (tag === 'style') problems.add('a <style> element');
    if (tag === 'script') problems.add('a script');
    if (tag === 'foreignobject') problems.add('foreignObject');
    if (/^(iframe|object|embed)$/.test(tag)) problems.add('foreign content');
    for (const [, attr, raw] of attributes!.matchAll(ATTRIBUTE)) {
      const key = attr!.toLowerCase();
      const value = raw === undefined ? '' : quote(raw).slice(1, -1);
      if (key === 'style') problems.add('a style attribute');
      if (key === 'class') problems.add('a class attribute');
      if (/^on/.test(key)) problems.add('an event handler');
      if (/href$/.test(key) && !/^#/.test(value.trim())) problems.add('a link outside the picture');
      if (/url\(\s*(?!['"]?\s*#)/i.test(value)) problems.add('a url() outside the picture');
      if (/javascript:/i.test(value)) problems.add('a javascript: URL');
    }
  }
  return [...problems];
}
