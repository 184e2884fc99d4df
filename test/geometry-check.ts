/**
 * The geometry check (issue 17 §1): measures what a reader sees of an element, on screen and in every picture it
 * downloads, and lists what a graphics editor would refuse (../shared/GRAPHICS.md §1, §6):
 *
 * - a chart text outside its chart box (cut at the edge), with `tolerance` px of slack;
 * - a text sitting on another (more than a sliver: see `overlaps`);
 * - a label shortened with "…" (or ECharts' "..."), or an HTML text cut by CSS `text-overflow: ellipsis`;
 * - the element, or anything inside its shadow root (nested elements' too), wider than its column, or a box
 *   whose content is wider than the box and hidden by it;
 * - a chart text under `minText` px on screen (font size × the CSS scale it is drawn at);
 * - in a picture: a text outside the picture minus its margin, or under the picture's minimum size, and a
 *   share picture whose size is not one of the platform sizes.
 *
 * No test framework here: test/geometry.ts runs it under @web/test-runner, and scripts/shots.mjs and
 * scripts/geometry-report.mjs run it in a page of their own. Every failure is one line that names the element,
 * the column width, the language, the text and how it fails, e.g.
 * `sx-metric-bars 1280 zh: "预计20…" ends in …`.
 */
import { dataset } from '../data/index.js';

export const WIDTHS = [320, 360, 680, 1280] as const;
export const LANGS = ['zh', 'en'] as const;
export type GeometryLang = (typeof LANGS)[number];

/** One element as a page shows it: its tag and attributes (the element is always `eager` and SVG-rendered). */
export interface GeometryFixture {
  tag: string;
  attrs?: Record<string, string>;
  /** Column widths to check (default: all of `WIDTHS`). */
  widths?: readonly number[];
  /** Whether to check its downloaded pictures (default true; an element without pictures simply offers none). */
  pictures?: boolean;
}

export interface ScreenRules {
  /** Slack, in px, for "inside its box". */
  tolerance: number;
  /** The smallest chart text on screen, px (GRAPHICS.md §1: 11 px for ticks, 12 for labels). */
  minText: number;
  /** Two texts overlap when their boxes share more than `area` px² AND more than `share` of the smaller box. */
  sliver: { area: number; share: number };
}

export const SCREEN_RULES: ScreenRules = { tolerance: 1, minText: 11, sliver: { area: 2, share: 0.04 } };

export interface PictureSize {
  name: string;
  width: number;
  /** Any height when left out (the long image). */
  height?: number;
  /** The download formats this size is for (default: any). */
  formats?: RegExp;
}

/**
 * What a picture must keep, in the picture's output pixels (a PNG's pixels; an SVG's width attribute), given at
 * `reference` px wide and scaled with the picture's width (at most 1:1 above the reference): at 1080 px a 48 px
 * margin and 24 px text (GRAPHICS.md §1, §6).
 */
export interface PictureRules {
  reference: number;
  margin: number;
  minText: number;
  /** The platform sizes (GRAPHICS.md §6). A picture whose format is not in `freeSize` must be one of them. */
  sizes: readonly PictureSize[];
  /** Download formats whose size follows the chart on screen (the plain PNG and SVG): any size. */
  freeSize: readonly string[];
}

export const PICTURE_RULES: PictureRules = {
  reference: 1080,
  margin: 48,
  minText: 24,
  sizes: [
    { name: 'square', width: 1080, height: 1080 },
    { name: 'portrait', width: 1080, height: 1350 },
    { name: 'landscape', width: 1200, height: 675 },
    { name: 'long image', width: 1080, formats: /long/i },
  ],
  // `preset-standard`: the same standard picture, as `npm run shots` draws every preset (test/geometry-shots.ts).
  freeSize: ['png', 'svg', 'preset-standard'],
};

/** An element with the public state every element has (SxChartElement). */
type Stateful = HTMLElement & { updateComplete?: Promise<boolean>; ready?: Promise<void>; download?(f: string): Promise<boolean> };

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** `sx-share-ring[project=8]`: the tag and the attributes that pick what it shows. */
export function fixtureName(f: GeometryFixture): string {
  const attrs = Object.entries(f.attrs ?? {})
    .filter(([k]) => !['eager', 'renderer', 'lang', 'theme'].includes(k))
    .map(([k, v]) => (v ? `[${k}=${v}]` : `[${k}]`))
    .join('');
  return `${f.tag}${attrs}`;
}

/** Rejects after `ms` with `message` unless `promise` settles first (so a hung element fails, naming itself). */
async function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** Every element in `root`'s tree and in the shadow trees under it (nested elements' too), in document order. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return out;
}

/** Whether `inner` is `outer` or inside it, across shadow roots. */
function composedContains(outer: Node, inner: Node): boolean {
  for (let n: Node | null = inner; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) if (n === outer) return true;
  return false;
}

/** The element and every custom element inside it: each has its own `ready`. */
function chartElements(el: Element): Stateful[] {
  return [el, ...deepElements(el)].filter((e) => e.localName.startsWith('sx-')) as Stateful[];
}

/** The chart boxes inside `el` (its own and nested elements'), each with the element that owns it. */
function chartBoxes(el: Element): { owner: Element; box: HTMLElement; svg: SVGSVGElement | null }[] {
  return [el, ...deepElements(el)]
    .filter((e) => e.shadowRoot)
    .flatMap((owner) =>
      [...owner.shadowRoot!.querySelectorAll<HTMLElement>('[part=chart]')].map((box) => ({
        owner,
        box,
        svg: box.querySelector('svg'),
      })),
    );
}

/** Waits for the element and every element inside it to be ready (chart drawn, or text/error shown). */
export async function settle(el: Element, what = 'settled'): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const all = chartElements(el);
    await within(
      Promise.all(all.map(async (e) => {
        await e.updateComplete;
        await e.ready;
      })),
      15000,
      `<${el.localName}> never ${what}`,
    );
    // A composed element may have added elements of its own while we waited: again until nothing is new.
    if (chartElements(el).length === all.length) break;
  }
  await document.fonts.ready;
}

/**
 * Waits until every chart inside `el` is drawn at its box's size and its texts stop moving between frames
 * (a resize is throttled, and an option may be set again for the new width). Awaits frames, never a timer.
 */
export async function settleLayout(el: Element, what = 'settled'): Promise<void> {
  await settle(el, what);
  const fingerprint = () =>
    chartBoxes(el)
      .map(({ box, svg }) => {
        const b = box.getBoundingClientRect();
        const s = svg?.getBoundingClientRect();
        const texts = [...(svg?.querySelectorAll('text') ?? [])].map((t) => {
          const r = t.getBoundingClientRect();
          return `${t.textContent}@${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)}`;
        });
        return `${Math.round(b.width)}x${Math.round(b.height)}/${s ? `${Math.round(s.width)}x${Math.round(s.height)}` : '-'}|${texts.join(';')}`;
      })
      .join('\n');
  const sized = () =>
    chartBoxes(el).every(({ svg }) => {
      if (!svg) return true;
      const plot = svg.parentElement?.parentElement ?? svg.parentElement;
      return !plot || Math.abs(svg.getBoundingClientRect().width - plot.clientWidth) < 2;
    });
  const started = performance.now();
  let last = '';
  let same = 0;
  // At most 10 s of frames; a chart that never settles is reported by the caller's assertion as it stands.
  while (performance.now() - started < 10000) {
    await frame();
    const now = fingerprint();
    same = now === last && sized() ? same + 1 : 0;
    last = now;
    if (same >= 3) break;
  }
  await settle(el, what);
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const boxOf = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
const area = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);
const intersection = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
const px = (n: number) => `${Math.round(n)} px`;

/** How far `inner` runs out of `outer` (beyond `tolerance`), in words, or '' when it is inside. */
function outside(inner: Box, outer: Box, tolerance: number): string {
  const runs: string[] = [];
  if (inner.left < outer.left - tolerance) runs.push(`${px(outer.left - inner.left)} past the left edge`);
  if (inner.right > outer.right + tolerance) runs.push(`${px(inner.right - outer.right)} past the right edge`);
  if (inner.top < outer.top - tolerance) runs.push(`${px(outer.top - inner.top)} past the top`);
  if (inner.bottom > outer.bottom + tolerance) runs.push(`${px(inner.bottom - outer.bottom)} past the bottom`);
  return runs.join(', ');
}

/**
 * Where a chart's texts can be seen: its chart box, cut down by the `<svg>` itself (an `<svg>` in HTML hides
 * what lies outside it) and by every box up to the element that hides its overflow.
 */
function visibleBox(svg: SVGSVGElement, chart: Element, el: Element): Box {
  let box = boxOf(chart.getBoundingClientRect());
  const clip = (r: DOMRect) => {
    box = {
      left: Math.max(box.left, r.left),
      top: Math.max(box.top, r.top),
      right: Math.min(box.right, r.right),
      bottom: Math.min(box.bottom, r.bottom),
    };
  };
  for (let n: Element | null = svg; n && n !== el; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null)) {
    if (n === svg || getComputedStyle(n).overflowX !== 'visible' || getComputedStyle(n).overflowY !== 'visible') clip(n.getBoundingClientRect());
  }
  return box;
}

/** Whether two text boxes overlap by more than a sliver. */
export function overlaps(a: Box, b: Box, sliver = SCREEN_RULES.sliver): boolean {
  const shared = intersection(a, b);
  return shared > sliver.area && shared > sliver.share * Math.min(area(a), area(b));
}

const ELLIPSIS = /(…|\.\.\.)\s*$/;
/**
 * Chinese line breaking (GRAPHICS.md §4; W3C clreq): a line (one SVG text) may not start with closing
 * punctuation nor end with an opening bracket or quotation mark.
 */
const NO_LINE_START = /^[，。、：；！？）》」』”’〕】]/;
const NO_LINE_END = /[（《「『“‘〔【]$/;
/** "Shanxi’ s": English spacing broken around an apostrophe. */
const SPLIT_POSSESSIVE = /[A-Za-z][’'] s\b/;
const LATIN_WORD = /[A-Za-z][A-Za-z’'-]*/g;

/**
 * The words a reader can find whole in an element's own text (its title, description, table, list: all but
 * its charts), lower-cased. A Latin word of a chart text that is not among them was cut: "Dee" of "Deepen", the
 * "Integrat" and "ion" of a word broken across lines. (Chinese has no spaces to tell a cut by; a line that
 * ends mid-word, 增强公|共, is left to the eye.)
 */
export function wordsOf(el: Element): Set<string> {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const w of text.match(LATIN_WORD) ?? []) words.add(w.toLowerCase());
  };
  for (const e of [el, ...deepElements(el)]) {
    if (e.closest('svg') || e.localName === 'style') continue;
    for (const node of e.childNodes) if (node.nodeType === Node.TEXT_NODE) add(node.textContent ?? '');
  }
  return words;
}

/**
 * The words a picture may hold whole: the element's own text, and the dataset's, which a picture draws from and may
 * show more of than the screen does (a project's full sentence in the long image). A cut piece ("Dee", "Integrat")
 * is a word of neither.
 */
export function pictureWordsOf(el: Element): Set<string> {
  const words = wordsOf(el);
  for (const w of JSON.stringify(dataset).match(LATIN_WORD) ?? []) words.add(w.toLowerCase());
  return words;
}

/** The Latin words of `text` that are not whole words of the element's text. */
function cutWords(text: string, words: Set<string> | undefined): string[] {
  if (!words || ELLIPSIS.test(text)) return [];
  return (text.match(LATIN_WORD) ?? []).filter((w) => !words.has(w.toLowerCase()));
}

interface MeasuredText {
  text: string;
  box: Box;
  /** Font size × the scale it is drawn at. */
  size: number;
  /** The box it must stay inside, and what to call it. */
  frame: Box;
  frameName: string;
  /** Texts are compared for overlap within one group (one chart; one picture). */
  group: number;
}

function visibleText(t: SVGTextElement): boolean {
  if (!(t.textContent ?? '').trim()) return false;
  for (let n: Element | null = t; n && n.localName !== 'svg'; n = n.parentElement) {
    const style = getComputedStyle(n);
    if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
    if (n.getAttribute('fill-opacity') === '0' && n === t) return false;
  }
  return true;
}

/**
 * A text's box for the checks: its measured width, and one em of height centred where the browser drew it. The
 * browser's own box is the font's ascent to descent (1.45 em for Noto Sans CJK), so two lines of one label set
 * at a 1.3 line height would "overlap" by a pixel; the glyphs themselves stay within the em.
 */
function textBox(t: SVGTextElement, size: number): Box {
  const r = t.getBoundingClientRect();
  const middle = (r.top + r.bottom) / 2;
  const half = Math.min(r.height, size) / 2;
  return { left: r.left, right: r.right, top: middle - half, bottom: middle + half };
}

function fontPx(t: SVGTextElement): number {
  const size = parseFloat(getComputedStyle(t).fontSize) || 0;
  const m = t.getScreenCTM();
  return m ? size * Math.hypot(m.a, m.b) : size;
}

/** Problems among measured texts: outside their frame, shortened, too small, overlapping. */
function textProblems(
  texts: MeasuredText[],
  tolerance: number,
  minText: number,
  sliver: ScreenRules['sliver'],
  words?: Set<string>,
): string[] {
  const out: string[] = [];
  for (const t of texts) {
    const runs = outside(t.box, t.frame, tolerance);
    if (runs) out.push(`"${t.text}" runs ${runs} of ${t.frameName}`);
    if (ELLIPSIS.test(t.text)) out.push(`"${t.text}" ends in …`);
    if (NO_LINE_START.test(t.text)) out.push(`"${t.text}" starts a line with closing punctuation`);
    if (NO_LINE_END.test(t.text)) out.push(`"${t.text}" ends a line with opening punctuation`);
    if (SPLIT_POSSESSIVE.test(t.text)) out.push(`"${t.text}" has a space inside a possessive`);
    const cut = cutWords(t.text, words);
    if (cut.length) out.push(`"${t.text}" has ${cut.map((w) => `"${w}"`).join(', ')}, no whole word of the element's text (cut?)`);
    if (t.size < minText - 0.05) out.push(`"${t.text}" is ${Math.round(t.size * 10) / 10} px, under ${minText} px`);
  }
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i]!;
      const b = texts[j]!;
      if (a.group === b.group && overlaps(a.box, b.box, sliver)) {
        out.push(`"${a.text}" sits on "${b.text}" (${Math.round(intersection(a.box, b.box))} px² shared)`);
      }
    }
  }
  return out;
}

/**
 * The element's problems on screen, in a column `column` (its parent) as laid out now. `where` prefixes each
 * line (`sx-metric-bars 1280 zh`).
 */
export function screenProblems(el: Element, where: string, rules: ScreenRules = SCREEN_RULES): string[] {
  const out: string[] = [];
  const column = boxOf((el.parentElement ?? document.body).getBoundingClientRect());
  const named = (owner: Element) => (owner === el ? where : `${where} (inside <${owner.localName}>)`);

  // Wider than the column: the element, and every box inside it that is drawn.
  const host = el.getBoundingClientRect();
  if (host.width > column.right - column.left + rules.tolerance) {
    out.push(`${where}: the element is ${px(host.width)} wide in a ${px(column.right - column.left)} column`);
  }
  if ((el as HTMLElement).scrollWidth > (el as HTMLElement).clientWidth + rules.tolerance) {
    out.push(`${where}: its content is ${px((el as HTMLElement).scrollWidth)} wide in ${px((el as HTMLElement).clientWidth)}`);
  }
  // A scrolling box (a wide table) counts as its own box; a box reported once is not reported again for its content.
  const skip: Element[] = [];
  for (const e of deepElements(el)) {
    const style = getComputedStyle(e);
    if (style.display === 'none' || style.display === 'contents') continue;
    if (skip.some((s) => composedContains(s, e))) continue;
    // A chart's inside is measured by its texts below; the <svg> itself is a box like any other.
    if (e instanceof SVGElement && !(e instanceof SVGSVGElement && !(e.parentElement instanceof SVGElement))) {
      skip.push(e);
      continue;
    }
    const r = e.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    // A visually hidden box (1 px, clipped: text for screen readers) and what it holds are not drawn.
    if (r.width <= 1 || r.height <= 1) {
      skip.push(e);
      continue;
    }
    const label = e.id ? `#${e.id}` : e.getAttribute('part') ? `[part=${e.getAttribute('part')}]` : e.localName;
    const owner = (e.getRootNode() as ShadowRoot).host ?? el;
    if (r.left < column.left - rules.tolerance || r.right > column.right + rules.tolerance) {
      out.push(`${named(owner)}: <${label}> spans ${px(r.left - column.left)} to ${px(r.right - column.left)} of the ${px(column.right - column.left)} column`);
      skip.push(e);
      continue;
    }
    const he = e as HTMLElement;
    if (/(auto|scroll)/.test(style.overflowX)) {
      skip.push(e);
      continue;
    }
    if (style.textOverflow === 'ellipsis' && he.scrollWidth > he.clientWidth + rules.tolerance) {
      out.push(`${named(owner)}: "${(he.textContent ?? '').trim().slice(0, 40)}" is cut with … (text-overflow)`);
      skip.push(e);
      continue;
    }
    if (/(hidden|clip)/.test(style.overflowX) && he.clientWidth > 20 && he.scrollWidth > he.clientWidth + rules.tolerance) {
      out.push(`${named(owner)}: <${label}> holds ${px(he.scrollWidth)} of content in ${px(he.clientWidth)}, the rest cut`);
      skip.push(e);
      continue;
    }
  }

  // Chart texts.
  const words = wordsOf(el);
  chartBoxes(el).forEach(({ owner, box, svg }, group) => {
    if (!svg) return;
    const frame = visibleBox(svg, box, el);
    const texts = [...svg.querySelectorAll('text')].filter(visibleText).map((t) => {
      const size = fontPx(t);
      return { text: (t.textContent ?? '').trim(), box: textBox(t, size), size, frame, frameName: 'the chart', group };
    });
    for (const p of textProblems(texts, rules.tolerance, rules.minText, rules.sliver, words)) out.push(`${named(owner)}: ${p}`);
  });
  return out;
}

/** One picture as an element downloads it: the download format, and the SVG before it becomes a PNG. */
export interface CapturedPicture {
  format: string;
  svg: string;
  /** The PNG the element saved, for a PNG format (scripts/shots.mjs keeps it). */
  png?: Blob | undefined;
}

/** The picture formats the element's download menu offers (read from the menu's buttons, as a reader sees them). */
export async function pictureFormats(el: Stateful): Promise<string[]> {
  const toggle = el.shadowRoot?.querySelector<HTMLButtonElement>('[part=download]');
  if (!toggle) return [];
  const open = toggle.getAttribute('aria-expanded') === 'true';
  if (!open) toggle.click();
  await el.updateComplete;
  const formats = [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part=downloads] button[data-format]') ?? [])]
    .map((b) => b.dataset['format']!)
    .filter((f) => !['csv', 'json', 'citation'].includes(f));
  if (!open) toggle.click();
  await el.updateComplete;
  return formats;
}

/**
 * Downloads each picture format through the element's public `download()` and catches the picture on its way
 * out, without saving anything: an SVG download is the blob handed to `URL.createObjectURL`; a PNG is drawn
 * from an SVG `data:` URL on an `<img>` (src/download/picture-render.ts), caught at the image's `src`, and the
 * PNG blob is caught too. The file's `<a download>` is not clicked while catching.
 */
export async function capturePictures(el: Stateful, formats?: string[]): Promise<CapturedPicture[]> {
  const wanted = formats ?? (await pictureFormats(el));
  const out: CapturedPicture[] = [];
  const srcDescriptor = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!;
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  for (const format of wanted) {
    const svgs: Promise<string>[] = [];
    let png: Blob | undefined;
    Object.defineProperty(HTMLImageElement.prototype, 'src', {
      ...srcDescriptor,
      set(this: HTMLImageElement, value: string) {
        const m = /^data:image\/svg\+xml(;[^,]*)?,(.*)$/s.exec(String(value));
        if (m) svgs.push(Promise.resolve(/;base64/.test(m[1] ?? '') ? atob(m[2]!) : decodeURIComponent(m[2]!)));
        srcDescriptor.set!.call(this, value);
      },
    });
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      if (obj instanceof Blob && obj.type.startsWith('image/svg')) svgs.push(obj.text());
      if (obj instanceof Blob && obj.type === 'image/png') png = obj;
      return createObjectURL.call(URL, obj);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.hasAttribute('download')) click.call(this);
    };
    try {
      const ok = await el.download!(format);
      if (!ok) throw new Error(`<${el.localName}> could not download ${format}`);
    } finally {
      Object.defineProperty(HTMLImageElement.prototype, 'src', srcDescriptor);
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    const texts = await Promise.all(svgs);
    // The last SVG is the picture (a PNG's is drawn last); none means a picture made some other way, which the
    // check cannot read: reported as such (checkFixture), rather than passed unseen.
    out.push({ format, svg: texts[texts.length - 1] ?? '', png });
  }
  return out;
}

/**
 * One entry per distinct picture: the plain PNG is the SVG download drawn at 2×, so the two are one picture,
 * checked once and named by both formats ("png, svg").
 */
export function samePictures(pictures: CapturedPicture[]): CapturedPicture[] {
  // The same picture at another scale: the same viewBox and the same texts at the same places (zrender
  // numbers its ids per chart instance, so the strings differ).
  const key = (svg: string, format: string) => {
    if (!svg) return `none:${format}`;
    const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    const texts = [...root.querySelectorAll('text')].map((t) => `${t.getAttribute('x')},${t.getAttribute('y')},${t.getAttribute('transform')}:${t.textContent}`);
    return `${root.getAttribute('viewBox')}|${texts.join('|')}`;
  };
  const out = new Map<string, CapturedPicture>();
  for (const p of pictures) {
    const seen = out.get(key(p.svg, p.format));
    if (seen) seen.format = `${seen.format}, ${p.format}`;
    else out.set(key(p.svg, p.format), { ...p });
  }
  return [...out.values()];
}

/** Size attributes of an SVG root: the output size (`width`/`height`) and the viewBox it draws. */
function svgSizes(root: Element): { width: number; height: number; vbWidth: number; vbHeight: number } {
  const vb = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = parseFloat(root.getAttribute('width') ?? '') || vb[2] || 0;
  const height = parseFloat(root.getAttribute('height') ?? '') || vb[3] || 0;
  return { width, height, vbWidth: vb[2] || width, vbHeight: vb[3] || height };
}

/**
 * A picture's problems: parsed with DOMParser into an off-screen `<svg>` drawn at 1 CSS px per viewBox unit and
 * measured there. Texts must lie inside the picture minus its margin (and a chart's texts inside the chart's
 * own nested `<svg>`, which clips them), be at least the minimum size, end in no "…", and not sit on each other.
 */
export function pictureProblems(
  picture: CapturedPicture,
  where: string,
  rules: PictureRules = PICTURE_RULES,
  /** The element's own words (`wordsOf`), to find words cut short. */
  words?: Set<string>,
): string[] {
  const name = `${where} picture "${picture.format}"`;
  if (!picture.svg) return [`${name}: no SVG seen on its way out (made without an SVG, the check cannot read it)`];
  const doc = new DOMParser().parseFromString(picture.svg, 'image/svg+xml');
  if (doc.querySelector('parsererror')) return [`${name}: the SVG does not parse`];
  const { width, height, vbWidth, vbHeight } = svgSizes(doc.documentElement);
  const out: string[] = [];
  const fits = (s: PictureSize) =>
    s.width === Math.round(width) && (s.height === undefined || s.height === Math.round(height)) && (!s.formats || s.formats.test(picture.format));
  if (!picture.format.split(', ').every((f) => rules.freeSize.includes(f)) && !rules.sizes.some(fits)) {
    out.push(`${name}: ${Math.round(width)}×${Math.round(height)} is none of ${rules.sizes.map((s) => `${s.name} ${s.width}×${s.height ?? 'any'}`).join(', ')}`);
  }
  // Drawn at the scale the rules read: a picture of one of the platform sizes at its own pixels; any other
  // picture as if shown `reference` px wide (so a PNG and an SVG of one picture agree). Every length below is
  // then in those pixels.
  const platform = rules.sizes.some(fits);
  const perUnit = platform ? width / vbWidth : rules.reference / vbWidth;
  const shownWidth = vbWidth * perUnit;
  const shownHeight = vbHeight * perUnit;
  const holder = document.createElement('div');
  holder.style.cssText = 'position:fixed;left:-30000px;top:0;contain:layout';
  const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  root.setAttribute('width', String(shownWidth));
  root.setAttribute('height', String(shownHeight));
  holder.append(root);
  document.body.append(holder);
  try {
    const origin = root.getBoundingClientRect();
    const inPicture = (r: DOMRect | Box): Box => ({
      left: r.left - origin.left,
      top: r.top - origin.top,
      right: r.right - origin.left,
      bottom: r.bottom - origin.top,
    });
    const { margin } = rules;
    const canvas: Box = { left: margin, top: margin, right: shownWidth - margin, bottom: shownHeight - margin };
    const shown = platform ? `${Math.round(width)}×${Math.round(height)}` : `shown ${rules.reference} px wide`;
    const marginName = `the picture's ${margin} px margin (${shown})`;
    const texts: MeasuredText[] = [];
    for (const t of root.querySelectorAll('text')) {
      if (!visibleText(t)) continue;
      const size = fontPx(t);
      const box = inPicture(textBox(t, size));
      const text = (t.textContent ?? '').trim();
      texts.push({ text, box, size, frame: canvas, frameName: marginName, group: 0 });
      const nested = t.closest('svg');
      if (nested && nested !== root) {
        const runs = outside(box, inPicture(nested.getBoundingClientRect()), 1);
        if (runs) out.push(`${name}: "${text}" runs ${runs} of the chart (cut there)`);
      }
    }
    for (const p of textProblems(texts, 1, rules.minText, SCREEN_RULES.sliver, words)) {
      out.push(`${name}: ${p.replace(/(under \d+ px)$/, `$1 (${shown})`)}`);
    }
  } finally {
    holder.remove();
  }
  return out;
}

/** Creates the element in `column` and resolves once it (and everything inside it) is ready. */
export async function mountIn(column: HTMLElement, fixture: GeometryFixture, extra: Record<string, string> = {}): Promise<Stateful> {
  const el = document.createElement(fixture.tag) as Stateful;
  for (const [k, v] of Object.entries({ eager: '', renderer: 'svg', ...fixture.attrs, ...extra })) el.setAttribute(k, v);
  column.append(el);
  await settle(el, 'became ready');
  return el;
}

export interface GeometryRun {
  /** Sets the page to `width` (a viewport of the column's width, as a phone is) before measuring. */
  viewport?: (width: number) => Promise<void>;
  rules?: ScreenRules;
  pictureRules?: PictureRules;
}

export const COLUMN_FONT = 'system-ui, "Noto Sans CJK SC", sans-serif';

/** A column to mount into, full width of the page (the body has no margin while it is there), in `COLUMN_FONT`. */
export function makeColumn(width: number): HTMLElement {
  document.body.style.margin = '0';
  const column = document.createElement('div');
  column.className = 'sx-geometry-column';
  column.style.width = `${width}px`;
  // The elements inherit the page's font: a news article's sans-serif (the test page's default is a serif,
  // whose narrower Latin letters would hide cuts that readers see).
  column.style.fontFamily = COLUMN_FONT;
  document.body.append(column);
  return column;
}

/**
 * Every problem of one element in one language: mounted once, measured at each width (the column, and the
 * viewport when `run.viewport` is given, resized in place), then its pictures (which do not depend on the
 * column's width except a plain download's chart height: they are taken at the last width).
 */
export async function checkFixture(fixture: GeometryFixture, lang: GeometryLang, run: GeometryRun = {}): Promise<string[]> {
  const widths = fixture.widths ?? WIDTHS;
  const name = fixtureName(fixture);
  const out: string[] = [];
  const column = makeColumn(widths[0]!);
  try {
    await run.viewport?.(widths[0]!);
    const el = await mountIn(column, fixture, { lang });
    for (const width of widths) {
      column.style.width = `${width}px`;
      await run.viewport?.(width);
      await settleLayout(el, `settled at ${width} px`);
      out.push(...screenProblems(el, `${name} ${width} ${lang}`, run.rules));
    }
    if (fixture.pictures !== false) {
      const words = pictureWordsOf(el);
      for (const picture of samePictures(await capturePictures(el))) {
        out.push(...pictureProblems(picture, `${name} ${lang}`, run.pictureRules, words));
      }
    }
  } finally {
    column.remove();
  }
  return out;
}
