/**
 * The picture downloads, in the browser: the element's option drawn by ECharts' own SVG export
 * (`renderToSVGString` on a server-side-rendering instance, which touches no DOM and leaves the live chart
 * alone), framed by `pictureSvg` with the title, the words and the source line; a PNG is that SVG rasterised on
 * a canvas. Loaded only when a reader asks for a picture.
 */
import type { ChartRuntime } from '../chart/echarts-controller.js';
import {
  PICTURE_PRESETS,
  chartDrawSize,
  fitChartContent,
  pictureFonts,
  pictureLayout,
  pictureSvg,
  type PictureColors,
  type PictureFigure,
  type PicturePreset,
  type PicturePresetName,
  type PictureText,
} from '../chart/picture.js';
import type { EChartsCoreOption } from '../chart/runtime.js';
import type { Palette } from '../chart/theme.js';

export interface PictureRequest {
  /** ECharts, for a picture with a chart; none for a picture of figures or words alone. */
  runtime?: ChartRuntime | undefined;
  /** Builds the element's option (animation off) for a chart of this size. */
  option: () => EChartsCoreOption;
  theme: object;
  text: PictureText;
  colors: PictureColors;
  preset: PicturePreset;
  chartHeight?: number | undefined;
  /**
   * The figures to draw large instead of a chart that a fixed-size picture cannot hold without drawing its texts
   * over one another even unzoomed (six bars of long names in a landscape); none: the chart as it is.
   */
  fallbackFigures?: readonly PictureFigure[] | undefined;
}

/** A picture as an element asks for it: its option and theme for any palette, its palette, a preset's name. */
export interface ElementPictureRequest {
  runtime?: ChartRuntime | undefined;
  option(palette: Palette): EChartsCoreOption;
  theme(palette: Palette): object;
  palette: Palette;
  text: PictureText;
  preset: PicturePresetName;
  chartHeight?: number | undefined;
  fallbackFigures?: readonly PictureFigure[] | undefined;
}

/**
 * The request for the element's palette made safe for ECharts' SVG export, which writes attribute values
 * unescaped: a font family quoted with `"` ("Times New Roman", as browsers report it) would end the attribute.
 * (Kept here, not in the element, so the page's first chunk never loads the picture code.)
 */
export function fromPalette(r: ElementPictureRequest): PictureRequest {
  const palette = { ...r.palette, fontFamily: pictureFonts(r.palette.fontFamily, r.text.lang) };
  const colors: PictureColors = { ...palette, accent: palette.accent };
  return {
    runtime: r.runtime,
    option: () => r.option(palette),
    theme: r.theme(palette),
    text: r.text,
    colors,
    preset: PICTURE_PRESETS[r.preset],
    chartHeight: r.chartHeight,
    fallbackFigures: r.fallbackFigures,
  };
}

/** The picture of an element without a chart: its figures large, in the chart's place (`<sx-stat>`, a board). */
export function figureRequest(
  text: Omit<PictureText, 'figures'>,
  figures: readonly PictureFigure[],
  palette: Palette,
  preset: PicturePresetName,
): ElementPictureRequest {
  return { option: () => ({}), theme: () => ({}), palette, text: { ...text, figures }, preset, chartHeight: 0 };
}

/** The picture as an SVG document, at `scale` × its CSS size. */
export async function pictureDocument(request: PictureRequest, scale = 1): Promise<{ svg: string; width: number; height: number }> {
  const { runtime, preset } = request;
  const layout = pictureLayout(request.text, request.colors, preset, request.chartHeight);
  if (!runtime || layout.chart.height <= 0) {
    return { svg: pictureSvg('', layout, scale), width: Math.round(layout.width * scale), height: Math.round(layout.height * scale) };
  }
  await runtime.loadRenderer('svg');
  const draw = (at: typeof layout) => {
    const chart = runtime.init(null as unknown as HTMLElement, request.theme, { renderer: 'svg', ssr: true, ...chartDrawSize(at) });
    chart.setOption({ ...request.option(), animation: false });
    return chart;
  };
  let drawn = layout;
  let chart = draw(drawn);
  let boxes = drawnBoxes(chart);
  try {
    // A fixed-size frame too short for what the chart must write (rows of long names in a landscape) would have
    // its texts drawn over one another: the chart is drawn again at its full size in the box, unzoomed, which its
    // 12 px labels allow (24 px in the PNG); a chart with smaller text (11 px ticks) keeps its zoom.
    if (preset.height !== undefined && layout.zoom > 1 && overdrawn(boxes, chartDrawSize(layout)) && smallestText(boxes) >= MIN_UNZOOMED_TEXT) {
      chart.dispose();
      drawn = { ...layout, zoom: 1 };
      chart = draw(drawn);
      boxes = drawnBoxes(chart);
    }
    // Still too short: the figures large in the chart's place (as many as fit, and how many more the data holds).
    const figures = request.fallbackFigures;
    if (preset.height !== undefined && figures?.length && overdrawn(boxes, chartDrawSize(drawn))) {
      return pictureDocument({ ...request, runtime: undefined, fallbackFigures: undefined, text: { ...request.text, figures, wordsHoldFigures: false } }, scale);
    }
    // A fixed-size frame shows a short chart's content in the middle of its room, not at the top of an empty box.
    const fitted = preset.height === undefined ? drawn : fitChartContent(drawn, drawnExtent(boxes));
    const svg = pictureSvg(chart.renderToSVGString(), fitted, scale);
    return { svg, width: Math.round(layout.width * scale), height: Math.round(layout.height * scale) };
  } finally {
    chart.dispose();
  }
}

/** The smallest text a chart may show unzoomed in a picture: 12 CSS px, 24 px in a 1080 px PNG. */
const MIN_UNZOOMED_TEXT = 12;

/** A visible element of a drawing: its box as drawn (transformed) and, for a text, its size; `rect` for a bar. */
interface DrawnBox {
  box: { left: number; right: number; top: number; bottom: number };
  text?: number;
  rect?: boolean;
}

/** Every visible element a chart drew (zrender's display list, read once per drawing). */
function drawnBoxes(chart: { getZr(): unknown }): DrawnBox[] {
  const zr = chart.getZr() as { storage?: { getDisplayList(update?: boolean): Drawn[] } };
  const out: DrawnBox[] = [];
  for (const el of zr.storage?.getDisplayList(true) ?? []) {
    const style = el.style ?? {};
    if (el.ignore || el.invisible || style.opacity === 0) continue;
    const isText = typeof style.text === 'string' && style.text.trim() !== '';
    if (!isText && !paints(style.fill) && !paints(style.stroke) && !style.image) continue;
    const r = el.getBoundingRect();
    if (!(r.width > 0 || r.height > 0)) continue;
    const m = el.transform;
    const xs: number[] = [];
    const ys: number[] = [];
    for (const [x, y] of [
      [r.x, r.y],
      [r.x + r.width, r.y + r.height],
      [r.x, r.y + r.height],
      [r.x + r.width, r.y],
    ] as const) {
      xs.push(m ? m[0]! * x + m[2]! * y + m[4]! : x);
      ys.push(m ? m[1]! * x + m[3]! * y + m[5]! : y);
    }
    const box = { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
    const size = Number(style.fontSize ?? /(\d+(?:\.\d+)?)px/.exec(String(style.font ?? ''))?.[1] ?? NaN);
    out.push(isText ? { box, text: Number.isFinite(size) ? size * Math.abs(m?.[3] ?? 1) : MIN_UNZOOMED_TEXT } : { box, rect: el.type === 'rect' });
  }
  return out;
}

/**
 * Whether a drawing's texts run out of it, sit on one another, or sit on a bar (a rectangle at least 6 px each way,
 * other than one that holds the text whole: a value label inside its bar), texts on texts by more than a 2 px
 * sliver. (Only
 * rectangles: the box of an arc or a line holds much that it does not cover.)
 */
function overdrawn(drawn: readonly DrawnBox[], size: { width: number; height: number }): boolean {
  type Box = { left: number; right: number; top: number; bottom: number };
  const texts = drawn.filter((d) => d.text !== undefined).map((d) => d.box);
  const marks = drawn
    .filter((d) => d.rect && d.box.right - d.box.left >= 6 && d.box.bottom - d.box.top >= 6)
    .map((d) => d.box)
    // Not the background or a frame around the whole drawing.
    .filter((b) => b.right - b.left < size.width * 0.98 || b.bottom - b.top < size.height * 0.98);
  const out = texts.some((b) => b.left < -1 || b.top < -1 || b.right > size.width + 1 || b.bottom > size.height + 1);
  const overlapOf = (a: Box, b: Box, sliver = 0) =>
    Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left) - sliver) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) - sliver);
  const shared = (a: Box, b: Box) => overlapOf(a, b, 2);
  const holds = (m: Box, t: Box) => t.left >= m.left - 1 && t.right <= m.right + 1 && t.top >= m.top - 4 && t.bottom <= m.bottom + 4;
  return (
    out ||
    texts.some((a, i) => texts.slice(i + 1).some((b) => shared(a, b) > 0)) ||
    // A font's box is taller than the em zrender measures (ascent and descent): 2 px more above and below a text.
    texts.some((t) => marks.some((m) => overlapOf({ ...t, top: t.top - 2, bottom: t.bottom + 2 }, m) > 0 && !holds(m, t)))
  );
}

/** The size of the smallest text a chart drew, in its drawing's pixels (Infinity: none). */
function smallestText(drawn: readonly DrawnBox[]): number {
  return Math.min(Infinity, ...drawn.flatMap((d) => (d.text === undefined ? [] : [d.text])));
}

/** What zrender keeps of a drawn element: enough to find where it drew. */
interface Drawn {
  /** zrender's shape type: 'rect' for a bar. */
  type?: string;
  ignore?: boolean;
  invisible?: boolean;
  transform?: ArrayLike<number> | null;
  style?: { fill?: unknown; stroke?: unknown; opacity?: number; text?: unknown; image?: unknown; font?: unknown; fontSize?: unknown };
  getBoundingRect(): { x: number; y: number; width: number; height: number };
}

/** Whether a colour draws anything: not none, not fully transparent. */
const paints = (c: unknown) => !!c && c !== 'none' && c !== 'transparent' && !/^rgba\([^)]*,\s*0\)$/.test(String(c).replace(/\s+/g, ''));

/**
 * The top and bottom of what a chart drew, in its drawing's pixels: the union of every visible element's box (a
 * shape with a fill or stroke, a text, an image), transformed as drawn. Undefined when it drew nothing.
 */
function drawnExtent(drawn: readonly DrawnBox[]): { left: number; right: number; top: number; bottom: number } | undefined {
  let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { box } of drawn) {
    [left, right, top, bottom] = [Math.min(left, box.left), Math.max(right, box.right), Math.min(top, box.top), Math.max(bottom, box.bottom)];
  }
  return [left, right, top, bottom].every(Number.isFinite) ? { left, right, top, bottom } : undefined;
}

export async function svgBlob(request: PictureRequest): Promise<Blob> {
  const { svg } = await pictureDocument(request);
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], { type: 'image/svg+xml;charset=utf-8' });
}

/** The picture as a PNG of `preset.scale` pixels per CSS pixel: the SVG drawn on a canvas of that size. */
export async function pngBlob(request: PictureRequest): Promise<Blob> {
  const { svg, width, height } = await pictureDocument(request, request.preset.scale);
  return svgToPng(svg, width, height);
}

/** An SVG document as a PNG of width × height pixels, drawn on a canvas (also the report's long image). */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const image = new Image(width, height);
  // A data: URL, not a blob: one, so that a page whose CSP allows `img-src data:` (as the strict test page does) can draw it.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas could not be exported'))), 'image/png'),
  );
}
