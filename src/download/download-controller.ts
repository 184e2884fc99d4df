import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { TableModel } from '../a11y/data-table.js';
import type { ChartRuntime } from '../chart/echarts-controller.js';
import { echo } from '../chart/input.js';
import type { PictureFigure, PicturePresetName } from '../chart/picture.js';
import type { EChartsCoreOption } from '../chart/runtime.js';
import type { Palette } from '../chart/theme.js';
import type { DownloadFormat } from '../events.js';
import { t, type Lang, type Strings } from '../i18n/index.js';
import { citationText } from './citation.js';
import { recordsJson, tableCsv } from './csv.js';
import { copyText, fileName, saveBlob } from './save.js';

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

/** Everything a download needs from the element, read when a reader asks (never before). */
export interface DownloadSource {
  lang: Lang;
  /** The element's tag and the id of what it shows: the file name. */
  tag: string;
  id: string;
  title: string;
  /** The figure in words: the element's description. */
  words: string;
  sourceLine: string;
  table: TableModel;
  /** The dataset records behind the element, untouched. */
  records: readonly object[];
  /** The report's sentences behind them, verbatim. */
  quotes: readonly string[];
  /**
   * For an element without a chart whose figures make a picture (`<sx-stat>`, `<sx-results-board>`): the
   * figures, drawn large in the chart's place, and the palette to draw them in.
   */
  figures?: { items: readonly PictureFigure[]; palette: Palette } | undefined;
  /** How to draw the chart, or undefined for a text-only element. */
  chart?:
    | {
        runtime(): Promise<ChartRuntime>;
        /** The element's option for a picture (animation off), in a palette. */
        option(palette: Palette): EChartsCoreOption;
        /** The ECharts theme for a palette. */
        theme(palette: Palette): object;
        palette: Palette;
        /** The chart's height on screen, if it has one: the picture keeps it. */
        height: number;
      }
    | undefined;
  /** The long image (长图) of what the element shows, as PNG or SVG, for an element that makes one. */
  longPicture?: ((format: 'png' | 'svg') => Promise<Blob>) | undefined;
}

export interface DownloadControllerOptions {
  /** The element's current figure, or undefined while it shows an error. */
  source(): DownloadSource | undefined;
  emit(type: 'sx-download' | 'sx-error', detail: object): void;
}

/**
 * The download menu of every element: a disclosure button ("下载 / Download") beside the data toggle that opens
 * a group of real buttons, one per format; the work each does; and the polite status line that says what
 * happened. A failure is a message and an `sx-error` (`download-failed`), never an exception.
 */
export class DownloadController implements ReactiveController {
  private open = false;
  private status = '';
  private failure = '';
  private readonly onOutside = (event: Event) => {
    if (!event.composedPath().includes(this.host)) this.setOpen(false);
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DownloadControllerOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.setOpen(false);
  }

  /** The formats this element offers now (for the source in hand, when there is one: it is not made twice). */
  formats(source: DownloadSource | undefined = this.options.source()): DownloadFormat[] {
    if (!source) return [];
    return DOWNLOAD_FORMATS.filter((f) => (source.chart || source.figures || !PICTURES.has(f)) && (source.longPicture || !LONG.has(f)));
  }

  /** Whether `format` is one this element can make now (`share` included, which the menu no longer lists). */
  private offers(format: unknown, source: DownloadSource): format is DownloadFormat {
    if (typeof format !== 'string' || !LABELS.has(format as DownloadFormat)) return false;
    return this.formats(source).includes(format as DownloadFormat) || (format === 'share' && (!!source.chart || !!source.figures));
  }

  /** Makes and saves (or copies) one format. Resolves to whether it worked; never rejects. */
  async download(format: DownloadFormat): Promise<boolean> {
    const source = this.options.source();
    if (!source) return false;
    const s = t(source.lang);
    // Any value may arrive from a script: look it up in a Map, and echo it cut and isolated when unknown.
    const label = LABELS.get(format)?.(s) ?? echo(format);
    try {
      if (!this.offers(format, source)) throw new Error(`The format ${echo(format)} is not offered here`);
      if (format === 'citation') {
        const text = citationText(source.words, source.quotes, source.lang, source.table.about?.notes);
        if (!(await copyText(text, this.host.shadowRoot ?? document))) throw new Error('The clipboard refused the citation');
        this.say(s.citationCopied);
        this.options.emit('sx-download', { format });
        return true;
      }
      const { blob, ext } = await this.make(format, source);
      const preset = PICTURES.get(format)?.preset;
      const suffix = LONG.has(format) ? '-long' : preset && preset !== 'standard' ? `-${format}` : '';
      const name = fileName(source.tag, `${source.id}${suffix}`, ext);
      saveBlob(blob, name, this.host.ownerDocument);
      this.say(s.downloadDone(name));
      this.options.emit('sx-download', { format, filename: name });
      return true;
    } catch (error) {
      console.error(error);
      const message = s.errorDownloadFailed(label);
      this.failure = message;
      this.status = '';
      this.host.requestUpdate();
      this.options.emit('sx-error', { code: 'download-failed', message });
      return false;
    }
  }

  private async make(format: DownloadFormat, source: DownloadSource): Promise<{ blob: Blob; ext: string }> {
    if (format === 'csv') return { blob: new Blob([tableCsv(source.table, source.lang)], { type: 'text/csv;charset=utf-8' }), ext: 'csv' };
    if (format === 'json') {
      return { blob: new Blob([recordsJson(source.records, source.table)], { type: 'application/json' }), ext: 'json' };
    }
    if (format === 'long-png' || format === 'long-svg') {
      const ext = format === 'long-png' ? 'png' : 'svg';
      return { blob: await source.longPicture!(ext), ext };
    }
    const picture = PICTURES.get(format)!;
    const [render, runtime] = await Promise.all([import('./picture-render.js'), source.chart?.runtime()]);
    const text = { title: source.title, words: source.words, source: source.sourceLine, lang: source.lang };
    const request = source.chart
      ? {
          runtime: runtime!,
          option: source.chart.option,
          theme: source.chart.theme,
          palette: source.chart.palette,
          text,
          preset: picture.preset,
          chartHeight: picture.preset === 'standard' && source.chart.height ? source.chart.height : undefined,
        }
      : render.figureRequest(text, source.figures!.items, source.figures!.palette, picture.preset);
    const prepared = render.fromPalette(request);
    if (!picture.png) return { blob: await render.svgBlob(prepared), ext: 'svg' };
    return { blob: await render.pngBlob(prepared), ext: 'png' };
  }

  private say(message: string): void {
    this.status = message;
    this.failure = '';
    this.host.requestUpdate();
  }

  private setOpen(open: boolean): void {
    if (open === this.open) return;
    this.open = open;
    const doc = this.host.ownerDocument;
    if (open) doc.addEventListener('pointerdown', this.onOutside, true);
    else doc.removeEventListener('pointerdown', this.onOutside, true);
    this.host.requestUpdate();
  }

  /** One listener for the life of the element (a new arrow each render would be re-added by Lit each time). */
  private toggle = () => this.setOpen(!this.open);

  private onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    this.setOpen(false);
    this.host.shadowRoot?.querySelector<HTMLButtonElement>('.download-toggle')?.focus();
  };

  private choose = (event: Event) => {
    const format = (event.currentTarget as HTMLElement).dataset['format'] as DownloadFormat;
    this.setOpen(false);
    this.host.shadowRoot?.querySelector<HTMLButtonElement>('.download-toggle')?.focus();
    void this.download(format);
  };

  /** The "下载 / Download" button, for the footer beside the data toggle. */
  renderButton(lang: Lang): TemplateResult {
    return html`<button
      class="toggle download-toggle"
      part="download"
      type="button"
      aria-expanded=${this.open ? 'true' : 'false'}
      aria-controls="downloads"
      @click=${this.toggle}
      @keydown=${this.onKeydown}
    >
      ${t(lang).download}
    </button>`;
  }

  /** The menu (when open), for a row of its own under the footer. */
  renderMenu(lang: Lang): TemplateResult {
    const s = t(lang);
    return html`<div
        id="downloads"
        class="downloads"
        part="downloads"
        role="group"
        aria-label=${s.downloadMenu}
        ?hidden=${!this.open}
        @keydown=${this.onKeydown}
      >
        ${this.open
          ? this.formats().map(
              (f) => html`<button class="toggle" type="button" data-format=${f} @click=${this.choose}>${LABELS.get(f)!(s)}</button>`,
            )
          : nothing}
      </div>`;
  }

  /** What the last download did, politely; a failure as an alert. Shown with or without the menu. */
  renderStatus(): TemplateResult {
    return html`<p class="download-status" role="status">${this.status}</p>
      ${this.failure ? html`<p class="error download-error" role="alert">${this.failure}</p>` : nothing}`;
  }
}
