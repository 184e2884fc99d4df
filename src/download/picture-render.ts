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
  const chart = runtime.init(null as unknown as HTMLElement, request.theme, {
    renderer: 'svg',
    ssr: true,
    ...chartDrawSize(layout),
  });
  try {
    chart.setOption({ ...request.option(), animation: false });
    const svg = pictureSvg(chart.renderToSVGString(), layout, scale);
    return { svg, width: Math.round(layout.width * scale), height: Math.round(layout.height * scale) };
  } finally {
    chart.dispose();
  }
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
