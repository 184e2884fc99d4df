import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { buildTable, tableTemplate, type TableModel } from '../a11y/data-table.js';
import { recordNotes, sourceQuotes } from '../download/citation.js';
import { DownloadController, type DownloadSource } from '../download/download-controller.js';
import type { PictureFigure } from './picture.js';
import { downloadStyles } from '../download/download.styles.js';
import type { DownloadFormat, SxErrorCode, SxErrorDetail } from '../events.js';
import { resolveLang, t, type Lang } from '../i18n/index.js';
import { dropUnusedObservers, markStyled, styleRoot, within } from './documents.js';
import { EChartsController, type ChartRuntime } from './echarts-controller.js';
import { connectInTurn, firstRender } from './first-render.js';
import { chartKey } from './keyboard.js';
import {
  attributeOf,
  echo,
  InputError,
  invalidProperty,
  isPublicProperty,
  normaliseTextProperties,
  parseNumber,
  reflectedText,
  rendererOf,
  themeOf,
} from './input.js';
import { ErrorReport, ReadyState } from './ready-state.js';
import { autoScheme, followHostScheme, schemeChangedWithin, unfollowHostScheme, type Scheme } from './host-scheme.js';
import type { ChartContext } from './option-context.js';
import { preparePrint, PRINT_WIDTH, unwatchPrint, watchPrint } from './print.js';
import { printStyles } from './print.styles.js';
import type { EChartsCoreOption, Renderer } from './runtime.js';
import { setState } from './states.js';
import { baseStyles } from './styles.js';
import { echartsTheme, paletteKey, readPalette, type Palette } from './theme.js';

export type Theme = 'light' | 'dark' | 'auto';

/** What an element makes of its attributes: the records to show, or why it cannot. */
export type Resolution<M> = { model: M; error?: undefined } | { model?: undefined; error: SxErrorDetail };

export type { ChartContext } from './option-context.js';

/** One data item a reader clicked or tapped in the chart. */
export interface ChartItem {
  dataIndex: number;
  seriesIndex?: number;
  name?: string;
  data?: unknown;
}

const live = new Set<SxChartElement<unknown>>();
/** One observer per document with elements in it (the page's, an iframe's an element was moved into). */
const langObservers = new Map<Document, MutationObserver>();
let darkQuery: MediaQueryList | undefined;
const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** One observer per document for every element in it: an ancestor's `lang` or the reader's colour scheme may change. */
function watchPage(el: SxChartElement<unknown>): void {
  live.add(el);
  const doc = el.ownerDocument;
  if (!langObservers.has(doc) && typeof MutationObserver !== 'undefined') {
    // Only the elements inside a changed node may speak another language now.
    const observer = new MutationObserver((records) =>
      live.forEach((e) => records.some((r) => r.target !== e && within(e, r.target)) && e.requestUpdate()),
    );
    observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    langObservers.set(doc, observer);
  }
  if (!darkQuery && globalThis.matchMedia) {
    darkQuery = globalThis.matchMedia('(prefers-color-scheme: dark)');
    darkQuery.addEventListener('change', () => live.forEach((e) => themeOf(e.theme) === 'auto' && e.requestUpdate('theme')));
  }
}


/** A fault of the element's own (an exception while it reads its attributes or renders). */
const internalError = (lang: Lang): SxErrorDetail => ({ code: 'internal-error', message: t(lang).errorInternal });

function unwatchPage(el: SxChartElement<unknown>): void {
  live.delete(el);
  dropUnusedObservers(langObservers, live);
}

/**
 * The base every chart element extends: the shared attributes, the text-first figure (title, figures as text,
 * data table, source line), the error state, the events, and the ECharts lifecycle through one controller.
 * A subclass turns its attributes into records (`resolve`) and records into words, a table and an option.
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
export abstract class SxChartElement<M> extends LitElement {
  static override styles = [baseStyles, downloadStyles, printStyles];

  /**
   * @internal Test hook: wraps every element's chart loading, for fault injection (a chunk that fails once)
   * and for holding a load open. Never set in production code.
   */
  static loadHook: ((load: () => Promise<ChartRuntime>, element: SxChartElement<unknown>) => Promise<ChartRuntime>) | undefined =
    undefined;

  /** `zh` (default) or `en`. When absent, the nearest `lang` attribute on an ancestor decides. */
  @property() override lang!: string;

  /**
   * `light` (default), `dark`, or `auto`: the colour scheme the page declares (the inherited CSS
   * `color-scheme`, e.g. set by a site's `.dark` class), else the reader's `prefers-color-scheme`; live.
   */
  @property({ reflect: true, converter: reflectedText }) theme: Theme = 'light';

  /** `svg` (default: crisp, light, readable by the page's find) or `canvas`. */
  @property() renderer: Renderer = 'svg';

  /** Hides the title visually; it still names the figure for screen readers. */
  @property({ type: Boolean, attribute: 'no-title' }) noTitle = false;

  /** Hides the source line. */
  @property({ type: Boolean, attribute: 'no-source' }) noSource = false;

  /** Starts the chart at once instead of when the element comes near the viewport. */
  @property({ type: Boolean }) eager = false;

  /**
   * Server-rendered elements only: keep the picture the server drew, and never load ECharts for a hover, tap or
   * focus. A change of what the chart shows (attributes, language, scheme) still redraws it: a stale picture
   * would be wrong.
   */
  @property({ type: Boolean, attribute: 'static' }) keepStatic = false;

  /**
   * @internal What the server renderer (`shanxi-report-charts/ssr`) puts inside the chart box: its static SVG.
   * Never set in a browser, where it renders nothing and so leaves a server-drawn picture in place.
   */
  staticChart: unknown = nothing;

  /** Hides the download menu (CSV, JSON, PNG, SVG, square, portrait and landscape pictures, citation). `download()` still works. */
  @property({ type: Boolean, attribute: 'no-download' }) noDownload = false;

  @state() private tableOpen = false;
  /** The chart's code (or its first render) failed; the figures stay as text, and the element will try again. */
  @state() private chartFailed = false;
  /** The last render threw (a fault of the element's own): it shows `internal-error` instead of its figure. */
  private renderFailed = false;

  /**
   * The error the element shows now, `{ code, message }` (the message in the element's language), or null.
   * Read it after `ready` to learn what a script added late missed: `sx-error` fires once per error.
   */
  get error(): SxErrorDetail | null {
    const error = this.currentError();
    return error ? { ...error } : null;
  }

  /**
   * Resolves once the element shows all it can for what it was given: its chart drawn (when `sx-ready`
   * fires), its text when it has nothing to chart, or its error message (when `sx-error` fires; read
   * `error`). Already resolved when the element is in that state; a new, pending promise while it works on
   * a new chart instance (after a move in the DOM, a renderer change, or an error mended). A detached element
   * is not ready.
   */
  get ready(): Promise<void> {
    return this.readyState.promise;
  }

  /**
   * The figure in words, in the element's language: its accessible description, one or two sentences (the
   * embed builder puts it inside the tag, as the text a reader sees where the script is blocked). '' while the
   * element shows an error, and before its first render.
   */
  get description(): string {
    const model = this.resolution?.model;
    return model === undefined ? '' : this.describe(model, this.currentLang);
  }

  /** The resolved language, for subclasses. */
  protected currentLang: Lang = 'zh';
  /** What the attributes resolve to, recomputed before each render. */
  protected resolution: Resolution<M> | undefined;

  private readonly chart = new EChartsController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.chart'),
    load: () => {
      const hook = SxChartElement.loadHook;
      return hook ? hook(() => this.loadChart(), this as SxChartElement<unknown>) : this.loadChart();
    },
    wanted: () => {
      const model = this.resolution?.model;
      return model !== undefined && this.hasChart(model);
    },
    option: () => this.currentOption(),
    theme: () => echartsTheme(this.currentPalette()),
    renderer: () => rendererOf(this.renderer),
    eager: () => this.eager,
    rendered: () => {
      this.readyState.set(true);
      this.syncBusy();
      this.emit('sx-ready', {});
    },
    busy: () => this.syncBusy(),
    select: (item) => this.chartSelected(item),
    failed: (error) => {
      console.error(error);
      this.chartFailed = true;
    },
    retrying: () => {
      this.chartFailed = false;
    },
  });
  private readonly downloads = new DownloadController(this, {
    source: () => this.downloadSource(),
    emit: (type, detail) => this.emit(type, detail),
  });
  /** The scheme the element resolved: `theme="auto"` to the page's or reader's (src/chart/host-scheme.ts), `dark`, or none (light). */
  private scheme: Scheme | undefined;
  /** The scheme and print state the element's styles show now ('' before its first render). */
  private shownScheme = '';
  private printing = false;
  private palette: Palette | undefined;
  private option: EChartsCoreOption | null | undefined;
  private hadChart = false;
  private chartDirty = false;
  private readyWithoutChart = false;
  private tableNode: HTMLTableElement | undefined;
  private tableKey = '';
  private readonly reported = new ErrorReport();
  private readonly readyState = new ReadyState();
  private warned = new Set<string>();
  /** The chart item the keyboard is on. */
  private keyIndex = 0;
  /** Sent by the server with a declarative shadow root: the first render hydrates it (Lit's hydration support). */
  private readonly serverRendered = !isServer && !!this.shadowRoot;
  private firstRender = true;
  /** Set while the element waits for its turn to connect (./first-render.ts). */
  private waitingTurn: object | undefined;
  private stopListening: AbortController | undefined;

  /** A shadow root styled for the document the element is in, also when that is an iframe's (./documents.ts). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.ownerDocument === globalThis.document) {
      const made = !this.shadowRoot;
      const root = super.createRenderRoot();
      // Lit has just adopted the styles into a root it made: connecting styles it no second time.
      if (made && root instanceof ShadowRoot) markStyled(root);
      return root;
    }
    const ctor = this.constructor as typeof LitElement;
    const root = this.shadowRoot ?? this.attachShadow(ctor.shadowRootOptions);
    styleRoot(root, ctor.elementStyles);
    return root;
  }

  /** First renders in slices, so a page of many elements never blocks input (./first-render.ts). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || isServer) return super.scheduleUpdate();
    return firstRender(() => void super.scheduleUpdate());
  }

  override connectedCallback(): void {
    // A page of many elements: an element past the current slice connects (and renders) in its turn, and until
    // then shows the text inside its tag (./first-render.ts). Server-rendered elements have their content already.
    if (!this.hasUpdated && !this.serverRendered && !isServer) {
      const turn = {};
      this.waitingTurn = turn;
      if (!connectInTurn(() => this.takeTurn(turn))) return;
      this.waitingTurn = undefined;
    }
    this.connectNow();
  }

  /** The element's turn has come (./first-render.ts): connect and render now, unless it has left the page. */
  private takeTurn(turn: object): void {
    if (this.waitingTurn !== turn) return;
    this.waitingTurn = undefined;
    // Gone, or in a document that has gone (an iframe removed meanwhile): connected again, it waits again.
    if (!this.isConnected || !this.ownerDocument.defaultView) return;
    // One of a page of many: far from the viewport, the browser may skip its inside (./styles.ts).
    setState(this, 'sx-waited', true);
    this.connectNow();
    // Render in this slice, not in a later microtask: its time is counted here.
    if (this.isUpdatePending) this.performUpdate();
  }

  private connectNow(): void {
    super.connectedCallback();
    // Moved to another document (or back): its shadow root needs sheets of that document.
    if (this.shadowRoot) styleRoot(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
    watchPage(this as SxChartElement<unknown>);
    if (this.serverRendered && !this.keepStatic && !this.stopListening) {
      // The reader reaches for the server's picture: only now load ECharts and swap in the live chart.
      this.stopListening = new AbortController();
      const wake = () => {
        this.stopListening?.abort();
        this.chart.wake();
      };
      for (const type of ['pointerenter', 'touchstart', 'focusin']) {
        this.addEventListener(type, wake, { passive: true, signal: this.stopListening.signal });
      }
    }
    // A moved element may have a new language around it, and settles again (ready, sx-ready) in its new place.
    if (this.hasUpdated) this.requestUpdate();
    watchPrint(this);
  }

  override disconnectedCallback(): void {
    if (this.waitingTurn) {
      // Left before its turn: it never connected.
      this.waitingTurn = undefined;
      return;
    }
    super.disconnectedCallback();
    this.readyWithoutChart = false;
    this.readyState.set(false);
    unwatchPage(this as SxChartElement<unknown>);
    unwatchPrint(this);
    unfollowHostScheme(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // What frameworks set (numbers, undefined) becomes what an attribute would give; see ./input.ts.
    normaliseTextProperties(this);
    this.followScheme();
    const lang = resolveLang(this, this.lang);
    const langChanged = lang !== this.currentLang;
    this.currentLang = lang;
    this.option = undefined;
    this.hadChart = !!this.chart.chart;
    // An attribute changed after a failed load: try again (nothing caches a failure).
    if (this.chartFailed && [...changed.keys()].some((k) => isPublicProperty(this, k))) this.chart.retry();
    try {
      const invalid = invalidProperty(this);
      this.resolution = invalid
        ? this.fail('invalid-value', t(lang).errorInvalidValue(invalid))
        : this.resolve(lang);
    } catch (error) {
      if (error instanceof InputError) {
        this.resolution = { error: error.detail };
      } else {
        console.error(error);
        this.resolution = { error: internalError(lang) };
      }
    }
    // Anything but the table toggle can change what the chart shows.
    this.chartDirty = langChanged || [...changed.keys()].some((k) => k !== 'tableOpen');
    this.firstRender = !this.hasUpdated;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme')) {
      // The reflected attribute has restyled the host by now: read the colours again.
      this.palette = undefined;
      this.option = undefined;
    }
    if (this.hadChart) {
      if (changed.has('renderer')) this.chart.reinit();
      else if (changed.has('theme')) this.chart.retheme();
      else if (this.chartDirty) this.chart.refresh();
    } else if (this.chart.showingStatic && (this.firstRender ? !this.drawnLikeServer() : this.chartDirty)) {
      // The server's picture no longer shows what the chart would draw: swap in the live chart.
      this.chart.wake();
    }
    const error = this.currentError();
    const model = this.resolution?.model;
    const textOnly = model !== undefined && !this.hasChart(model);
    // A hydrated server picture is a chart for the reader (and sx-ready comes again once the live one is in).
    this.readyState.set(!!error || textOnly || this.chart.drawn || this.chart.showingStatic);
    if (this.firstRender && this.chart.showingStatic) this.emit('sx-ready', {});
    this.syncBusy();
    if (this.reported.isNew(error, this.currentLang) && error) {
      const key = `${error.code}:${error.message}`;
      if (!this.warned.has(key)) {
        this.warned.add(key);
        console.warn(`<${this.localName}>: ${error.message}`);
      }
      this.emit('sx-error', { ...error });
    }
    if (textOnly && !this.readyWithoutChart) {
      // A record with nothing to chart is complete once its text is there.
      this.readyWithoutChart = true;
      this.emit('sx-ready', {});
    }
  }

  /** Turns the attributes into records, or an error a reader can act on. */
  protected abstract resolve(lang: Lang): Resolution<M>;
  /** The title. */
  protected abstract heading(model: M, lang: Lang): string;
  /** One or two sentences that say what the figure shows: the figure's accessible description. */
  protected abstract describe(model: M, lang: Lang): string;
  /** The figures as text, above the chart. */
  protected abstract renderBody(model: M, lang: Lang): TemplateResult | typeof nothing;
  /** Every figure the chart draws, as a table. */
  protected abstract table(model: M, lang: Lang): TableModel;
  /** Loads ECharts and registers the chart types this element draws (a dynamic import). */
  protected abstract loadChart(): Promise<ChartRuntime>;
  /** The ECharts option. Called only when `hasChart` is true, once the chart is needed. */
  protected abstract chartOption(model: M, context: ChartContext): EChartsCoreOption;
  /** Whether the records have anything to chart (a statement without a number has not). */
  protected hasChart(_model: M): boolean {
    return true;
  }
  /**
   * The dataset records behind what the element shows, untouched: the JSON download, and the citation's
   * source sentences (their `source`, `sources`, `text` or `sourceTitle`).
   */
  protected abstract records(model: M): readonly object[];
  /** The `<id>` of the download's file name: by default the id of the single record shown, else `all`. */
  protected downloadId(model: M): string {
    const records = this.records(model);
    const id = records.length === 1 ? (records[0] as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? id : 'all';
  }
  /**
   * For an element without a chart of its own: the figures its pictures (PNG, SVG, square, portrait, landscape)
   * draw large in the chart's place. Default: none, and such an element offers no picture.
   */
  protected pictureFigures(_model: M, _lang: Lang): readonly PictureFigure[] | undefined {
    return undefined;
  }
  /**
   * The dataset's notes for data people ("About the data": which record was kept, how a sentence pairs its lists):
   * by default those `records` name. They go to the data table, the CSV, the JSON and the citation, never into
   * the graphic.
   */
  protected dataNotes(model: M, lang: Lang): readonly string[] {
    return recordNotes(this.records(model), lang);
  }
  /**
   * The long image (长图) of what the element shows, as the download menu offers it (`long-png`, `long-svg`), or
   * undefined (the default) for an element that makes none. `dark`: the scheme the element shows now.
   */
  protected longPicture(_model: M, _lang: Lang, _dark: boolean): ((format: 'png' | 'svg') => Promise<Blob>) | undefined {
    return undefined;
  }
  /**
   * The chart's height in a picture, which draws the chart at the picture's own width (about 400 px, narrower than
   * most screens): by default the height the chart has on screen. A chart laid out to its box's width (a unit
   * chart that stands in three columns on a desktop and in one on a phone) asks for its phone height.
   */
  protected pictureChartHeight(screenHeight: number): number {
    return screenHeight;
  }
  /** The report's sentences the citation quotes: by default those of `records`. */
  protected citationQuotes(model: M): readonly string[] {
    return sourceQuotes(this.records(model));
  }
  /**
   * The chart's items a keyboard walks and picks, in data order, each as a reader hears it ("Water: 2 projects").
   * An element whose chart picks records (`chartRecord`) returns them; then the chart box is a focusable button
   * and Enter or Space on item i picks what a click on data item i picks. Default: none (the box stays hidden).
   */
  protected chartKeys(_model: M, _lang: Lang): readonly string[] {
    return [];
  }
  /** The record behind a chart item a reader picked, if any. */
  protected chartRecord(_item: ChartItem, _model: M): unknown {
    return undefined;
  }

  /** Fires `sx-select` with a dataset record. */
  protected selectRecord(record: unknown): void {
    if (record !== undefined) this.emit('sx-select', { record });
  }

  /** Builds an error for `resolve`, in the element's language. */
  protected fail(code: SxErrorCode, message: string): Resolution<M> {
    return { error: { code, message } };
  }

  /**
   * Saves the figure as `csv`, `json`, `png`, `svg` (WeChat-safe), a PNG of a size platforms expect —
   * `square` 1080×1080, `portrait` 1080×1350, `landscape` 1200×675 (`share`, the card of earlier versions, is the
   * portrait picture) — or copies its `citation`, as the menu does; fires `sx-download`. Resolves to whether it
   * worked. It never rejects, whatever it is given: a failure, or a format it does not know (`__proto__`
   * included), shows a message and fires `sx-error` (`download-failed`).
   */
  download(format: DownloadFormat): Promise<boolean> {
    return this.downloads.download(format);
  }

  /** @internal Print is about to start (src/chart/print.ts): light palette, started chart, printed width. */
  beforePrint(): void {
    this.printing = true;
    this.setScheme(this.scheme);
    this.palette = undefined;
    this.option = undefined;
    this.chart.print(PRINT_WIDTH);
  }

  /** @internal Print is over: the screen's palette and width again. */
  afterPrint(): void {
    this.printing = false;
    this.setScheme(this.scheme);
    this.palette = undefined;
    this.option = undefined;
    this.chart.endPrint();
  }

  /** @internal `preparePrint` (src/chart/print.ts): load the chart code, so that print can draw at once. */
  prefetch(): Promise<void> {
    return this.chart.prefetch();
  }

  /**
   * Loads the chart code of every element on the page, so that a print started next draws every chart, those
   * the reader never scrolled to included: `await SxChartElement.preparePrint(); print();`. Never rejects.
   */
  static preparePrint(): Promise<void> {
    return preparePrint();
  }

  /** @internal The page may have switched its colour scheme (src/chart/host-scheme.ts). */
  schemeMayHaveChanged(): void {
    if (themeOf(this.theme) === 'auto' && autoScheme(this) !== this.scheme) this.requestUpdate('theme');
  }

  /** `theme="auto"`: follow the page (and the reader), and mark the scheme it resolves to. */
  private followScheme(): void {
    // Nothing to follow on a server, or while detached: connecting updates again.
    if (!this.isConnected) return;
    const theme = themeOf(this.theme);
    if (theme === 'auto') {
      followHostScheme(this);
      this.setScheme(autoScheme(this));
    } else {
      unfollowHostScheme(this);
      // theme="dark" in any spelling the element reads (" dark ", "ＤＡＲＫ"): its styles key on the state too.
      this.setScheme(theme === 'dark' ? 'dark' : undefined);
    }
  }

  private setScheme(scheme: Scheme | undefined): void {
    const shown = `${scheme}:${this.printing}`;
    this.scheme = scheme;
    setState(this, 'sx-dark', scheme === 'dark' && !this.printing);
    setState(this, 'sx-light', scheme === 'light' && !this.printing);
    setState(this, 'sx-print', this.printing);
    // The elements it composes with theme="auto" inherit its new scheme: they look again (./host-scheme.ts).
    if (this.shownScheme && shown !== this.shownScheme && this.shadowRoot) schemeChangedWithin(this.shadowRoot);
    this.shownScheme = shown;
  }

  /** What the download menu needs, read when a reader asks. */
  private downloadSource(): DownloadSource | undefined {
    const model = this.resolution?.model;
    if (model === undefined) return undefined;
    const lang = this.currentLang;
    const palette = this.currentPalette();
    return {
      lang,
      tag: this.localName,
      id: this.downloadId(model),
      title: this.heading(model, lang),
      words: this.describe(model, lang),
      sourceLine: t(lang).sourceLine,
      table: this.fullTable(model, lang),
      records: this.records(model),
      quotes: this.citationQuotes(model),
      figures: this.hasChart(model) ? undefined : figuresFor(this.pictureFigures(model, lang), palette),
      chart: this.hasChart(model)
        ? {
            runtime: () => this.loadChart(),
            option: (p: Palette) => this.chartOption(model, { lang, palette: p, animation: false }),
            theme: echartsTheme,
            palette,
            height: this.pictureChartHeight(this.renderRoot.querySelector<HTMLElement>('.chart')?.clientHeight ?? 0),
          }
        : undefined,
      longPicture: this.longPicture(model, lang, palette.dark),
    };
  }

  /**
   * Reads a number property for `resolve` (see ./input.ts): undefined when absent, the number otherwise;
   * text that is no number, a negative number with `min: 0` or a fraction with `integer` stops `resolve` with
   * `malformed-number`, and a message that says which. One line in `resolve`: `const actual = this.numberInput('actual', { units: ['%'] })`.
   */
  protected numberInput(
    name: string & keyof this,
    options: { units?: readonly string[]; min?: 0; integer?: boolean } = {},
  ): number | undefined {
    const raw = this[name];
    const parsed = parseNumber(raw, options.units);
    const s = t(this.currentLang);
    // A number that is out of place is named as such: "must not be negative", not "not a number".
    let message = s.errorMalformedNumber;
    if (parsed.ok) {
      const { value } = parsed;
      if (value === undefined) return value;
      if (options.min !== undefined && value < options.min) message = s.errorNegativeNumber;
      else if (options.integer && !Number.isInteger(value)) message = s.errorNotWholeNumber;
      else return value;
    }
    const attribute = attributeOf(this, name);
    throw new InputError({
      code: 'malformed-number',
      message: message(`${attribute}="${echo(typeof raw === 'string' ? raw : String(raw))}"`),
    });
  }

  /** Reads a text property for `resolve`: trimmed, "" when absent. */
  protected textInput(name: string & keyof this): string {
    const raw = this[name];
    return typeof raw === 'string' ? raw.trim() : '';
  }

  /** Shows the quiet loading state while the chart's code loads: `aria-busy` and the "loading" words. */
  private syncBusy(): void {
    const busy = this.chart.busy;
    const figure = this.renderRoot?.querySelector('figure');
    if (busy) figure?.setAttribute('aria-busy', 'true');
    else figure?.removeAttribute('aria-busy');
    this.renderRoot?.querySelector('.chart')?.toggleAttribute('data-busy', busy);
  }

  /** The error of a failed chart load, in the current language. */
  private chartError(): SxErrorDetail | undefined {
    return this.chartFailed ? { code: 'load-failed', message: t(this.currentLang).errorChartFailed } : undefined;
  }

  /** What the element shows as its error now: its input's, a fault of its own render, or its chart's. */
  private currentError(): SxErrorDetail | undefined {
    return this.resolution?.error ?? (this.renderFailed ? internalError(this.currentLang) : undefined) ?? this.chartError();
  }

  private retryChart(): void {
    this.chart.retry();
  }

  private emit(type: 'sx-ready' | 'sx-select' | 'sx-error' | 'sx-download', detail: object): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private chartSelected(item: ChartItem): void {
    const model = this.resolution?.model;
    if (model !== undefined) this.selectRecord(this.chartRecord(item, model));
  }

  /** Whether the server drew its picture in the colours the page gives this element (it drew the defaults). */
  private drawnLikeServer(): boolean {
    return paletteKey(this.currentPalette()) === this.chart.staticColours;
  }

  private currentPalette(): Palette {
    this.palette ??= readPalette(this);
    return this.palette;
  }

  /** Built once per update, when the controller first asks for it. */
  private currentOption(): EChartsCoreOption | null {
    if (this.option !== undefined) return this.option;
    const model = this.resolution?.model;
    this.option =
      model === undefined || !this.hasChart(model)
        ? null
        : this.chartOption(model, { lang: this.currentLang, palette: this.currentPalette(), animation: !reducedMotion() });
    return this.option;
  }

  /** The element's table with its "About the data" part. */
  private fullTable(model: M, lang: Lang): TableModel {
    const notes = this.dataNotes(model, lang);
    return notes.length ? { ...this.table(model, lang), about: { heading: t(lang).aboutData, notes } } : this.table(model, lang);
  }

  /** The data table, rebuilt only when what it says changes. */
  private tableFor(model: M, lang: Lang): HTMLTableElement {
    const table = this.fullTable(model, lang);
    const key = JSON.stringify(table);
    if (!this.tableNode || key !== this.tableKey) {
      this.tableNode = buildTable(table);
      this.tableKey = key;
    }
    return this.tableNode;
  }

  private toggleTable(): void {
    this.tableOpen = !this.tableOpen;
  }

  protected override render(): TemplateResult {
    const lang = this.currentLang;
    const s = t(lang);
    const resolution = this.resolution;
    const errorBox = (message: string) => html`<div class="error standalone" role="alert" part="error" lang=${lang}>
      <strong>${s.errorTitle}</strong>
      <span>${message}</span>
    </div>`;
    if (!resolution?.model) return errorBox((resolution?.error ?? internalError(lang)).message);
    this.renderFailed = false;
    try {
      return this.renderFigure(resolution.model, lang);
    } catch (error) {
      console.error(error);
      this.renderFailed = true;
      return errorBox(s.errorInternal);
    }
  }

  /**
   * The box the chart is drawn in, hidden from assistive technology (the text and table say it all); when the
   * chart picks records (`chartKeys`), with a focusable button over it named after its current item (./keyboard.ts).
   */
  private renderChartBox(model: M, lang: Lang): TemplateResult {
    const s = t(lang);
    const keys = this.chartKeys(model, lang);
    if (keys.length === 0) {
      return html`<div class="chart" part="chart" aria-hidden="true" data-loading=${s.loading}>${this.staticChart}</div>`;
    }
    this.keyIndex = Math.min(this.keyIndex, keys.length - 1);
    // The button lies over the chart, empty: its name is the item's, not the chart's drawn words.
    return html`<div class="chart-frame">
      <div class="chart" part="chart" aria-hidden="true" data-loading=${s.loading}>${this.staticChart}</div>
      <div
        class="chart-keys"
        part="chart-keys"
        role="button"
        tabindex="0"
        aria-label=${keys[this.keyIndex]!}
        aria-describedby="chart-keys-hint"
        @keydown=${this.onChartKey}
        @blur=${this.onChartBlur}
      ></div>
      <p id="chart-keys-hint" class="visually-hidden">${keys.length > 1 ? s.chartKeysHint : s.chartKeyHint}</p>
    </div>`;
  }

  private onChartKey(event: KeyboardEvent): void {
    const model = this.resolution?.model;
    if (model === undefined) return;
    const keys = this.chartKeys(model, this.currentLang);
    const action = chartKey(event, this.keyIndex, keys.length);
    if (action === undefined) return;
    event.preventDefault();
    if (action === 'pick') {
      this.chartSelected({ dataIndex: this.keyIndex, seriesIndex: 0 });
      return;
    }
    this.keyIndex = action;
    (event.currentTarget as HTMLElement).setAttribute('aria-label', keys[action]!);
    this.chart.highlight(action);
  }

  private onChartBlur(): void {
    this.chart.highlight(undefined);
  }

  private renderFigure(model: M, lang: Lang): TemplateResult {
    const s = t(lang);
    return html`<figure part="figure" lang=${lang} aria-labelledby="title" aria-describedby="description">
      <figcaption id="title" part="title" class=${this.noTitle ? 'title visually-hidden' : 'title'}>
        ${this.heading(model, lang)}
      </figcaption>
      <p id="description" class="visually-hidden">${this.describe(model, lang)}</p>
      ${this.renderBody(model, lang)}
      ${this.hasChart(model) && !this.chartFailed ? this.renderChartBox(model, lang) : nothing}
      ${this.chartFailed
        ? html`<div class="error retryable" role="alert" part="error">
            <span>${s.errorChartFailed}</span>
            <button class="retry" part="retry" type="button" @click=${this.retryChart}>${s.retry}</button>
          </div>`
        : nothing}
      <div class="footer">
        ${this.noSource ? nothing : html`<p class="source" part="source">${s.sourceLine}</p>`}
        <div class="actions">
          ${this.noDownload ? nothing : this.downloads.renderButton(lang)}
          <button
            class="toggle"
            part="toggle"
            type="button"
            aria-expanded=${this.tableOpen ? 'true' : 'false'}
            aria-controls="table"
            @click=${this.toggleTable}
          >
            ${this.tableOpen ? s.hideData : s.data}
          </button>
        </div>
        ${this.noDownload ? nothing : this.downloads.renderMenu(lang)} ${this.downloads.renderStatus()}
      </div>
      <div id="table" part="table" class=${this.tableOpen ? 'table-wrap' : 'table-wrap visually-hidden'}>
        ${isServer || this.serverRendered ? tableTemplate(this.fullTable(model, lang)) : this.tableFor(model, lang)}
      </div>
    </figure>`;
  }
}

/** An element's picture figures with the palette to draw them in, when it has any. */
function figuresFor(items: readonly PictureFigure[] | undefined, palette: Palette): DownloadSource['figures'] {
  return items?.length ? { items, palette } : undefined;
}
