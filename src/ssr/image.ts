/**
 * A standalone picture of one element on the server, for newsletters, social posts and print: the title, the
 * figure in words, the chart and the source line, as one SVG. The same picture as the browser's download
 * (src/chart/picture.ts lays it out, src/download/picture-render.ts draws it); the CLI's `image` command turns it
 * into a PNG with resvg.
 */
import { LitElementRenderer } from '@lit-labs/ssr';
import type { Theme } from '../chart/sx-chart-element.js';
import { SxChartElement } from '../chart/sx-chart-element.js';
import type { SxFigureElement } from '../chart/sx-figure-element.js';
import { isSizedPreset, PICTURE_PRESET_NAMES, PICTURE_PRESETS, pictureFonts, type PictureFigure, type SizedPresetName } from '../chart/picture.js';
import { echartsTheme } from '../chart/echarts-theme.js';
import { pictureDocument } from '../download/picture-render.js';
import { t, type Lang } from '../i18n/index.js';
import { SxReport, type ReportModel } from '../../components/report/report.js';
import { assertPlainSvg } from './picture-svg.js';
import { renderLongImage } from './long-image.js';
import { attributeMap, chartHeight, paletteOf, requireClass, type Attributes, type ChartSide } from './index.js';

export { PICTURE_PRESET_NAMES, type SizedPresetName } from '../chart/picture.js';

export interface ImageOptions {
  /**
   * A size platforms expect (`PICTURE_PRESET_NAMES`): `square` 1080×1080, `portrait` 1080×1350 (WeChat, Weibo),
   * `landscape` 1200×675 (link previews), exactly those pixels in a PNG. `width` and `scale` then do not apply.
   * Without it, the picture is `width` wide and as tall as its content.
   */
  preset?: SizedPresetName;
  /** The picture's width in pixels (a PNG's width; an SVG's width attribute). Default 1080. */
  width?: number;
  /** Pixels per layout pixel: the picture is laid out at width ÷ scale, so its words stay readable. Default 2. */
  scale?: number;
  lang?: Lang;
  /** `light` (default) or `dark`; `auto` draws light. */
  theme?: Theme;
}

export interface Image {
  svg: string;
  width: number;
  height: number;
}

/**
 * The picture of `<tag attributes…>`. Bad attributes are an error here (a RangeError with the element's own
 * message): a picture of an error message helps no newsletter.
 */
export async function renderImage(tag: string, attributes: Attributes = {}, options: ImageOptions = {}): Promise<Image> {
  const name = tag.toLowerCase();
  const ctor = requireClass(name);
  const attrs = attributeMap(attributes);
  if (options.lang && !attrs.has('lang')) attrs.set('lang', options.lang);
  if (options.theme && !attrs.has('theme')) attrs.set('theme', options.theme);
  if (options.preset !== undefined && !isSizedPreset(options.preset)) {
    throw new RangeError(`shanxi-report-charts/ssr: preset "${String(options.preset)}" is not one of ${PICTURE_PRESET_NAMES.join(', ')}.`);
  }
  const sized = options.preset ? PICTURE_PRESETS[options.preset] : undefined;
  const width = sized ? sized.width * sized.scale : (options.width ?? 1080);
  const scale = sized ? sized.scale : (options.scale ?? 2);
  if (!(width >= 200 && width <= 10_000)) throw new RangeError(`shanxi-report-charts/ssr: width ${width} is not 200–10000.`);
  if (!(scale >= 1 && scale <= 4)) throw new RangeError(`shanxi-report-charts/ssr: scale ${scale} is not 1–4.`);

  // The element as the server renderer makes it: attributes to properties, then its own willUpdate.
  const renderer = new LitElementRenderer(name);
  for (const [key, value] of attrs) renderer.attributeChangedCallback(key, null, value);
  renderer.connectedCallback();
  const element = renderer.element as unknown as SxFigureElement<unknown>;
  const side = element as unknown as ChartSide;
  const resolution = side.resolution;
  if (!resolution?.model) throw new RangeError(`<${name}>: ${resolution?.error?.message ?? 'nothing to draw'}`);
  const model = resolution.model;
  const lang = side.currentLang;
  const palette = { ...paletteOf(element), fontFamily: pictureFonts(paletteOf(element).fontFamily, lang) };
  // The report's picture is its long image (长图), as its download menu makes it.
  if (element instanceof SxReport) return renderLongImage(model as ReportModel, lang, palette.dark, width);
  const hasChart = element instanceof SxChartElement && side.hasChart(model);
  const own = (element as unknown as FigureSide).pictureFigures?.(model, lang);
  const figures = hasChart ? undefined : own;
  const height = chartHeight(ctor);
  const preset = sized ?? { width: width / scale, chartHeight: height, scale };
  const runtime = hasChart ? await side.loadChart() : undefined;
  const wordsHoldFigures = runtime?.picture?.wordsHoldFigures;
  const text = { title: side.heading(model, lang), words: side.describe(model, lang), wordsHoldFigures, source: t(lang).sourceLine, lang, figures };
  const picture = await pictureDocument(
    {
      runtime,
      option: () => side.chartOption(model, { lang, palette, animation: false }, runtime?.options),
      theme: echartsTheme(palette),
      text,
      colors: palette,
      preset,
      chartHeight: hasChart ? height : 0,
      // A chart's figures, large, when a fixed-size picture cannot hold the chart.
      fallbackFigures: hasChart ? own : undefined,
    },
    scale,
  );
  return { ...picture, svg: assertPlainSvg(picture.svg) };
}

/** An element without a chart of its own may draw its figures large (`<sx-stat>`, `<sx-results-board>`). */
interface FigureSide {
  pictureFigures?(model: unknown, lang: Lang): readonly PictureFigure[] | undefined;
}
