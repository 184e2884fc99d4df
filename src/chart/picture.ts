/**
 * A picture of a figure that stands alone when posted elsewhere: the title, the figure in words, the chart as
 * ECharts exported it, and the source line, on the element's background. Pure string work with no DOM, so the
 * browser's downloads and the server's `image` command build the same picture:
 *
 *     const layout = pictureLayout(text, colors, PICTURE_PRESETS.square);
 *     // draw the element's option with ECharts' SVG renderer at layout.chart.width × layout.chart.height
 *     // (`init(null, theme, { renderer: 'svg', ssr: true, width, height })`, `animation: false`)
 *     const svg = pictureSvg(chart.renderToSVGString(), layout);
 *     // PNG: rasterise `svg` at layout.pixelWidth × layout.pixelHeight (a canvas, or resvg on a server)
 *
 * Words are wrapped here, without a font to measure with: each character is given a generous width (a CJK
 * character a full em, Latin letters and digits 0.62 em), so a line never runs past the picture's edge in any
 * sans-serif font; at worst it breaks a little early.
 */

import { presentationSvg } from './svg-attributes.js';
import { breakLines, CJK, textWidth } from './line-break.js';

export { breakLines, charWidth, NO_LINE_END, NO_LINE_START, textWidth, wrapText } from './line-break.js';

/**
 * The size of a picture: a width in CSS pixels, the chart's height within it (or, for a fixed-size picture, the
 * picture's height), and the PNG's pixels per CSS pixel.
 */
export interface PicturePreset {
  /** The picture's width in CSS pixels: what the layout (and the chart) is drawn at. */
  width: number;
  /** The chart's height in CSS pixels, when the picture's height follows its content. */
  chartHeight: number;
  /** Pixels per CSS pixel in a PNG: 2 for a sharp picture on a high-density screen. */
  scale: number;
  /** A fixed height in CSS pixels: the chart (or the figures) take what the words leave. */
  height?: number;
}

/**
 * `standard`: the download (SVG at 540 px, PNG at 2×, 1080 px wide), as tall as its content.
 * The sizes platforms expect, drawn at half size and doubled so that every word is at least 24 px in the PNG:
 * `square` 1080×1080 and `portrait` 1080×1350 (WeChat, Weibo, Instagram), `landscape` 1200×675 (link
 * previews). `share`, the card of earlier versions, is now the portrait picture.
 */
export const PICTURE_PRESETS = {
  standard: { width: 540, chartHeight: 340, scale: 2 },
  square: { width: 540, height: 540, chartHeight: 0, scale: 2 },
  portrait: { width: 540, height: 675, chartHeight: 0, scale: 2 },
  landscape: { width: 600, height: 337.5, chartHeight: 0, scale: 2 },
  share: { width: 540, height: 675, chartHeight: 0, scale: 2 },
} as const satisfies Record<string, PicturePreset>;

export type PicturePresetName = keyof typeof PICTURE_PRESETS;

/** The fixed sizes platforms expect, by name: what the download menu offers and `image --preset NAME` takes. */
export const PICTURE_PRESET_NAMES = ['square', 'portrait', 'landscape'] as const;
export type SizedPresetName = (typeof PICTURE_PRESET_NAMES)[number];

/** Whether `name` is one of `PICTURE_PRESET_NAMES` (a plain string from a command line or an attribute). */
export function isSizedPreset(name: unknown): name is SizedPresetName {
  return typeof name === 'string' && (PICTURE_PRESET_NAMES as readonly string[]).includes(name);
}

/** One figure of a picture without a chart: the number large, its label, and lines under it (qualifiers). */
export interface PictureFigure {
  /** The figure as the reader sees it large ("300多家"); empty for a milestone without a number. */
  value: string;
  label: string;
  lines?: readonly string[];
}

/** What the picture says, in the element's language. */
export interface PictureText {
  /** The element's title. */
  title: string;
  /** The figure in words: the element's description sentence. */
  words: string;
  /**
   * The chart writes none of its figures (the gauge draws no number): the words are where they are, so a wide
   * picture keeps them, with its title over the whole width, rather than drop them.
   */
  wordsHoldFigures?: boolean | undefined;
  /** The source line, as the element prints it. */
  source: string;
  lang: 'zh' | 'en';
  /**
   * For an element without a chart (`<sx-stat>`, `<sx-results-board>`): its figures, drawn large in the chart's
   * place. A fixed-size picture shows as many as fit and says how many more the full data holds.
   */
  figures?: readonly PictureFigure[];
}

/** The colours and font of the picture: the element's palette (a `Palette` has them all). */
export interface PictureColors {
  text: string;
  muted: string;
  background: string;
  fontFamily: string;
  /** The figures' colour (default: the text colour). */
  accent?: string;
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
  /** The margin on every side, for title, chart and source alike. */
  margin: number;
  /**
   * The box the chart goes into (0 high: no chart). Draw the element's option at `chart.width / zoom` ×
   * `chart.height / zoom` (`chartDrawSize`): `pictureSvg` scales the drawing up to the box, so that the chart's
   * smallest labels (11 px on screen) are at least 24 px in a 1080 px picture.
   */
  chart: { x: number; y: number; width: number; height: number; view?: ChartView | undefined };
  /** How much larger than drawn the chart is shown: 1.25 where the width allows (a chart is drawn ≥ 320 px wide). */
  zoom: number;
  lines: PictureLine[];
  background: string;
  fontFamily: string;
  lang: 'zh' | 'en';
}

/**
 * The part of the chart's drawing a picture shows, in the drawing's pixels (`chartDrawSize`). Set by
 * `fitChartContent`; without it the picture shows the whole drawing.
 */
export interface ChartView {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Fonts with Chinese glyphs, after the element's own: a picture is drawn without the page's web fonts. */
const CJK_FALLBACK = [
  'Noto Sans CJK SC',
  'Source Han Sans SC',
  'PingFang SC',
  'Microsoft YaHei',
  'WenQuanYi Micro Hei',
];

/** Text sizes in CSS pixels (doubled in a PNG): none under 12, so none under 24 px in a 1080 px picture. */
const TITLE_SIZE = 24;
const WORDS_SIZE = 16;
const SOURCE_SIZE = 13;
const MIN_SIZE = 12;
const LINE_HEIGHT = 1.35;
const GAP = 10;

/** The chart's zoom in a picture: 11 px ticks × 1.25 × 2 = 27.5 px in the PNG. */
const FIXED_ZOOM = 1.25;
/** The narrowest a chart is drawn: the phone column every element is laid out for. */
const MIN_DRAW_WIDTH = 320;

/** Zoomed as much as the chart's width allows while drawing it at least 320 px wide. */
function chartZoom(width: number): number {
  return round(Math.max(1, Math.min(FIXED_ZOOM, width / MIN_DRAW_WIDTH)));
}

/** The size to draw the chart at, for ECharts: the chart box divided by the layout's zoom. */
export function chartDrawSize(layout: Pick<PictureLayout, 'chart' | 'zoom'>): { width: number; height: number } {
  const zoom = layout.zoom ?? 1;
  return { width: Math.round(layout.chart.width / zoom), height: Math.round(layout.chart.height / zoom) };
}

/** Room kept around a chart's drawn content when a picture fits its box to it, in the drawing's pixels. */
const CONTENT_PAD = 6;
/** The most a fitted chart grows past its zoom: its labels stay in proportion to the picture's words. */
const MAX_GROW = 1.5;

/**
 * A fixed-size picture's chart box fitted to what the chart drew (`extent`: its content's box, in the drawing's
 * pixels). A short chart (the task map's rows, a gauge's half ring) drawn into the tall box of a portrait or square
 * frame leaves its empty part under the content, a third of the frame blank above the source line. Here the box
 * takes only the content, grown as far as the room allows (up to 1.5 times, so its labels stay in proportion to
 * the words), and sits in the middle of the room the words leave, as a desk sets a figure; content centred in its
 * drawing (a ring, a gauge) stays centred, content drawn from the left (rows with their names) stays on the
 * margin. A chart that fills its box, or no content, leaves the layout as it was.
 */
export function fitChartContent(
  layout: PictureLayout,
  extent: { left: number; right: number; top: number; bottom: number } | undefined,
): PictureLayout {
  const { chart, zoom } = layout;
  if (!extent || !(extent.bottom > extent.top) || !(extent.right > extent.left) || chart.height <= 0) return layout;
  const [drawnWidth, drawnHeight] = [chart.width / zoom, chart.height / zoom];
  const top = Math.max(0, Math.floor(extent.top) - CONTENT_PAD);
  const bottom = Math.min(drawnHeight, Math.ceil(extent.bottom) + CONTENT_PAD);
  if (bottom - top >= drawnHeight - 2 * CONTENT_PAD) return layout;
  // Centred content keeps its middle; content from the left keeps its left edge (its room on the left included).
  const centred = Math.abs(extent.left - (drawnWidth - extent.right)) <= drawnWidth * 0.05;
  const left = centred ? Math.max(0, Math.floor(extent.left) - CONTENT_PAD) : 0;
  const right = centred ? Math.min(drawnWidth, drawnWidth - left) : Math.min(drawnWidth, Math.ceil(extent.right) + CONTENT_PAD);
  const view = { x: left, y: top, width: right - left, height: bottom - top };
  const grown = Math.min(chart.width / view.width, chart.height / view.height, zoom * MAX_GROW);
  const scale = Math.max(zoom, grown);
  const [width, height] = [round(view.width * scale), round(view.height * scale)];
  const x = round(centred ? chart.x + (chart.width - width) / 2 : chart.x);
  const y = round(chart.y + (chart.height - height) / 2);
  return { ...layout, zoom: round(scale), chart: { x, y, width, height, view } };
}

/** The margin on every side: 48 px in a 1080 px picture, in proportion for other widths, never under 24 CSS px. */
export function pictureMargin(width: number): number {
  return Math.max(24, Math.round((width * 48) / 1080));
}

/**
 * Lays the picture out: the title (bold) and the words wrapped to the inner width, the chart box, and the source
 * line under it, all inside one margin. `chartHeight` overrides the preset's (a browser may pass the height the
 * reader sees) for a picture whose height follows its content. A fixed-size preset gives the chart what the words
 * leave; a wide one (landscape) puts the words beside the chart. When the words would leave the chart too little
 * room, they go (the chart and the title say the figure) rather than shrink under the minimum size.
 */
export function pictureLayout(
  text: PictureText,
  colors: PictureColors,
  preset: PicturePreset = PICTURE_PRESETS.standard,
  chartHeight: number = preset.chartHeight,
): PictureLayout {
  const width = Math.round(preset.width);
  const margin = pictureMargin(width);
  const inner = width - 2 * margin;
  const prepare = wellFormed;
  const clean = {
    ...text,
    title: prepare(text.title),
    // Figures say in large what the words say: the picture does not say it twice.
    words: text.figures?.length ? '' : prepare(text.words),
    source: prepare(text.source),
    figures: text.figures?.map((f) => ({
      value: prepare(f.value),
      label: prepare(f.label),
      lines: (f.lines ?? []).map(prepare),
    })),
  };
  const base = {
    width,
    margin,
    background: colors.background,
    fontFamily: fontList(colors.fontFamily, text.lang),
    lang: text.lang,
  };
  if (preset.height === undefined) return flowLayout(clean, colors, preset, chartHeight, base, inner);
  return fixedLayout(clean, colors, preset, preset.height, base, inner);
}

type Clean = PictureText & { figures?: { value: string; label: string; lines: string[] }[] | undefined };
type Base = Pick<PictureLayout, 'width' | 'margin' | 'background' | 'fontFamily' | 'lang'>;

/** A column of wrapped text blocks from `top`, `width` wide at `x`; returns the lines and the y under them. */
function column(
  blocks: { text: string; size: number; weight: 400 | 700; color: string; gapBefore?: number }[],
  x: number,
  top: number,
  width: number,
): { lines: PictureLine[]; bottom: number } {
  const lines: PictureLine[] = [];
  let y = top;
  for (const b of blocks) {
    if (!b.text.trim()) continue;
    if (lines.length) y += b.gapBefore ?? 0;
    for (const line of breakLines(b.text, width, b.size)) {
      y += b.size * LINE_HEIGHT;
      lines.push({ text: line, x, y: baseline(y, b.size), size: b.size, weight: b.weight, color: b.color });
    }
  }
  return { lines, bottom: y };
}

/** The baseline of a line whose box ends at `bottom`. */
function baseline(bottom: number, size: number): number {
  return round(bottom - size * (LINE_HEIGHT - 1) * 0.5 - size * 0.15);
}

/** A picture as tall as its content (the `standard` download). */
function flowLayout(text: Clean, colors: PictureColors, preset: PicturePreset, chartHeight: number, base: Base, inner: number): PictureLayout {
  const { margin } = base;
  const head = column(
    [
      { text: text.title, size: TITLE_SIZE, weight: 700, color: colors.text },
      { text: text.words, size: WORDS_SIZE, weight: 400, color: colors.text, gapBefore: GAP / 2 },
    ],
    margin,
    margin,
    inner,
  );
  const lines = [...head.lines];
  let y = head.bottom + GAP;
  // The chart is drawn at the height it has on screen, and shown zoomed like its width.
  let chart = { x: margin, y: round(y), width: inner, height: Math.max(0, Math.round(chartHeight * chartZoom(inner))) };
  if (text.figures?.length) {
    const grid = figureGrid(text.figures, { x: margin, y, width: inner, height: Infinity }, colors, text.lang);
    lines.push(...grid.lines);
    chart = { ...chart, height: 0 };
    y = grid.bottom + GAP;
  } else {
    y += chart.height + GAP;
  }
  const foot = column([{ text: text.source, size: SOURCE_SIZE, weight: 400, color: colors.muted }], margin, y, inner);
  lines.push(...foot.lines);
  const height = Math.ceil(foot.bottom + margin);
  return finished(base, preset, height, chart, lines);
}

/** The layout of `base`'s picture at `height`, its pixel size at the preset's scale and the chart's zoom. */
function finished(base: Base, preset: PicturePreset, height: number, chart: PictureLayout['chart'], lines: PictureLine[]): PictureLayout {
  return {
    ...base,
    height,
    pixelWidth: Math.round(base.width * preset.scale),
    pixelHeight: Math.round(height * preset.scale),
    chart,
    zoom: chartZoom(chart.width),
    lines,
  };
}

/** A picture of a fixed size: the chart (or the figures) take the room the words leave. */
function fixedLayout(text: Clean, colors: PictureColors, preset: PicturePreset, height: number, base: Base, inner: number): PictureLayout {
  const { width, margin } = base;
  const innerHeight = height - 2 * margin;
  const wide = width / height > 1.5;
  const sourceBlock = [{ text: text.source, size: SOURCE_SIZE, weight: 400 as const, color: colors.muted }];
  const sourceHeight = column(sourceBlock, 0, 0, inner).bottom;
  const sourceTop = height - margin - sourceHeight;
  const result = (lines: PictureLine[], chart: PictureLayout['chart']): PictureLayout =>
    finished(base, preset, height, chart, [...lines, ...column(sourceBlock, margin, sourceTop, inner).lines]);
  // Arrangements to try, in order, each with a title size and whether the words are kept: the first that leaves
  // the chart its room wins. A wide picture (landscape) puts the words beside the chart: the title with them in a
  // column on the left. When the words alone hold the figures (`wordsHoldFigures`) and do not fit there, the title
  // goes over the whole width and the words beside the chart under it, and a title that would break inside a
  // word in that column ("2025年目 / 标：城镇调查") goes over it too. A picture stands alone: it keeps the figures.
  const over = wide && !!text.wordsHoldFigures && !!text.words.trim();
  const tries: { title: number; words: boolean; over?: boolean; wordsSize?: number }[] = [
    { title: TITLE_SIZE, words: true },
    { title: 20, words: true },
    ...(over
      ? [
          { title: TITLE_SIZE, words: true, over: true },
          { title: 20, words: true, over: true },
          { title: 20, words: true, over: true, wordsSize: 14 },
        ]
      : []),
    { title: TITLE_SIZE, words: false },
    { title: 20, words: false },
    { title: 18, words: false },
    { title: 16, words: false },
  ];
  for (const [i, attempt] of tries.entries()) {
    const last = i === tries.length - 1;
    const titleBlock = { text: text.title, size: attempt.title, weight: 700 as const, color: colors.text };
    const wordsBlock = { text: text.words, size: attempt.wordsSize ?? WORDS_SIZE, weight: 400 as const, color: colors.text, gapBefore: GAP / 2 };
    const blocks = attempt.words ? [titleBlock, wordsBlock] : [titleBlock];
    if (attempt.over) {
      const title = column([titleBlock], margin, margin, inner);
      const top = title.bottom + GAP;
      // The chart keeps the width at which its 11 px ticks are zoomed to 12 (24 px in the PNG) at 320 px drawn.
      const besideWidth = Math.min(Math.round(inner * 0.4), inner - 2 * GAP - Math.ceil((MIN_DRAW_WIDTH * MIN_SIZE) / 11));
      const words = column([{ ...wordsBlock, gapBefore: 0 }], margin, top, besideWidth);
      const box = { x: margin + besideWidth + 2 * GAP, y: top, width: inner - besideWidth - 2 * GAP, height: sourceTop - GAP - top };
      const fits =
        wordsFit(titleBlock.text, inner, titleBlock.size) &&
        wordsFit(wordsBlock.text, besideWidth, wordsBlock.size) &&
        words.bottom <= sourceTop - GAP &&
        box.height >= innerHeight * 0.5;
      if (fits) return place(text, colors, [...title.lines, ...words.lines], box, result);
      continue;
    }
    if (wide) {
      // Words on the left, the chart on the right, the source under both.
      const textWidth = Math.round(inner * 0.3);
      const head = column(blocks, margin, margin, textWidth);
      const box = { x: margin + textWidth + 2 * GAP, y: margin, width: inner - textWidth - 2 * GAP, height: sourceTop - GAP - margin };
      const fits =
        head.bottom <= sourceTop - GAP &&
        blocks.every((b) => wordsFit(b.text, textWidth, b.size)) &&
        (!over || !attempt.words || titleBreaksWell(breakLines(text.title, textWidth, attempt.title)));
      if (!fits && !last) continue;
      return place(text, colors, head.lines, box, result);
    }
    const head = column(blocks, margin, margin, inner);
    const box = { x: margin, y: head.bottom + GAP, width: inner, height: sourceTop - GAP - head.bottom - GAP };
    if (box.height < innerHeight * 0.5 && !last) continue;
    return place(text, colors, head.lines, box, result);
  }
  throw new Error('unreachable');
}

/** The chart box, or the figures drawn into it. */
function place(
  text: Clean,
  colors: PictureColors,
  head: PictureLine[],
  box: { x: number; y: number; width: number; height: number },
  result: (lines: PictureLine[], chart: PictureLayout['chart']) => PictureLayout,
): PictureLayout {
  const chart = { x: round(box.x), y: round(box.y), width: Math.round(box.width), height: Math.max(0, Math.floor(box.height)) };
  if (!text.figures?.length) return result(head, chart);
  const grid = figureGrid(text.figures, box, colors, text.lang);
  return result([...head, ...grid.lines], { ...chart, height: 0 });
}

/**
 * Figures laid out as a grid of cards in `box`: the number large (in the accent colour when it stands alone),
 * its label and its lines under it. The largest number size (and the fewest columns) at which every figure fits wins; when none does at
 * the smallest, the grid shows the figures that fit and a line saying how many more the full data holds. A box
 * of infinite height takes every figure at a size chosen for its width.
 */
function figureGrid(
  figures: readonly { value: string; label: string; lines: string[] }[],
  box: { x: number; y: number; width: number; height: number },
  colors: PictureColors,
  lang: 'zh' | 'en',
): { lines: PictureLine[]; bottom: number } {
  const single = figures.length === 1;
  // The accent marks the one thing to see: a single figure's number; a grid of figures is ink, as on screen.
  const accent = single ? (colors.accent ?? colors.text) : colors.text;
  const sizes = single ? [72, 60, 48, 40, 32, 26, 22] : [40, 34, 28, 24, 20, 18];
  const maxColumns = Math.max(1, Math.min(single ? 1 : 4, Math.floor(box.width / 120), figures.length));
  const build = (valueSize: number, columns: number, count: number) => {
    // A single figure's words stay readable beside a smaller number (an English phrase): 16 and 14 at least.
    const labelSize = single ? Math.max(16, Math.min(18, Math.round(valueSize * 0.42))) : Math.max(MIN_SIZE, Math.min(15, Math.round(valueSize * 0.42)));
    const noteSize = single ? labelSize - 2 : Math.max(MIN_SIZE, labelSize - 2);
    const gap = Math.round(valueSize * 0.5);
    const colWidth = (box.width - (columns - 1) * gap) / columns;
    const lines: PictureLine[] = [];
    let whole = true;
    let top = box.y;
    for (let row = 0; row * columns < count; row++) {
      let rowBottom = top;
      for (let c = 0; c < columns; c++) {
        const f = figures[row * columns + c];
        if (!f || row * columns + c >= count) break;
        const x = round(box.x + c * (colWidth + gap));
        const cell = column(
          [
            { text: f.value, size: valueSize, weight: 700, color: accent },
            { text: f.label, size: labelSize, weight: 700, color: colors.text, gapBefore: 2 },
            ...f.lines.map((l) => ({ text: l, size: noteSize, weight: 400 as const, color: colors.muted, gapBefore: 2 })),
          ],
          x,
          top,
          colWidth,
        );
        lines.push(...cell.lines);
        rowBottom = Math.max(rowBottom, cell.bottom);
        // No word cut in two, and a single figure's number on one line.
        whole &&= [f.value, f.label, ...f.lines].every((t) => wordsFit(t, colWidth, t === f.value ? valueSize : Math.max(labelSize, noteSize)));
        if (single && f.value) whole &&= textWidth(f.value, valueSize) <= colWidth;
      }
      top = rowBottom + gap;
    }
    return { lines, bottom: top - gap, whole };
  };
  const fits = (g: { bottom: number; whole: boolean }) => g.whole && g.bottom <= box.y + box.height;
  if (box.height === Infinity) {
    // As tall as it needs: the largest size and most columns (up to 3) at which no word is cut.
    for (const size of single ? sizes : [28, 24, 20, 18]) {
      for (let columns = single ? 1 : Math.min(maxColumns, 3); columns >= 1; columns--) {
        const grid = build(size, columns, figures.length);
        if (grid.whole) return grid;
      }
    }
    return build(sizes[sizes.length - 1]!, 1, figures.length);
  }
  for (const size of sizes) {
    for (let columns = 1; columns <= maxColumns; columns++) {
      const grid = build(size, columns, figures.length);
      if (fits(grid)) return single ? centred(grid, box) : grid;
    }
  }
  // Not all fit: as many as fit (at any size and column count), and a line that says how many more.
  let best: { lines: PictureLine[]; bottom: number; count: number } | undefined;
  for (const size of sizes) {
    for (let columns = 1; columns <= maxColumns; columns++) {
      for (let count = figures.length - 1; count > (best?.count ?? 0); count--) {
        const grid = build(size, columns, count);
        if (!grid.whole) break;
        const note = column(
          [{ text: moreFigures(figures.length - count, lang), size: MIN_SIZE + 1, weight: 400, color: colors.muted }],
          box.x,
          grid.bottom + GAP,
          box.width,
        );
        if (note.bottom <= box.y + box.height) {
          best = { lines: [...grid.lines, ...note.lines], bottom: note.bottom, count };
          break;
        }
      }
    }
  }
  return best ?? build(sizes[sizes.length - 1]!, maxColumns, 1);
}

/** Whether every word of `text` (a run without spaces; CJK breaks anywhere) fits in `width` at `size`. */
function wordsFit(text: string, width: number, size: number): boolean {
  return text.split(/\s+/).every((word) => word.split(CJK).every((run) => textWidth(run, size) <= width));
}

/**
 * Whether a title's lines break where a reader would: at most three lines, each ending at a space (English is
 * broken at spaces only), after punctuation, or where Chinese meets a Latin letter or digit; never inside a run of
 * Chinese characters, which would split a word (七方 / 面).
 */
function titleBreaksWell(lines: readonly string[]): boolean {
  return (
    lines.length <= 3 &&
    lines.slice(0, -1).every((line, i) => {
      const last = line.trimEnd().slice(-1);
      const next = lines[i + 1]!.trimStart().charAt(0);
      return !CJK.test(last) || !CJK.test(next) || /[，。：；、！？）》」』”]/u.test(last);
    })
  );
}

/** A single figure sits in the middle of its box's height. */
function centred(grid: { lines: PictureLine[]; bottom: number }, box: { y: number; height: number }): { lines: PictureLine[]; bottom: number } {
  const shift = Math.max(0, (box.y + box.height - grid.bottom) / 2);
  return { lines: grid.lines.map((l) => ({ ...l, y: round(l.y + shift) })), bottom: grid.bottom + shift };
}

/** "另有5项，见完整数据" / "5 more in the full data". */
function moreFigures(n: number, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `另有${n}项，见完整数据` : `${n} more in the full data`;
}

/**
 * The picture as an SVG document: the background, the lines of text, and `chartSvg` (ECharts'
 * `renderToSVGString()` at `layout.chart`'s size) nested in the chart box, its CSS turned into presentation
 * attributes (`presentationSvg`) so that WeChat and editors that strip CSS keep its fonts and colours. `scale`
 * sets the document's width and height attributes (the viewBox stays in CSS pixels), for a rasteriser that reads
 * them. With no chart (`chartSvg` empty), the picture is the words alone. The document is well-formed Unicode: a
 * lone surrogate (half an emoji, from a CMS that cut a string) becomes U+FFFD.
 */
export function pictureSvg(chartSvg: string, layout: PictureLayout, scale = 1): string {
  const { width, height } = layout;
  const chart = layout.chart.height > 0 ? nestSvg(presentationSvg(chartSvg), layout.chart) : '';
  const texts = layout.lines
    .map(
      (l) =>
        `<text x="${l.x}" y="${l.y}" font-size="${l.size}" font-weight="${l.weight}" fill="${escapeXml(l.color)}">${escapeXml(l.text)}</text>`,
    )
    .join('');
  return wellFormed(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width * scale)}" height="${round(height * scale)}" ` +
      `viewBox="0 0 ${width} ${height}" lang="${layout.lang}">` +
      `<rect width="100%" height="100%" fill="${escapeXml(layout.background)}"/>` +
      `<g font-family="${escapeXml(layout.fontFamily)}">${texts}</g>` +
      chart +
      `</svg>`,
  );
}

/** Text as well-formed Unicode: each lone surrogate (half an emoji) becomes U+FFFD, as `toWellFormed()` does. */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** A font with Chinese glyphs, by its name: its Latin punctuation is full-width. */
const CJK_NAME = /CJK|\b(SC|TC|HK|JP|KR)\b|Hei|Song|Kai|Ming|YaHei|PingFang|Hiragino|Source Han|WenQuanYi|[\u4e00-\u9fff]/i;

/**
 * Latin fonts for an English picture, before the CJK ones (a CJK font draws ’ full-width: "Shanxi’ s"): Arial and
 * its metric twin first, as the picture measures its words for them; the wider DejaVu Sans last.
 */
const LATIN_FALLBACK = ['Helvetica Neue', 'Arial', 'Liberation Sans', 'Noto Sans', 'DejaVu Sans'];

/**
 * The element's font, then (in English) common Latin fonts, then fonts with Chinese glyphs, then the generic
 * family, each named once.
 */
function fontList(own: string, lang: 'zh' | 'en' = 'zh'): string {
  const names = own
    .split(',')
    .map((f) => f.trim().replace(/^(["'])(.*)\1$/, '$2'))
    .filter((f) => f && f !== 'sans-serif' && f !== 'inherit');
  const fallback = lang === 'en' ? [...LATIN_FALLBACK, ...CJK_FALLBACK] : CJK_FALLBACK;
  const quote = (f: string) => (/^[\w-]+$/.test(f) ? f : `"${f}"`);
  // Keywords (system-ui) go after the named fonts: resvg takes one for its default font and stops there.
  const keyword = (f: string) => /^(system-ui|ui-[\w-]+|-apple-system|BlinkMacSystemFont)$/i.test(f);
  const named = names.filter((f) => !keyword(f));
  // In English a page's Chinese fonts go after the Latin ones: a CJK font draws ’ full-width ("Shanxi’ s").
  const cjk = (f: string) => lang === 'en' && CJK_NAME.test(f);
  const ordered = [...named.filter((f) => !cjk(f)), ...(lang === 'en' ? LATIN_FALLBACK : []), ...named.filter(cjk), ...fallback];
  return [...new Set([...ordered, ...names.filter(keyword)]), 'sans-serif'].map(quote).join(', ');
}

/**
 * The font list a picture's chart is drawn in, in the picture's language (as its words are), in the form
 * `pictureFont` gives: safe inside the attributes ECharts' SVG export writes unescaped.
 */
export function pictureFonts(own: string, lang: 'zh' | 'en'): string {
  return pictureFont(fontList(own, lang));
}

/**
 * An exported chart, placed in `box`: its root `<svg>` becomes a nested one at the box's position and size, its
 * viewBox (what it was drawn at) kept, so a chart drawn smaller is scaled up; any XML prolog goes.
 */
function nestSvg(svg: string, box: PictureLayout['chart']): string {
  const body = svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '').replace(/^\s*<!DOCTYPE[^>]*>\s*/i, '');
  const root = /^<svg\b([^>]*)>/.exec(body);
  if (!root) return '';
  let attributes = root[1]!;
  const drawn = (name: string) => /^[\d.]+$/.exec(new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1] ?? '')?.[0];
  const [w, h] = [drawn('width'), drawn('height')];
  attributes = attributes.replace(/\s(x|y|width|height)="[^"]*"/g, '');
  // A fitted box shows only the band of the drawing with content in it (fitChartContent).
  if (box.view) attributes = `${attributes.replace(/\sviewBox="[^"]*"/, '')} viewBox="${box.view.x} ${box.view.y} ${box.view.width} ${box.view.height}"`;
  else if (!/\sviewBox=/.test(attributes) && w && h) attributes += ` viewBox="0 0 ${w} ${h}"`;
  return `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"${attributes}>${body.slice(root[0].length)}`;
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

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
