/**
 * ECharts' server SVG made safe under a strict Content-Security-Policy (`style-src 'self'`): its `style=""`
 * attributes become presentation attributes, the rules of its `<style>` element are written onto the elements
 * their class selects (its `:hover` rules are dropped: a static picture has no hover; the live chart does), and
 * the classes and ECharts' own `ecmeta_*` bookkeeping go. A pure string function on the markup ECharts wrote.
 *
 * (A minimal converter for the server renderer; the pictures work may ship a shared one in src/chart/ — the two
 * are meant to be unified.)
 */

/** CSS properties that SVG also takes as presentation attributes (SVG 2, § "Presentation attributes"). */
const PRESENTATION = new Set([
  'alignment-baseline', 'baseline-shift', 'clip-path', 'clip-rule', 'color', 'cursor', 'direction', 'display',
  'dominant-baseline', 'fill', 'fill-opacity', 'fill-rule', 'filter', 'font-family', 'font-size', 'font-size-adjust',
  'font-stretch', 'font-style', 'font-variant', 'font-weight', 'letter-spacing', 'mask', 'opacity', 'overflow',
  'paint-order', 'pointer-events', 'shape-rendering', 'stop-color', 'stop-opacity', 'stroke', 'stroke-dasharray',
  'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'stroke-opacity', 'stroke-width',
  'text-anchor', 'text-decoration', 'text-rendering', 'transform', 'unicode-bidi', 'visibility', 'white-space',
  'word-spacing', 'writing-mode',
]);

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const unescape = (value: string) => value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** `a:b;c:d` → [['a','b'], ['c','d']], lower-case names, only presentation properties. */
function declarations(css: string): [string, string][] {
  const out: [string, string][] = [];
  for (const part of css.split(';')) {
    const i = part.indexOf(':');
    if (i < 0) continue;
    const name = part.slice(0, i).trim().toLowerCase();
    const value = part.slice(i + 1).trim();
    // The cursor is the live chart's business; a value with `url(` or `!` is not for a static picture.
    if (!PRESENTATION.has(name) || name === 'cursor' || !value || /url\(|!|[<>]/i.test(value)) continue;
    out.push([name, value]);
  }
  return out;
}

/** Class name → declarations, from the `<style>` blocks' plain `.class { … }` rules (pseudo-class rules dropped). */
function classRules(svg: string): Map<string, [string, string][]> {
  const rules = new Map<string, [string, string][]>();
  for (const [, body] of svg.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
    const css = body.replace(/<!\[CDATA\[|\]\]>/g, '');
    for (const [, selectors, block] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      for (const selector of selectors.split(',').map((s) => s.trim())) {
        const m = /^\.([-\w]+)$/.exec(selector);
        if (m) rules.set(m[1], [...(rules.get(m[1]) ?? []), ...declarations(block)]);
      }
    }
  }
  return rules;
}

/** Sets `name="value"` on a start tag's attribute text (replacing one already there). */
function setAttribute(attrs: string, name: string, value: string): string {
  const re = new RegExp(`\\s${name}="[^"]*"`);
  const written = ` ${name}="${escape(value)}"`;
  return re.test(attrs) ? attrs.replace(re, written) : attrs + written;
}

/**
 * The SVG with no `style` attribute, no `<style>` element and no class: what ECharts said in them written as
 * presentation attributes. The same drawing where CSS is not blocked.
 */
export function withPresentationAttributes(svg: string): string {
  const rules = classRules(svg);
  return svg
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>\s*/g, '')
    .replace(/<([a-zA-Z][\w:-]*)(\s[^>]*?)?(\/?)>/g, (_tag, name: string, attrs: string | undefined, close: string) => {
      let a = attrs ?? '';
      const cls = /\sclass="([^"]*)"/.exec(a)?.[1];
      const style = /\sstyle="([^"]*)"/.exec(a)?.[1];
      a = a.replace(/\s(class|style|ecmeta_[\w-]+)="[^"]*"/g, '');
      // Class rules first, then the style attribute: as in CSS, where the attribute wins.
      for (const c of cls?.split(/\s+/) ?? []) for (const [k, v] of rules.get(c) ?? []) a = setAttribute(a, k, v);
      for (const [k, v] of declarations(unescape(style ?? ''))) a = setAttribute(a, k, v);
      return `<${name}${a}${close}>`;
    });
}
