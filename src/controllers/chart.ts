/**
 * The chart: created only by elements that chart something (SxChartElement). It drives the one ECharts instance
 * through EChartsController (../chart/echarts-controller.ts: loading, laziness, batching, resizing, print width,
 * the server's picture), caches the option for the display context it was built in, draws the chart box with its
 * keyboard (../chart/keyboard.ts) and the retryable error of a chart whose code failed to load.
 */
import { html, isServer, nothing, type PropertyValues, type ReactiveController, type TemplateResult } from 'lit';
import type { SxErrorDetail } from '../events.js';
import { t, type Lang } from '../i18n/index.js';
import { EChartsController, type ChartRuntime } from '../chart/echarts-controller.js';
import { isPublicProperty } from '../chart/input.js';
import { chartKey } from '../chart/keyboard.js';
import { PRINT_WIDTH } from '../chart/print.js';
import type { EChartsCoreOption, Renderer } from '../chart/runtime.js';
import { paletteKey } from '../chart/theme.js';
import type { ChartContext } from '../chart/option-context.js';
import type { DisplayContextController, DisplayHost } from './display-context.js';
import type { FigureStatusController } from './figure-status.js';

/** One data item a reader clicked or tapped in the chart. */
export interface ChartItem {
  dataIndex: number;
  seriesIndex?: number;
  name?: string;
  data?: unknown;
}

/** What the chart needs from its element, read when it needs it. */
export interface ChartSource<M> {
  /** The model shown now, if any. */
  model(): M | undefined;
  hasChart(model: M): boolean;
  /** The option, built with the loaded chart code's builders (`runtime.options`). */
  option(model: M, context: ChartContext, runtime: ChartRuntime): EChartsCoreOption;
  load(): Promise<ChartRuntime>;
  /** The chart's items a keyboard walks, in data order, as a reader hears each. */
  keys(model: M, lang: Lang): readonly string[];
  /** A reader picked item `item` (a click, a tap, or Enter on it). */
  select(item: ChartItem, model: M): void;
  renderer(): Renderer;
  eager(): boolean;
  /** `static`: keep the server's picture. */
  keepStatic(): boolean;
  /** What the server renderer puts inside the chart box (its static SVG); nothing in a browser. */
  staticChart(): unknown;
}

export class ChartController<M> implements ReactiveController {
  /** The chart's code (or its first render) failed: the figures stay as text, and the element will try again. */
  failed = false;
  private readonly engine: EChartsController;
  private option: { update: number; key: string; value: EChartsCoreOption | null } | undefined;
  /** Counts the element's updates: an option is built at most once per update and display context. */
  private update = 0;
  /** The chart item the keyboard is on. */
  private keyIndex = 0;
  private hadChart = false;
  private dirty = false;
  private first = true;
  /** Sent by the server with a declarative shadow root: the reader's first reach swaps in the live chart. */
  private readonly serverRendered: boolean;
  private stopListening: AbortController | undefined;

  constructor(
    private readonly host: DisplayHost,
    private readonly source: ChartSource<M>,
    private readonly display: DisplayContextController,
    private readonly status: FigureStatusController,
  ) {
    this.serverRendered = !isServer && !!host.shadowRoot;
    this.engine = new EChartsController(host, {
      container: () => host.renderRoot.querySelector<HTMLElement>('.chart'),
      load: source.load,
      wanted: () => {
        const model = source.model();
        return model !== undefined && source.hasChart(model);
      },
      option: (runtime) => this.currentOption(runtime),
      theme: (runtime) => runtime.theme(display.colours),
      renderer: source.renderer,
      eager: source.eager,
      rendered: () => {
        this.status.drawn();
        this.syncBusy();
      },
      busy: () => this.syncBusy(),
      select: (item) => this.selected(item),
      failed: (error) => {
        console.error(error);
        this.failed = true;
        host.requestUpdate();
      },
      retrying: () => {
        this.failed = false;
        host.requestUpdate();
      },
    });
    host.addController(this);
    display.addPrintPart({
      start: () => this.engine.print(PRINT_WIDTH),
      end: () => this.engine.endPrint(),
      prefetch: () => this.engine.prefetch(),
    });
  }

  /** Whether the chart (or the server's picture in its place) is what the reader sees. */
  get shown(): boolean {
    return this.engine.drawn || this.engine.showingStatic;
  }

  /** Whether `model` has anything to chart (a statement without a number has not). */
  charts(model: M): boolean {
    return this.source.hasChart(model);
  }

  get showingStatic(): boolean {
    return this.engine.showingStatic;
  }

  /** The error of a failed chart load, in the element's language. */
  error(lang: Lang): SxErrorDetail | undefined {
    return this.failed ? { code: 'load-failed', message: t(lang).errorChartFailed } : undefined;
  }

  hostConnected(): void {
    if (!this.serverRendered || this.source.keepStatic() || this.stopListening) return;
    // The reader reaches for the server's picture: only now load ECharts and swap in the live chart.
    this.stopListening = new AbortController();
    const wake = () => {
      this.stopListening?.abort();
      this.engine.wake();
    };
    for (const type of ['pointerenter', 'touchstart', 'focusin']) {
      this.host.addEventListener(type, wake, { passive: true, signal: this.stopListening.signal });
    }
  }

  /** Before a render: whether an instance was drawn, and whether what it charts may change. */
  willUpdate(changed: PropertyValues, langChanged: boolean): void {
    this.update++;
    this.first = !this.host.hasUpdated;
    this.hadChart = !!this.engine.chart;
    // An attribute changed after a failed load: try again (nothing caches a failure).
    if (this.failed && [...changed.keys()].some((k) => isPublicProperty(this.host, k))) this.engine.retry();
    // Anything but the table toggle can change what the chart shows.
    this.dirty = langChanged || [...changed.keys()].some((k) => k !== 'tableOpen');
  }

  /**
   * After a render: a new renderer makes a new instance, a new theme re-themes it, anything else that changed
   * what is charted (`dirty`) draws it again; a server picture that no longer shows what the chart would draw is
   * swapped for the live chart.
   */
  updated(changed: PropertyValues): void {
    if (this.hadChart) {
      if (changed.has('renderer')) this.engine.reinit();
      else if (changed.has('theme')) this.engine.retheme();
      else if (this.dirty) this.engine.refresh();
    } else if (this.engine.showingStatic && (this.first ? !this.drawnLikeServer() : this.dirty)) {
      this.engine.wake();
    }
    this.syncBusy();
  }

  /** After the element has settled: a hydrated server picture is a chart for the reader (`sx-ready` comes again once the live one is in). */
  settled(): void {
    if (this.first && this.engine.showingStatic) this.status.drawn();
  }

  /** The chart box, or the retryable error of a chart that failed to load. */
  render(model: M, lang: Lang): TemplateResult | typeof nothing {
    const s = t(lang);
    if (this.failed) {
      return html`<div class="error retryable" role="alert" part="error">
        <span>${s.errorChartFailed}</span>
        <button class="retry" part="retry" type="button" @click=${this.retry}>${s.retry}</button>
      </div>`;
    }
    if (!this.source.hasChart(model)) return nothing;
    const box = html`<div class="chart" part="chart" aria-hidden="true" data-loading=${s.loading}>${this.source.staticChart()}</div>`;
    const keys = this.source.keys(model, lang);
    if (keys.length === 0) return box;
    this.keyIndex = Math.min(this.keyIndex, keys.length - 1);
    // The button lies over the chart, empty: its name is the item's, not the chart's drawn words.
    return html`<div class="chart-frame">
      ${box}
      <div
        class="chart-keys"
        part="chart-keys"
        role="button"
        tabindex="0"
        aria-label=${keys[this.keyIndex]!}
        aria-describedby="chart-keys-hint"
        @keydown=${this.onKey}
        @blur=${this.onBlur}
      ></div>
      <p id="chart-keys-hint" class="visually-hidden">${keys.length > 1 ? s.chartKeysHint : s.chartKeyHint}</p>
    </div>`;
  }

  /** The option for the model shown now, built once per model and display context, when first asked for. */
  private currentOption(runtime: ChartRuntime): EChartsCoreOption | null {
    const model = this.source.model();
    if (model === undefined) return null;
    const key = this.display.key;
    if (this.option?.update !== this.update || this.option.key !== key) {
      const { lang, colours: palette, animation } = this.display;
      this.option = { update: this.update, key, value: this.source.hasChart(model) ? this.source.option(model, { lang, palette, animation }, runtime) : null };
    }
    return this.option.value;
  }

  /** Whether the server drew its picture in the colours the page gives this element (it drew the defaults). */
  private drawnLikeServer(): boolean {
    return paletteKey(this.display.colours) === this.engine.staticColours;
  }

  /** Shows the quiet loading state while the chart's code loads: `aria-busy` and the "loading" words. */
  private syncBusy(): void {
    const busy = this.engine.busy;
    const root = this.host.renderRoot;
    const figure = root?.querySelector('figure');
    if (busy) figure?.setAttribute('aria-busy', 'true');
    else figure?.removeAttribute('aria-busy');
    root?.querySelector('.chart')?.toggleAttribute('data-busy', busy);
  }

  private selected(item: ChartItem): void {
    const model = this.source.model();
    if (model !== undefined) this.source.select(item, model);
  }

  private readonly retry = () => this.engine.retry();

  private readonly onKey = (event: KeyboardEvent) => {
    const model = this.source.model();
    if (model === undefined) return;
    const keys = this.source.keys(model, this.display.lang);
    const action = chartKey(event, this.keyIndex, keys.length);
    if (action === undefined) return;
    event.preventDefault();
    if (action === 'pick') {
      this.selected({ dataIndex: this.keyIndex, seriesIndex: 0 });
      return;
    }
    this.keyIndex = action;
    (event.currentTarget as HTMLElement).setAttribute('aria-label', keys[action]!);
    this.engine.highlight(action);
  };

  private readonly onBlur = () => this.engine.highlight(undefined);
}
