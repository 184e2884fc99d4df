/**
 * A picture of a figure that stands alone when posted elsewhere: the title, the figure in words, the chart as
 * ECharts exported it, and the source line, on the element's background. Pure string work with no DOM, so the
 * browser's downloads and the server's `image` command build the same picture:
 *
 *     const layout = pictureLayout(text, colors, PICTURE_PRESETS.standard);
 *     // draw the element's option with ECharts' SVG renderer at layout.chart.width × layout.chart.height
 *     // (`init(null, theme, { renderer: 'svg', ssr: true, width, height })`, `animation: false`)
 *     const svg = pictureSvg(chart.renderToSVGString(), layout);
 *     // PNG: rasterise `svg` at layout.pixelWidth × layout.pixelHeight (a canvas, or resvg on a server)
 *
 * Words are wrapped here, without a font to measure with: each character is given a generous width (a CJK
 * character a full em, Latin letters and digits 0.62 em), so a line never runs past the picture's edge in any
 * sans-serif font; at worst it breaks a little early.
 */

/** The size of a picture: a width in CSS pixels, the chart's height within it, and the PNG's pixels per CSS pixel. */
export interface PicturePreset {
  /** The picture's width in CSS pixels: what the layout (and the chart) is drawn at. */
  width: number;
  /** The chart's height in CSS pixels. */
  chartHeight: number;
  /** Pixels per CSS pixel in a PNG: 2 for a sharp picture on a high-density screen. */
  scale: number;
}

/**
 * `standard`: the download (SVG at 720 px, PNG at 2×, 1440 px wide). `share`: a card for WeChat and Weibo posts,
 * 1080 px wide: drawn at 540 px and doubled, so the words are large enough to read on a phone.
 */
export const PICTURE_PRESETS = {
  standard: { width: 720, chartHeight: 340, scale: 2 },
  share: { width: 540, chartHeight: 380, scale: 2 },
} as const satisfies Record<string, PicturePreset>;

export type PicturePresetName = keyof typeof PICTURE_PRESETS;

/** What the picture says, in the element's language. */
export interface PictureText {
  /** The element's title. */
  title: string;
  /** The figure in words: the element's description sentence. */
  words: string;
  /** The source line, as the element prints it. */
  source: string;
  lang: 'zh' | 'en';
}

/** The colours and font of the picture: the element's palette (a `Palette` has them all). */
export interface PictureColors {
  text: string;
  muted: string;
  background: string;
  fontFamily: string;
}

/** One line of text, placed. `y` is the baseline. */
export interface PictureLine {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: 400 | 700;
  color: string;
}

/** Where everything goes. All lengths in CSS pixels; a PNG is `pixelWidth` × `pixelHeight`. */
export interface PictureLayout {
  width: number;
  height: number;
  pixelWidth: number;
  pixelHeight: number;
  /** The box the chart is drawn into: draw the element's option at exactly this size. */
  chart: { x: number; y: number; width: number; height: number };
  lines: PictureLine[];
  background: string;
  fontFamily: string;
  lang: 'zh' | 'en';
}

/** Fonts with Chinese glyphs, after the element's own: a picture is drawn without the page's web fonts. */
const CJK_FALLBACK = [
  'Noto Sans CJK SC',
  'Source Han Sans SC',
  'PingFang SC',
  'Microsoft YaHei',
  'WenQuanYi Micro Hei',
];

const PADDING = 24;
const TITLE_SIZE = 22;
const WORDS_SIZE = 15;
const SOURCE_SIZE = 12;
const LINE_HEIGHT = 1.4;
const GAP = 8;

/**
 * Lays the picture out: the title (bold) and the words wrapped to the width, the chart box, and the source line
 * under it. `chartHeight` overrides the preset's (a browser may pass the height the reader sees).
 */
export function pictureLayout(
  text: PictureText,
  colors: PictureColors,
  preset: PicturePreset = PICTURE_PRESETS.standard,
  chartHeight: number = preset.chartHeight,
): PictureLayout {
  const width = Math.round(preset.width);
  const inner = width - 2 * PADDING;
  const lines: PictureLine[] = [];
  let y = PADDING;
  const block = (content: string, size: number, weight: 400 | 700, color: string) => {
    for (const line of wrapText(content, inner, size)) {
      y += size * LINE_HEIGHT;
      lines.push({ text: line, x: PADDING, y: round(y - size * (LINE_HEIGHT - 1) * 0.5 - size * 0.15), size, weight, color });
    }
  };
  block(text.title, TITLE_SIZE, 700, colors.text);
  if (text.words.trim()) {
    y += GAP / 2;
    block(text.words, WORDS_SIZE, 400, colors.text);
  }
  y += GAP;
  const chart = { x: 0, y: round(y), width, height: Math.max(0, Math.round(chartHeight)) };
  y += chart.height + GAP;
  if (text.source.trim()) block(text.source, SOURCE_SIZE, 400, colors.muted);
  const height = Math.ceil(y + PADDING);
  return {
    width,
    height,
    pixelWidth: Math.round(width * preset.scale),
    pixelHeight: Math.round(height * preset.scale),
    chart,
    lines,
    background: colors.background,
    fontFamily: fontList(colors.fontFamily),
    lang: text.lang,
  };
}

/**
 * The picture as an SVG document: the background, the lines of text, and `chartSvg` (ECharts'
 * `renderToSVGString()` at `layout.chart`'s size) nested in the chart box. `scale` sets the document's
 * width and height attributes (the viewBox stays in CSS pixels), for a rasteriser that reads them.
 * With no chart (`chartSvg` empty), the picture is the words alone.
 */
export function pictureSvg(chartSvg: string, layout: PictureLayout, scale = 1): string {
  const { width, height } = layout;
  const chart = nestSvg(chartSvg, layout.chart.x, layout.chart.y);
  const texts = layout.lines
    .map(
      (l) =>
        `<text x="${l.x}" y="${l.y}" font-size="${l.size}" font-weight="${l.weight}" fill="${escapeXml(l.color)}">${escapeXml(l.text)}</text>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width * scale)}" height="${round(height * scale)}" ` +
    `viewBox="0 0 ${width} ${height}" lang="${layout.lang}">` +
    `<rect width="100%" height="100%" fill="${escapeXml(layout.background)}"/>` +
    `<g font-family="${escapeXml(layout.fontFamily)}">${texts}</g>` +
    chart +
    `</svg>`
  );
}

/** The element's font, then fonts with Chinese glyphs, then the generic family, each named once. */
function fontList(own: string): string {
  const names = own
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f && f !== 'sans-serif' && f !== 'inherit');
  const quoted = [...names, ...CJK_FALLBACK.map((f) => `"${f}"`)];
  return [...new Set(quoted), 'sans-serif'].join(', ');
}

/** An exported chart, placed at (x, y): its root `<svg>` becomes a nested one; any XML prolog goes. */
function nestSvg(svg: string, x: number, y: number): string {
  const body = svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '').replace(/^\s*<!DOCTYPE[^>]*>\s*/i, '');
  if (!body.startsWith('<svg')) return '';
  return `<svg x="${x}" y="${y}"${body.slice(4)}`;
}

/**
 * A CSS font-family list safe inside an SVG attribute: ECharts' SVG export writes attribute values unescaped,
 * so a family quoted with `"` ("Times New Roman", as browsers report it) would end the attribute. Give charts
 * drawn for a picture this form of the font.
 */
export function pictureFont(family: string): string {
  return family.replace(/["<>&]/g, (c) => (c === '"' ? "'" : ''));
}

/** Text for an XML text node or attribute value. */
export function escapeXml(text: string): string {
  // Control characters other than tab and line breaks are not allowed in XML 1.0 at all.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** Characters that may not start a line (Chinese and Latin closing punctuation). */
const NO_LINE_START = new Set([...'，。、：；！？）》」』”’,.;:!?)]}%…']);

/** A generous width for one character, in ems, so that wrapped lines fit in any sans-serif font. */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (ch === ' ') return 0.33;
  if (code < 0x2e80) {
    if (/[il.,:;'|!]/.test(ch)) return 0.32;
    if (/[A-Z0-9MW%@#&mw]/.test(ch)) return 0.72;
    return 0.62;
  }
  return 1;
}

/** The estimated width of a string at `size` px. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w * size;
}

/**
 * Breaks text into lines no wider than `width` at `size` px: at spaces between Latin words, anywhere between
 * CJK characters, never before closing punctuation; a word longer than a line is cut where it must be.
 */
export function wrapText(text: string, width: number, size: number): string[] {
  const tokens = text.replace(/\s+/g, ' ').trim().match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const token of tokens) {
    if (token === ' ') {
      if (line) line += ' ';
      continue;
    }
    if (textWidth(line + token, size) <= width || (NO_LINE_START.has([...token][0]!) && token.length === 1)) {
      line += token;
      continue;
    }
    if (line.trim()) push();
    // A single word wider than the line: cut it.
    let rest = token;
    while (textWidth(rest, size) > width) {
      let cut = '';
      for (const ch of rest) {
        if (textWidth(cut + ch, size) > width && cut) break;
        cut += ch;
      }
      lines.push(cut);
      rest = rest.slice(cut.length);
    }
    line = rest;
  }
  push();
  return lines;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
