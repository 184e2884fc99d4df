import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TableCache, tableTemplate, withNotes, type TableModel } from '../a11y/data-table.js';
import { DisplayContextController } from '../controllers/display-context.js';
import { DownloadsController, type DownloadSource } from '../controllers/downloads.js';
import { FigureStatusController } from '../controllers/figure-status.js';
import type { ChartController } from '../controllers/chart.js';
import { recordNotes } from '../download/record-sources.js';
import { downloadStyles } from '../download/download.styles.js';
import type { DownloadFormat, SxErrorCode, SxErrorDetail } from '../events.js';
import { t, type Lang } from '../i18n/index.js';
import { DocumentStyles } from '../mixins/document-styles.js';
import { TakesTurns } from '../mixins/turns.js';
import { InputError, internalError, invalidProperty, normaliseTextProperties, readNumber, reflectedText, type NumberOptions, type Resolution, type Theme } from './input.js';
import type { Note } from '../../data/types.js';
import type { PictureFigure } from './picture.js';
import { printStyles } from './print.styles.js';
import type { Renderer } from './runtime.js';
import { baseStyles } from './styles.js';

export type { Resolution, Theme } from './input.js';

/** What an element shows in place of its figure when it has none: the error, in its language. */
const errorBox = (lang: Lang, message: string) => html`<div class="error standalone" role="alert" part="error" lang=${lang}>
  <strong>${t(lang).errorTitle}</strong>
  <span>${message}</span>
</div>`;

/**
 * The base of every element: the shared attributes, the attributes → records → figure pipeline and the text-first
 * figure. The rest is in named parts (README, "Architecture"); a charting element extends SxChartElement.
 *
 * The shared attributes' Chinese descriptions (custom-elements-manifest.config.mjs reads them for every element):
 * @attr-zh lang - `zh`（默认）或 `en`；不设置时由最近的上级元素的 `lang` 决定。
 * @attr-zh theme - `light`（默认）、`dark` 或 `auto`：`auto` 跟随页面声明的配色（如网站的 `.dark` 类），否则跟随读者系统的深浅色设置，实时切换。
 * @attr-zh renderer - `svg`（默认：清晰、轻巧，页面查找能找到其中的文字）或 `canvas`。
 * @attr-zh no-title - 在视觉上隐藏标题；读屏软件仍会读出它。
 * @attr-zh no-source - 隐藏来源行。
 * @attr-zh eager - 立即绘制图表，而不是等到元素接近可视区域时。
 * @attr-zh static - 仅用于服务器渲染的元素：保留服务器画好的图，悬停、点按或聚焦时都不加载 ECharts。图表内容（属性、语言、配色）变化时仍会重画。
 * @attr-zh no-download - 隐藏下载菜单（CSV、JSON、PNG、SVG、分享卡片、引用）；`download()` 仍可调用。
 */
export abstract class SxFigureElement<M> extends TakesTurns(DocumentStyles(LitElement)) {
  static override styles = [baseStyles, downloadStyles, printStyles];

  /** `zh` (default) or `en`. When absent, the nearest `lang` attribute on an ancestor decides. */
  @property() override lang!: string;
  /** `light` (default), `dark`, or `auto`: the scheme the page declares (inherited CSS `color-scheme`, e.g. a site's `.dark` class), else the reader's; live. */
  @property({ reflect: true, converter: reflectedText }) theme: Theme = 'light';
  /** `svg` (default: crisp, light, readable by the page's find) or `canvas`. */
  @property() renderer: Renderer = 'svg';
  /** Hides the title visually; it still names the figure for screen readers. */
  @property({ type: Boolean, attribute: 'no-title' }) noTitle = false;
  /** Hides the source line. */
  @property({ type: Boolean, attribute: 'no-source' }) noSource = false;
  /** Starts the chart at once instead of when the element comes near the viewport. */
  @property({ type: Boolean }) eager = false;
  /** Server-rendered elements only: keep the server's picture, and load no ECharts for a hover, tap or focus. A change of what it shows still redraws it. */
  @property({ type: Boolean, attribute: 'static' }) keepStatic = false;
  /** Hides the download menu (CSV, JSON, PNG, SVG, square, portrait and landscape pictures, citation). `download()` still works. */
  @property({ type: Boolean, attribute: 'no-download' }) noDownload = false;

  @state() private tableOpen = false;
  /** The last render threw (a fault of the element's own): it shows `internal-error` instead of its figure. */
  private renderFailed = false;
  private readonly tables = new TableCache();
  /** Sent by the server with a declarative shadow root: the first render hydrates it (Lit's hydration support). */
  private readonly serverRendered = !isServer && !!this.shadowRoot;
  /** What the attributes resolve to, recomputed before each render. */
  protected resolution: Resolution<M> | undefined;
  protected readonly display = new DisplayContextController(this);
  protected readonly status = new FigureStatusController(this);
  private readonly downloads = new DownloadsController(this, { source: () => this.downloadSource(), emit: (type, detail) => this.status.emit(type, detail) });
  /** The chart, in an element that draws one (SxChartElement). */
  protected declare readonly chart?: ChartController<M>;

  /** The error shown now, `{ code, message }` (in the element's language), or null: what a late script missed (`sx-error` fires once). */
  get error(): SxErrorDetail | null {
    const error = this.currentError();
    return error ? { ...error } : null;
  }
  /** Resolves once it shows all it can: its chart (`sx-ready`), its text, or its error (`sx-error`); pending while it redraws. */
  get ready(): Promise<void> {
    return this.status.ready;
  }

  /** The figure in words (its accessible description; the builder's fallback text), or '' while it shows an error. */
  get description(): string {
    const model = this.resolution?.model;
    return model === undefined ? '' : this.describe(model, this.currentLang);
  }

  /** The resolved language, for subclasses. */
  protected get currentLang(): Lang {
    return this.display.lang;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // What frameworks set (numbers, undefined) becomes what an attribute would give; see ./input.ts.
    normaliseTextProperties(this);
    const langChanged = this.display.resolve();
    const lang = this.currentLang;
    this.chart?.willUpdate(changed, langChanged);
    try {
      const invalid = invalidProperty(this);
      this.resolution = invalid ? this.fail('invalid-value', t(lang).errorInvalidValue(invalid)) : this.resolve(lang);
    } catch (error) {
      if (!(error instanceof InputError)) console.error(error);
      this.resolution = { error: error instanceof InputError ? error.detail : internalError(lang) };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.chart?.updated(changed);
    const model = this.resolution?.model;
    const textOnly = model !== undefined && !this.chart?.charts(model);
    this.status.settle({ error: this.currentError(), lang: this.currentLang, complete: textOnly || !!this.chart?.shown, textOnly });
    this.chart?.settled();
  }

  /** Waits, too, for the download menu's code while it loads (it renders again once in). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.downloads.pending;
    return super.getUpdateComplete();
  }

  /** Turns the attributes into records, or an error a reader can act on. */
  protected abstract resolve(lang: Lang): Resolution<M>;
  /** The title. */
  protected abstract heading(model: M, lang: Lang): string;
  /** One or two sentences that say what the figure shows: its accessible description. */
  protected abstract describe(model: M, lang: Lang): string;
  /** The figures as text, above the chart. */
  protected abstract renderBody(model: M, lang: Lang): TemplateResult | typeof nothing;
  /** Every figure the element shows, as a table. */
  protected abstract table(model: M, lang: Lang): TableModel;
  /** The dataset records behind the figure, untouched: the JSON download, and the citation's source sentences. */
  protected abstract records(model: M): readonly object[];
  /** The `<id>` of the download's file name: by default the id of the single record shown, else `all`. */
  protected downloadId(model: M): string {
    const [only, ...more] = this.records(model) as { id?: unknown }[];
    return !more.length && typeof only?.id === 'string' ? only.id : 'all';
  }
  /** For an element without a chart: the figures its pictures draw large in the chart's place (none: no picture). */
  protected pictureFigures?(model: M, lang: Lang): readonly PictureFigure[] | undefined;
  /** The dataset's notes for data people ("About the data"): table, CSV, JSON and citation, never the graphic. */
  protected dataNotes(model: M, lang: Lang): readonly string[] {
    return recordNotes(this.records(model), lang, this.noteTable);
  }
  /** The dataset's notes records name by id (data/notes.ts): given by the elements that show 2024 results. */
  protected declare readonly noteTable?: readonly Note[];
  /** The long image (长图) the download menu offers (`long-png`, `long-svg`), if the element makes one. */
  protected longPicture?(model: M, lang: Lang, dark: boolean): ((format: 'png' | 'svg') => Promise<Blob>) | undefined;
  /** The report's sentences the citation quotes, if not those of `records` (which the download code derives). */
  protected citationQuotes?(model: M): readonly string[];
  /** Fires `sx-select` with a dataset record. */
  protected selectRecord(record: unknown): void {
    if (record !== undefined) this.status.emit('sx-select', { record });
  }
  /** Builds an error for `resolve`, in the element's language. */
  protected fail(code: SxErrorCode, message: string): Resolution<M> {
    return { error: { code, message } };
  }
  /** Reads a number property for `resolve` (./input.ts `readNumber`): `const actual = this.numberInput('actual', { units: ['%'] })`. */
  protected numberInput(name: string & keyof this, options?: NumberOptions): number | undefined {
    return readNumber(this, name, this.currentLang, options);
  }
  /** Reads a text property for `resolve`: trimmed, "" when absent. */
  protected textInput(name: string & keyof this): string {
    return typeof this[name] === 'string' ? (this[name] as string).trim() : '';
  }

  /**
   * Saves the figure as `csv`, `json`, `png`, `svg` (WeChat-safe), `square` 1080×1080, `portrait` 1080×1350 (also `share`),
   * `landscape` 1200×675, or copies its `citation`; fires `sx-download`. Never rejects: a failure fires `sx-error`.
   */
  download(format: DownloadFormat): Promise<boolean> {
    return this.downloads.download(format);
  }

  /** What the download menu needs, read when a reader asks. */
  protected downloadSource(): DownloadSource | undefined {
    const model = this.resolution?.model;
    if (model === undefined) return undefined;
    const lang = this.currentLang;
    const [palette, figures] = [this.display.colours, this.pictureFigures?.(model, lang)];
    return {
      ...{ lang, tag: this.localName, id: this.downloadId(model), sourceLine: t(lang).sourceLine },
      ...{ title: this.heading(model, lang), words: this.describe(model, lang), table: this.fullTable(model, lang) },
      ...{ records: this.records(model), quotes: this.citationQuotes?.(model) },
      figures: figures?.length ? { items: figures, palette } : undefined,
      longPicture: this.longPicture?.(model, lang, palette.dark),
    };
  }

  /** What the element shows as its error now: its input's, a fault of its own render, or its chart's. */
  private currentError(): SxErrorDetail | undefined {
    const lang = this.currentLang;
    return this.resolution?.error ?? (this.renderFailed ? internalError(lang) : undefined) ?? this.chart?.error(lang);
  }

  /** The element's table with its "About the data" part. */
  private fullTable(model: M, lang: Lang): TableModel {
    return withNotes(this.table(model, lang), this.dataNotes(model, lang), t(lang).aboutData);
  }

  private readonly toggleTable = () => (this.tableOpen = !this.tableOpen);

  protected override render(): TemplateResult {
    const lang = this.currentLang;
    const model = this.resolution?.model;
    if (model === undefined) return errorBox(lang, (this.resolution?.error ?? internalError(lang)).message);
    this.renderFailed = false;
    try {
      return this.renderFigure(model, lang);
    } catch (error) {
      console.error(error);
      this.renderFailed = true;
      return errorBox(lang, t(lang).errorInternal);
    }
  }

  private renderFigure(model: M, lang: Lang): TemplateResult {
    const s = t(lang);
    const open = this.tableOpen;
    return html`<figure part="figure" lang=${lang} aria-labelledby="title" aria-describedby="description">
      <figcaption id="title" part="title" class=${this.noTitle ? 'title visually-hidden' : 'title'}>
        ${this.heading(model, lang)}
      </figcaption>
      <p id="description" class="visually-hidden">${this.describe(model, lang)}</p>
      ${this.renderBody(model, lang)}
      ${this.chart?.render(model, lang) ?? nothing}
      <div class="footer">
        ${this.noSource ? nothing : html`<p class="source" part="source">${s.sourceLine}</p>`}
        <div class="actions">
          ${this.noDownload ? nothing : this.downloads.renderButton(lang)}
          <button class="toggle" part="toggle" type="button" aria-expanded=${open} aria-controls="table" @click=${this.toggleTable}>
            ${open ? s.hideData : s.data}
          </button>
        </div>
        ${this.noDownload ? nothing : this.downloads.renderMenu(lang)} ${this.downloads.renderStatus()}
      </div>
      <div id="table" part="table" class=${open ? 'table-wrap' : 'table-wrap visually-hidden'}>
        ${isServer || this.serverRendered ? tableTemplate(this.fullTable(model, lang)) : this.tables.node(this.fullTable(model, lang))}
      </div>
    </figure>`;
  }
}
