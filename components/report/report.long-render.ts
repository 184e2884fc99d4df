/**
 * Draws `<sx-report>`'s long image (laid out by ./report.long-picture.ts) as one SVG document, in the browser
 * (the download menu's 长图 / Long image) and on a server (`renderImage('sx-report')`, the `image` command)
 * alike: every chart is drawn from the element that shows it (its own `resolve` and `chartOption`, the option
 * builders in components/*\/*.option.ts) by ECharts' server-side SVG renderer (`ssr: true`, no animation), so
 * both make the same picture.
 *
 * The SVG is WeChat-safe: presentation attributes only (src/chart/svg-attributes.ts: no `<style>`, no `style=""`,
 * no class, no script, no `foreignObject`, no outside reference); text stays text.
 */
import type { ChartRuntime } from '../../src/chart/echarts-controller.js';
import { escapeXml } from '../../src/chart/picture.js';
import type { EChartsCoreOption } from '../../src/chart/runtime.js';
import { presentationSvg } from '../../src/chart/svg-attributes.js';
import type { ChartContext, Resolution } from '../../src/chart/sx-chart-element.js';
import type { Palette } from '../../src/chart/theme.js';
import type { Lang } from '../../src/i18n/index.js';
import { longPictureLayout, type LongChart, type LongLayout, type LongSection, type LongSources } from './report.long-picture.js';

export interface LongPictureRequest {
  sections: readonly LongSection[];
  lang: Lang;
  /** The picture's colours and font (./report.long-sources.ts: `longPalette`). */
  palette: Palette;
  /** The dataset and the elements' words (./report.long-sources.ts: `LONG_SOURCES`). */
  sources: LongSources;
}

export interface LongPicture {
  svg: string;
  width: number;
  height: number;
}

/** The members of a chart element the picture uses (protected: for subclasses, and read here). */
interface ChartSide {
  resolve(lang: Lang): Resolution<unknown>;
  hasChart(model: unknown): boolean;
  chartOption(model: unknown, context: ChartContext, options: unknown): EChartsCoreOption;
  loadChart(): Promise<ChartRuntime>;
}

/** The long image as an SVG document, 1080 px wide. */
export async function longPictureDocument(request: LongPictureRequest): Promise<LongPicture> {
  const { palette, lang } = request;
  const layout = longPictureLayout(request.sections, lang, palette, request.sources);
  const charts: string[] = [];
  // One after the other: ECharts instances are cheap, and the order keeps the output stable.
  for (const chart of layout.charts) charts.push(await drawChart(chart, lang, palette));
  return { svg: longPictureSvg(layout, charts), width: layout.width, height: layout.height };
}

/** The long image as an SVG file. */
export async function longSvgBlob(request: LongPictureRequest): Promise<Blob> {
  const { svg } = await longPictureDocument(request);
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], { type: 'image/svg+xml;charset=utf-8' });
}

/** The long image as a PNG 1080 px wide: the SVG drawn on a canvas (browser only). */
export async function longPngBlob(request: LongPictureRequest): Promise<Blob> {
  const [{ svg, width, height }, { svgToPng }] = await Promise.all([
    longPictureDocument(request),
    import('../../src/download/picture-render.js'),
  ]);
  return svgToPng(svg, width, height);
}

/** The layout and its drawn charts (one SVG each, in `layout.charts`' order) as one SVG document. */
export function longPictureSvg(layout: LongLayout, charts: readonly string[]): string {
  const rects = layout.rects
    .map((r) => `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}"${r.r ? ` rx="${r.r}"` : ''} fill="${escapeXml(r.fill)}"/>`)
    .join('');
  const texts = layout.lines
    .map(
      (l) =>
        `<text x="${l.x}" y="${l.y}" font-size="${l.size}" font-weight="${l.weight}" fill="${escapeXml(l.color)}"${l.anchor ? ` text-anchor="${l.anchor}"` : ''}>${escapeXml(l.text)}</text>`,
    )
    .join('');
  const nested = layout.charts.map((c, i) => nestChart(charts[i] ?? '', c)).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" ` +
    `viewBox="0 0 ${layout.width} ${layout.height}" lang="${layout.lang}">` +
    `<rect width="${layout.width}" height="${layout.height}" fill="${escapeXml(layout.background)}"/>` +
    rects +
    `<g font-family="${escapeXml(layout.fontFamily)}">${texts}</g>` +
    nested +
    `</svg>`
  );
}

/** One chart, drawn from its element's own option. */
async function drawChart(chart: LongChart, lang: Lang, palette: Palette): Promise<string> {
  const ctor = customElements.get(chart.tag);
  if (!ctor) throw new Error(`<${chart.tag}> is not registered`);
  const element = new ctor() as unknown as ChartSide & Record<string, unknown>;
  for (const [key, value] of Object.entries(chart.props)) element[key] = value;
  const resolution = element.resolve(lang);
  if (resolution.model === undefined) throw new Error(`<${chart.tag}>: ${resolution.error?.message ?? 'nothing to draw'}`);
  if (!element.hasChart(resolution.model)) return '';
  const runtime = await element.loadChart();
  const option = element.chartOption(resolution.model, { lang, palette, animation: false }, runtime.options);
  await runtime.loadRenderer('svg');
  const instance = runtime.init(null, runtime.theme(palette), { renderer: 'svg', ssr: true, width: chart.drawWidth, height: chart.drawHeight });
  try {
    instance.setOption({ ...option, animation: false });
    return presentationSvg(instance.renderToSVGString());
  } finally {
    instance.dispose();
  }
}

/** A chart's SVG placed in its box: the root `<svg>` nested at (x, y), scaled to the box by its viewBox. */
function nestChart(svg: string, box: LongChart): string {
  const body = svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '');
  const open = /^<svg\b[^>]*>/.exec(body);
  if (!open) return '';
  return (
    `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" viewBox="0 0 ${box.drawWidth} ${box.drawHeight}">` +
    body.slice(open[0].length)
  );
}
