/**
 * The download menu of every element: a disclosure button ("下载 / Download") beside the data toggle that opens
 * a group of real buttons, one per format, and the polite status line that says what happened. The menu's work
 * (which formats, making each file and picture: ../download/download-work.ts) loads on the menu's first opening
 * or the first `download()`; until then the element pays for the button only. A failure is a message and an
 * `sx-error` (`download-failed`), never an exception.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { TableModel } from '../a11y/data-table.js';
import type { ChartRuntime } from '../chart/echarts-controller.js';
import { echo } from '../chart/input.js';
import type { PictureFigure } from '../chart/picture.js';
import type { EChartsCoreOption } from '../chart/runtime.js';
import type { Palette } from '../chart/theme.js';
import type { DownloadFormat } from '../events.js';
import { t, type Lang } from '../i18n/index.js';
import type { FigureEvent } from './figure-status.js';

type Work = typeof import('../download/download-work.js');

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
  /** The report's sentences the citation quotes, verbatim, when not those of `records` (`sourceQuotes`). */
  quotes?: readonly string[] | undefined;
  /**
   * The figures a picture draws large, and the palette to draw them in: in the chart's place for an element
   * without a chart (`<sx-stat>`, `<sx-results-board>`); for one with a chart (`<sx-metric-bars>`), instead of it
   * when a fixed-size picture cannot hold the chart (src/download/picture-render.ts).
   */
  figures?: { items: readonly PictureFigure[]; palette: Palette } | undefined;
  /** How to draw the chart, or undefined for a text-only element. */
  chart?:
    | {
        /** Loads the chart's code, and with it the option and theme of a picture. */
        load(): Promise<ChartPicture>;
        palette: Palette;
        /** The chart's height on screen, if it has one: the picture keeps it. */
        height: number;
      }
    | undefined;
  /** The long image (长图) of what the element shows, as PNG or SVG, for an element that makes one. */
  longPicture?: ((format: 'png' | 'svg') => Promise<Blob>) | undefined;
}

/** The chart of a picture, once its code is loaded: ECharts, and the option and theme made with it for a palette. */
export interface ChartPicture {
  runtime: ChartRuntime;
  /** The element's option for a picture (animation off), in a palette. */
  option(palette: Palette): EChartsCoreOption;
  /** The ECharts theme for a palette. */
  theme(palette: Palette): object;
}

export interface DownloadsOptions {
  /** The element's current figure, or undefined while it shows an error. */
  source(): DownloadSource | undefined;
  emit(type: FigureEvent, detail: object): void;
}

export class DownloadsController implements ReactiveController {
  private open = false;
  private status = '';
  private failure = '';
  private work: Work | undefined;
  private loading: Promise<Work> | undefined;
  private readonly onOutside = (event: Event) => {
    if (!event.composedPath().includes(this.host)) this.setOpen(false);
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DownloadsOptions,
  ) {
    host.addController(this);
  }

  /** While the menu's code loads: the element's `updateComplete` waits for it (and the render it brings). */
  get pending(): Promise<unknown> | undefined {
    return this.work ? undefined : this.loading?.catch(() => undefined);
  }

  hostDisconnected(): void {
    this.setOpen(false);
  }

  /** Makes and saves (or copies) one format. Resolves to whether it worked; never rejects. */
  async download(format: DownloadFormat): Promise<boolean> {
    const source = this.options.source();
    if (!source) return false;
    let label = echo(format);
    try {
      const work = await this.load();
      // Any value may arrive from a script: looked up in a Map, and echoed cut and isolated when unknown.
      label = work.label(format, source.lang);
      const done = await work.download(format, source, this.host);
      this.say(done.said);
      this.options.emit('sx-download', done.detail);
      return true;
    } catch (error) {
      this.failed(error, label);
      return false;
    }
  }

  /** A download, or the menu's code, failed: an alert in the element and an `sx-error`. */
  private failed(error: unknown, what: string): void {
    console.error(error);
    const message = t(this.options.source()?.lang ?? 'zh').errorDownloadFailed(what);
    this.failure = message;
    this.status = '';
    this.host.requestUpdate();
    this.options.emit('sx-error', { code: 'download-failed', message });
  }

  private load(): Promise<Work> {
    this.loading ??= import('../download/download-work.js').then(
      (work) => {
        this.work = work;
        this.host.requestUpdate();
        return work;
      },
      (error: unknown) => {
        // Nothing caches a failure: the next opening tries again.
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
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
    if (open) {
      doc.addEventListener('pointerdown', this.onOutside, true);
      this.load().catch((error: unknown) => this.failed(error, t(this.options.source()?.lang ?? 'zh').downloadMenu));
    } else {
      doc.removeEventListener('pointerdown', this.onOutside, true);
    }
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

  /** The menu (when open, once its code is in), for a row of its own under the footer. */
  renderMenu(lang: Lang): TemplateResult {
    const s = t(lang);
    const work = this.open ? this.work : undefined;
    return html`<div
        id="downloads"
        class="downloads"
        part="downloads"
        role="group"
        aria-label=${s.downloadMenu}
        aria-busy=${this.open && !work && this.loading ? 'true' : nothing}
        ?hidden=${!this.open}
        @keydown=${this.onKeydown}
      >
        ${work
          ? work
              .formats(this.options.source())
              .map((f) => html`<button class="toggle" type="button" data-format=${f} @click=${this.choose}>${work.label(f, lang)}</button>`)
          : this.open && this.loading
            ? html`<span class="download-loading">${s.loading}</span>`
            : nothing}
      </div>`;
  }

  /** What the last download did, politely; a failure as an alert. Shown with or without the menu. */
  renderStatus(): TemplateResult {
    return html`<p class="download-status" role="status">${this.status}</p>
      ${this.failure ? html`<p class="error download-error" role="alert">${this.failure}</p>` : nothing}`;
  }
}
