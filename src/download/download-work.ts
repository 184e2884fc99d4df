/**
 * The download menu's work, loaded on its first opening (or the first `download()`): which formats an element
 * offers, their labels, and making each file, picture or citation. The menu itself is ../controllers/downloads.ts.
 */
import { echo } from '../chart/input.js';
import type { PicturePresetName, PictureText } from '../chart/picture.js';
import type { DownloadSource } from '../controllers/downloads.js';
import type { ChartRuntime } from '../chart/echarts-controller.js';
import type { DownloadFormat } from '../events.js';
import { t } from '../i18n/download.js';
import type { Lang } from '../i18n/index.js';
import type { CoreStrings, DownloadStrings } from '../i18n/strings.js';
import { citationText } from './citation.js';
import { sourceQuotes } from './record-sources.js';
import { recordsJson, tableCsv } from './csv.js';
import { copyText, fileName, saveBlob } from './save.js';

type Strings = CoreStrings & DownloadStrings;

/** Every format, in the menu's order (`share`, the portrait picture by its old name, is not listed twice). */
export const DOWNLOAD_FORMATS: readonly DownloadFormat[] = ['csv', 'json', 'png', 'svg', 'square', 'portrait', 'landscape', 'long-png', 'long-svg', 'citation'];

/** Each picture format: the preset it is drawn at, and whether it is a PNG (else an SVG). */
const PICTURES: ReadonlyMap<DownloadFormat, { preset: PicturePresetName; png: boolean }> = new Map([
  ['png', { preset: 'standard', png: true }],
  ['svg', { preset: 'standard', png: false }],
  ['square', { preset: 'square', png: true }],
  ['portrait', { preset: 'portrait', png: true }],
  ['landscape', { preset: 'landscape', png: true }],
  ['share', { preset: 'share', png: true }],
] as const);
/** The formats of a long image: offered by an element that makes one (`<sx-report>`). */
const LONG: ReadonlySet<DownloadFormat> = new Set(['long-png', 'long-svg']);

/** The menu's label of each format. A Map, so that no name (`__proto__`, `constructor`) finds anything else. */
const LABELS: ReadonlyMap<DownloadFormat, (s: Strings) => string> = new Map<DownloadFormat, (s: Strings) => string>([
  ['csv', (s) => s.downloadCsv],
  ['json', (s) => s.downloadJson],
  ['png', (s) => s.downloadPng],
  ['svg', (s) => s.downloadSvg],
  ['square', (s) => s.downloadSquare],
  ['portrait', (s) => s.downloadPortrait],
  ['landscape', (s) => s.downloadLandscape],
  ['share', (s) => s.downloadShare],
  ['long-png', (s) => s.downloadLongPng],
  ['long-svg', (s) => s.downloadLongSvg],
  ['citation', (s) => s.copyCitation],
]);

/** The formats an element offers for what it shows now. */
export function formats(source: DownloadSource | undefined): DownloadFormat[] {
  if (!source) return [];
  return DOWNLOAD_FORMATS.filter((f) => (source.chart || source.figures || !PICTURES.has(f)) && (source.longPicture || !LONG.has(f)));
}

/** Whether `format` is one this element can make now (`share` included, which the menu no longer lists). */
function offers(format: unknown, source: DownloadSource): format is DownloadFormat {
  if (typeof format !== 'string' || !LABELS.has(format as DownloadFormat)) return false;
  return formats(source).includes(format as DownloadFormat) || (format === 'share' && (!!source.chart || !!source.figures));
}

/** The menu's label of a format, in `lang`. */
export function label(format: DownloadFormat, lang: Lang): string {
  return LABELS.get(format)?.(t(lang)) ?? echo(format);
}

/** What a download did: the status line's words and the `sx-download` event's detail; a failure throws. */
export interface Done {
  said: string;
  detail: { format: DownloadFormat; filename?: string };
}

/**
 * What a picture of the element says: its title, its words (kept in a wide picture when they alone hold the
 * figures, as the chart's code says) and its source line.
 */
export function pictureText(source: DownloadSource, runtime?: ChartRuntime): PictureText {
  const wordsHoldFigures = runtime?.picture?.wordsHoldFigures;
  return { title: source.title, words: source.words, wordsHoldFigures, source: source.sourceLine, lang: source.lang };
}

/** Makes and saves (or copies) one format; throws what went wrong. */
export async function download(format: DownloadFormat, source: DownloadSource, host: HTMLElement): Promise<Done> {
  const s = t(source.lang);
  if (!offers(format, source)) throw new Error(`The format ${echo(format)} is not offered here`);
  if (format === 'citation') {
    const text = citationText(source.words, source.quotes ?? sourceQuotes(source.records), source.lang, source.table.about?.notes);
    if (!(await copyText(text, host.shadowRoot ?? document))) throw new Error('The clipboard refused the citation');
    return { said: s.citationCopied, detail: { format } };
  }
  const { blob, ext } = await make(format, source);
  const preset = PICTURES.get(format)?.preset;
  const suffix = LONG.has(format) ? '-long' : preset && preset !== 'standard' ? `-${format}` : '';
  const name = fileName(source.tag, `${source.id}${suffix}`, ext);
  saveBlob(blob, name, host.ownerDocument);
  return { said: s.downloadDone(name), detail: { format, filename: name } };
}

async function make(format: DownloadFormat, source: DownloadSource): Promise<{ blob: Blob; ext: string }> {
  if (format === 'csv') return { blob: new Blob([tableCsv(source.table, source.lang)], { type: 'text/csv;charset=utf-8' }), ext: 'csv' };
  if (format === 'json') {
    return { blob: new Blob([recordsJson(source.records, source.table)], { type: 'application/json' }), ext: 'json' };
  }
  if (format === 'long-png' || format === 'long-svg') {
    const ext = format === 'long-png' ? 'png' : 'svg';
    return { blob: await source.longPicture!(ext), ext };
  }
  const picture = PICTURES.get(format)!;
  const [render, chart] = await Promise.all([import('./picture-render.js'), source.chart?.load()]);
  const text = pictureText(source, chart?.runtime);
  const request = source.chart && chart
    ? {
        ...chart,
        palette: source.chart.palette,
        text,
        preset: picture.preset,
        chartHeight: picture.preset === 'standard' && source.chart.height ? source.chart.height : undefined,
        fallbackFigures: source.figures?.items,
      }
    : render.figureRequest(text, source.figures!.items, source.figures!.palette, picture.preset);
  const prepared = render.fromPalette(request);
  if (!picture.png) return { blob: await render.svgBlob(prepared), ext: 'svg' };
  return { blob: await render.pngBlob(prepared), ext: 'png' };
}
