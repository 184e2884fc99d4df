import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextTask, slicing, waitedForTurn } from './first-render.js';
import { setState, statesOf } from './states.js';
import type { createChart, highlight, printAt } from './instance.js';
import type { ECharts, EChartsCoreOption, Renderer } from './runtime.js';
import type { echartsTheme } from './echarts-theme.js';

/**
 * What an element's chart module gives the controller once it has been loaded: ECharts with the element's chart
 * types, and `options`, the element's option builders (its `<name>.option.ts`), which load with the chart so that
 * the text-first figure does not carry them.
 */
export interface ChartRuntime<O = unknown> {
  init: typeof import('echarts/core').init;
  loadRenderer(kind: Renderer): Promise<void>;
  options: O;
  /** The ECharts theme for a palette (./theme.ts). */
  theme: typeof echartsTheme;
  /** What is done to a live instance (./instance.ts). */
  instance: { createChart: typeof createChart; highlight: typeof highlight; printAt: typeof printAt };
  /**
   * What a picture needs to know of the chart. `wordsHoldFigures`: the chart writes none of its figures (the gauge
   * draws no number), so its words are the only place they are, and a wide picture keeps them (its title over the
   * whole width) rather than drop them.
   */
  picture?: { wordsHoldFigures?: boolean } | undefined;
}

export interface EChartsControllerOptions {
  /** The inner element the chart is drawn into, once rendered. */
  container(): HTMLElement | null | undefined;
  /** Loads ECharts and the element's chart types (a dynamic import). Called once, when the chart is needed. */
  load(): Promise<ChartRuntime>;
  /** Whether there is anything to chart now; cheap, reads no style (the option itself reads colours). */
  wanted(): boolean;
  /** The option to draw now, built with the loaded chart code's builders, or null when there is nothing to chart. */
  option(runtime: ChartRuntime): EChartsCoreOption | null;
  /** The ECharts theme to draw in, made with the loaded chart code. */
  theme(runtime: ChartRuntime): object;
  renderer(): Renderer;
  /** Start the chart without waiting for the element to come near the viewport. */
  eager(): boolean;
  /** After the first full render of an instance. */
  rendered(): void;
  /** `busy` may have changed (the chart's code started loading, the chart was drawn, disposed or failed). */
  busy?(): void;
  /** A reader clicked or tapped a data item. */
  select(params: { dataIndex: number; seriesIndex?: number; name?: string; data?: unknown }): void;
  failed(error: unknown): void;
  /** A failed load is being tried again: the element takes its error away and renders its chart box. */
  retrying?(): void;
}

const RESIZE_THROTTLE_MS = 100;

/**
 * How far a server-drawn picture may be scaled before it must be redrawn live: from 3/4 to 3/2 of the size it was
 * drawn at (its text shrinks or grows with it). Outside that range the box is in another size class.
 */
const STATIC_SCALE = [0.75, 1.5] as const;

/** What a chart needs, read from style and layout before any chart of the batch writes to the DOM. */
interface Measured {
  container: HTMLElement;
  renderer: Renderer;
  width: number;
  height: number;
  theme: object;
  option: EChartsCoreOption;
}

/**
 * Charts ready to be created wait here for one batch: every size and colour of the batch is read first (one
 * layout), then every chart is created. Started one by one, each chart's size read forces a layout of the page
 * the previous chart has just changed: 3 forced layouts per chart, 300 for 100 gauges.
 */
const batch = new Set<EChartsController>();
/** Chart code loads under way on the page (./runtime.ts): the charts waiting for them would join the batch. */
let loadsUnderWay = 0;
let flushQueued = false;
function flush(): void {
  flushQueued = false;
  const list = [...batch];
  batch.clear();
  const measured = list.map((c) => c.measure());
  list.forEach((c, i) => measured[i] && c.create(measured[i]));
}
function enqueue(controller: EChartsController): void {
  // At the latest in a task of its own: after every microtask of this one, so that every element that renders
  // now joins.
  if (batch.size === 0) nextTask(flush);
  batch.add(controller);
  // Sooner when no chart code is on its way (code already loaded settles within this task's microtasks) and the
  // page's first renders all fit in one slice: in this very task, so that the frame that first shows the elements'
  // text shows their charts too (drawn a task later, a frame in between lays out and paints every element's text
  // once more). While first renders are sliced (./first-render.ts) the charts keep a task of their own, and the
  // check is not queued again for each chart that joins: the flag stays set until the batch's task flushes it.
  if (loadsUnderWay === 0 && !flushQueued) {
    flushQueued = true;
    queueMicrotask(() => {
      if (loadsUnderWay === 0 && !slicing()) flush();
    });
  }
}

/** Each element class's chart code, loaded once and shared by its elements; a failed load is forgotten. */
const chartCode = new WeakMap<object, Promise<ChartRuntime>>();

/**
 * `load()` (an element's dynamic import of its chart module) once per `kind` (the element's class) while it
 * succeeds or is under way; a failure is forgotten, so the next call tries again. Every element importing its chart
 * module itself would get it only in a later task, after a frame that lays out and paints the page's text once
 * more; the shared promise settles in a microtask, so a page's charts are drawn in the task that renders them.
 */
export function loadOnce(kind: object, load: () => Promise<ChartRuntime>): Promise<ChartRuntime> {
  let loading = chartCode.get(kind);
  if (!loading) {
    const started = load();
    loading = started;
    chartCode.set(kind, started);
    started.catch(() => {
      if (chartCode.get(kind) === started) chartCode.delete(kind);
    });
  }
  return loading;
}

const warmed = new Set<Renderer>();
/**
 * Starts fetching a renderer's code beside the chart's code rather than after it: the chart module registers the
 * renderer (`runtime.loadRenderer`, the same module) once it has loaded, a round trip later on a phone. A failure
 * here is left to that call, which reports it.
 */
function warmRenderer(kind: Renderer): void {
  // Once is enough: after that the module is fetched or on its way (a dynamic import per chart costs a task each).
  if (warmed.has(kind)) return;
  warmed.add(kind);
  (kind === 'canvas' ? import('./renderer-canvas.js') : import('./renderer-svg.js')).catch(() => undefined);
}

/**
 * The element classes whose chart code (with a renderer) has arrived on this page: another of their charts gets its
 * code from the browser's module map, within a few tasks. Its "loading" state waits BUSY_DELAY_MS before it is
 * said: said at once, it would be styled, laid out and taken away again for every chart of a page, for nothing a
 * reader could see (the words appear only after 0.3 s) or hear.
 */
const arrived = new WeakMap<object, Set<Renderer>>();
const BUSY_DELAY_MS = 300;

/** Elements rendered for the first time in this task, whose distance to the viewport is read in one go. */
const unplaced = new Set<EChartsController>();
function placeLater(controller: EChartsController): void {
  // An element of a page of many, rendered in its turn (./first-render.ts), is placed by the observer: observed
  // anew, it reports at the next frame. Reading its box now could cost a layout of the page for each (the browser
  // lays out the inside of a content-visibility: auto element whose box is read), and it is not the first screen.
  if (waitedForTurn()) {
    controller.observeAgain();
    return;
  }
  if (unplaced.size === 0) {
    queueMicrotask(() => {
      const list = [...unplaced];
      unplaced.clear();
      const boxes = list.map((c) => c.hostBox());
      list.forEach((c, i) => c.placed(boxes[i]!));
    });
  }
  unplaced.add(controller);
}

/**
 * The div ECharts draws into, inside the chart box: zrender empties its root on init and dispose, and the box
 * also holds what Lit renders there (its markers, a server-drawn picture), which must stay Lit's.
 */
function plotIn(container: HTMLElement): HTMLElement {
  let plot = container.querySelector<HTMLElement>(':scope > .plot');
  if (!plot) {
    plot = document.createElement('div');
    plot.className = 'plot';
    container.append(plot);
  }
  return plot;
}

/** How close to the viewport an element must come before its chart starts. */
const NEAR_MARGIN = 300;

/**
 * The window whose observers watch `node`: its own document's (an iframe's, for an element moved there), so that
 * they end with that document; an observer of the page watching a node in a discarded iframe reports errors.
 */
function windowOf(node: Node): typeof globalThis {
  return (node.ownerDocument?.defaultView as typeof globalThis | null) ?? globalThis;
}

/** One IntersectionObserver for every element of a window, rather than one each. */
const waiting = new Map<Element, { controller: EChartsController; observer: IntersectionObserver }>();
const nearObservers = new WeakMap<object, IntersectionObserver>();
function waitUntilNear(host: Element, controller: EChartsController): void {
  const win = windowOf(host);
  let observer = nearObservers.get(win);
  if (!observer) {
    observer = new win.IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          // An element whose first render is still to come (first renders come in slices) has no height, and
          // sits where the elements after it will be: its place says nothing yet. Its first update asks again.
          if (entry.boundingClientRect.height === 0) continue;
          waiting.get(entry.target)?.controller.intersecting(entry.isIntersecting);
        }
      },
      { rootMargin: `${NEAR_MARGIN}px 0px` },
    );
    nearObservers.set(win, observer);
  }
  stopWaiting(host);
  waiting.set(host, { controller, observer });
  observer.observe(host);
}
function stopWaiting(host: Element): void {
  waiting.get(host)?.observer.unobserve(host);
  waiting.delete(host);
}

/**
 * Charts whose code failed to load. Nothing caches a failure: each of them tries again when the browser goes
 * back online, when its element is re-inserted, changes an attribute, or comes near the viewport again, and
 * when a reader presses its retry button.
 */
const failedControllers = new Set<EChartsController>();
let onlineListening = false;
function retryWhenOnline(controller: EChartsController): void {
  failedControllers.add(controller);
  if (onlineListening || typeof addEventListener === 'undefined') return;
  onlineListening = true;
  addEventListener('online', () => [...failedControllers].forEach((c) => c.retry()));
}

/**
 * The one place that owns an ECharts instance. It creates the chart when the element is near the viewport and
 * its container has a size, sets the first option in the same step, resizes it (throttled, skipping unchanged
 * and 0×0 sizes), replays the option on theme changes with `setTheme`, and disposes on disconnect. A reconnected
 * element starts again from the top, so moving an element in the DOM keeps it working.
 */
export class EChartsController implements ReactiveController {
  /** The live instance, if any. */
  chart: ECharts | undefined;
  private isNear = false;
  /**
   * Near the viewport (or eager, or printing): the chart may start. The host's `sx-near` state turns its
   * `content-visibility: auto` off (./styles.ts): the browser may skip the inside of a far-off element, not of one
   * whose chart is drawn.
   */
  private get near(): boolean {
    return this.isNear;
  }
  private set near(value: boolean) {
    if (value === this.isNear) return;
    this.isNear = value;
    // Only an element that waited for its turn has something to turn off: setting the state on the others would
    // restyle every element of a page for nothing.
    if (!value || statesOf(this.host).has('sx-waited')) setState(this.host, 'sx-near', value);
  }
  private runtime: ChartRuntime | undefined;
  private loading: Promise<void> | undefined;
  private readonly renderers = new Set<Renderer>();
  private resizeObserver: ResizeObserver | undefined;
  private observed: HTMLElement | undefined;
  private lastSize = '';
  private resizeTimer: ReturnType<typeof setTimeout> | undefined;
  private busyTimer: ReturnType<typeof setTimeout> | undefined;
  private connected = false;
  private failed = false;
  /** Since its load failed, the element has been away from the viewport: coming near again retries. */
  private awayAfterFailure = false;
  private askedPlace = false;
  /**
   * The one extra state server rendering needs: the static SVG the server drew into the container
   * (`shanxi-report-charts/ssr`). While it is there and nothing woke the chart, no ECharts is loaded.
   */
  private picture: Element | undefined;
  private woken = false;
  private drawnChart: ECharts | undefined;

  /** Whether the current instance has rendered its option once. */
  get drawn(): boolean {
    return !!this.chart && this.drawnChart === this.chart;
  }

  /** Whether the chart is on its way: wanted, near the viewport, connected, and not drawn or failed yet. */
  get busy(): boolean {
    // A server-drawn picture shows the chart meanwhile: nothing to announce.
    return this.connected && this.near && !this.failed && !this.drawn && !this.picture && this.options.wanted();
  }

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: EChartsControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    // Re-inserted after a failed load: try again.
    if (this.failed) this.retry();
    if (this.options.eager() || typeof IntersectionObserver === 'undefined') {
      this.near = true;
    } else {
      waitUntilNear(this.host, this);
    }
    // A reconnected element has its container already: no update will come, so start from here.
    this.observeContainer();
    this.start();
  }

  hostUpdated(): void {
    // The container may appear or be replaced by a render (an error state has none).
    this.observeContainer();
    // Near the viewport already? Ask now (batched) rather than wait a frame for the observer's first report.
    if (!this.near && waiting.has(this.host) && !this.askedPlace) {
      this.askedPlace = true;
      placeLater(this);
    }
    this.start();
  }

  /** Placement by the observer (this module's batches): a fresh report at the next frame. */
  observeAgain(): void {
    if (!this.near && this.connected && waiting.has(this.host)) waitUntilNear(this.host, this);
  }

  /** Read phase of the placement batch (this module's). */
  hostBox(): DOMRect {
    return this.host.getBoundingClientRect();
  }

  /** Placement: within NEAR_MARGIN (300px above or below) of the viewport: start, and stop observing. */
  placed(box: DOMRect): void {
    if (this.near || !this.connected || box.width === 0 || box.height === 0) return;
    if (box.bottom < -NEAR_MARGIN || box.top > innerHeight + NEAR_MARGIN) return;
    stopWaiting(this.host);
    this.becameNear();
  }

  /** The shared observer's report: within NEAR_MARGIN of the viewport or not. */
  intersecting(near: boolean): void {
    if (this.failed) {
      if (!near) this.awayAfterFailure = true;
      else if (this.awayAfterFailure) this.retry();
      return;
    }
    if (!near) return;
    stopWaiting(this.host);
    this.becameNear();
  }

  /** Tries a failed load again (the element's retry button, `online`, a re-insert, an attribute change, coming near). */
  retry(): void {
    if (!this.failed) return;
    this.failed = false;
    this.awayAfterFailure = false;
    failedControllers.delete(this);
    stopWaiting(this.host);
    this.options.retrying?.();
    this.start();
  }

  /** The element has come near the viewport. */
  becameNear(): void {
    this.near = true;
    this.start();
  }

  hostDisconnected(): void {
    this.connected = false;
    // A detached element is not held by the page; re-inserted, it tries again (hostConnected).
    failedControllers.delete(this);
    stopWaiting(this.host);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed = undefined;
    this.lastSize = '';
    clearTimeout(this.resizeTimer);
    clearTimeout(this.busyTimer);
    this.dispose();
    this.askedPlace = false;
    if (!this.options.eager()) this.near = false;
  }

  /** Whether the server's static picture is what the reader sees. */
  get showingStatic(): boolean {
    return !!this.picture && !this.chart;
  }

  /** The colours the server drew its picture in (`paletteKey`). */
  get staticColours(): string | null | undefined {
    return this.picture?.getAttribute('data-colours');
  }

  /** The reader reached for the static picture, or it must change: load ECharts and swap in the live chart. */
  wake(): void {
    if (this.woken) return;
    this.woken = true;
    this.start();
  }

  /** Draws the current option again, replacing the previous one (items removed from the data must go). */
  refresh(): void {
    if (!this.chart) {
      this.start();
      return;
    }
    const option = this.options.option(this.runtime!);
    if (option) this.chart.setOption(option, { notMerge: true });
    else this.dispose();
  }

  /** Highlights data item `dataIndex` of the first series with its tooltip (the keyboard's walk), or none. */
  highlight(dataIndex: number | undefined): void {
    const chart = this.chart;
    if (chart && !chart.isDisposed()) this.runtime!.instance.highlight(chart, dataIndex);
  }

  /** A new scheme: the same instance, a new theme, and the option replayed with the new colours. */
  retheme(): void {
    if (!this.chart) return;
    this.chart.setTheme(this.options.theme(this.runtime!));
    this.refresh();
  }

  /**
   * Print: start now, near the viewport or not, and draw at once (no batch) when the chart code is loaded;
   * otherwise load it and draw when it arrives. A drawn chart replays its option (the print palette) and is
   * drawn at most `width` wide, synchronously, before the browser lays out the printed pages.
   */
  print(width: number): void {
    stopWaiting(this.host);
    this.near = true;
    if (!this.chart) {
      this.start();
      if (batch.delete(this)) {
        const measured = this.measure();
        if (measured) this.create(measured);
      }
    } else {
      this.retheme();
    }
    const chart = this.chart;
    const container = this.options.container();
    if (chart && container) this.runtime!.instance.printAt(chart, container, width);
  }

  /**
   * Loads the chart code and the renderer without drawing anything (`preparePrint` in src/chart/print.ts), so
   * that print can draw a chart the reader never scrolled to at once, inside `beforeprint`.
   */
  prefetch(): Promise<void> {
    if (this.picture && !this.woken) return Promise.resolve();
    const renderer = this.options.renderer();
    if ((this.runtime && this.renderers.has(renderer)) || this.failed || !this.options.wanted()) return Promise.resolve();
    // The same path as a start: a failure is reported (and retried) as the element's own.
    if (!this.loading) this.loadCode(renderer);
    return this.loading ?? Promise.resolve();
  }

  /** After print: the screen palette and the container's width again. */
  endPrint(): void {
    if (!this.chart) return;
    this.chart.getDom().querySelector('svg')?.removeAttribute('viewBox');
    this.retheme();
    this.chart.resize({ width: 'auto', height: 'auto' });
  }

  /** Renderer changes need a new instance. */
  reinit(): void {
    this.dispose();
    this.start();
  }

  private dispose(): void {
    if (this.chart && !this.chart.isDisposed()) this.chart.dispose();
    const had = !!this.chart;
    this.chart = undefined;
    this.drawnChart = undefined;
    if (had) this.options.busy?.();
  }

  private observeContainer(): void {
    const container = this.options.container() ?? undefined;
    if (container === this.observed) return;
    this.resizeObserver?.disconnect();
    this.observed = container;
    this.lastSize = '';
    this.picture = container?.querySelector(':scope > svg[data-sx-static]') ?? undefined;
    if (!container || !this.connected) return;
    if (container !== this.chart?.getDom().parentElement) this.dispose();
    this.resizeObserver ??= new (windowOf(container).ResizeObserver)((entries) => this.resized(entries));
    this.resizeObserver.observe(container);
  }

  private resized(entries: ResizeObserverEntry[]): void {
    const box = entries[entries.length - 1]?.contentRect;
    if (!box || box.width === 0 || box.height === 0) return;
    const size = `${Math.round(box.width)}x${Math.round(box.height)}`;
    if (size === this.lastSize) return;
    const first = this.lastSize === '';
    this.lastSize = size;
    if (!this.chart) {
      if (this.picture && !this.fitsPicture(box.width, box.height)) this.woken = true;
      this.start();
      return;
    }
    // The observer reports once right after observe(): that size is the one the chart was made with.
    if (first) return;
    clearTimeout(this.resizeTimer);
    this.resizeTimer = setTimeout(() => {
      // 'auto': the chart was created with the container's size in pixels, which zrender would otherwise keep.
      if (this.chart && !this.chart.isDisposed()) this.chart.resize({ width: 'auto', height: 'auto' });
    }, RESIZE_THROTTLE_MS);
  }

  /**
   * Whether the box is within the size class the server drew its picture for. A picture with one drawing per
   * width (data-widths) shows the widest that fits, at its own size and centred in a wider box, and sets the box's
   * height: it fits from ¾ of its narrowest drawing to twice its widest, while the box is about as tall as the
   * drawing shown was drawn (data-heights; a page's --sx-chart-height may make it another).
   */
  private fitsPicture(width: number, height: number): boolean {
    const picture = this.picture!;
    const fits = (now: number, drawn: number) => {
      const k = now / (drawn || now);
      return k >= STATIC_SCALE[0] && k <= STATIC_SCALE[1];
    };
    const numbers = (name: string) => (picture.getAttribute(name) ?? '').split(' ').map(Number).filter((n) => n > 0);
    const widths = numbers('data-widths');
    if (widths.length > 1) {
      // The drawing shown (the widest no wider than the box, else the narrowest) and the height it was drawn at.
      const shown = Math.max(0, widths.filter((w) => w <= width).length - 1);
      const drawn = numbers('data-heights')[shown] ?? Number(picture.getAttribute('data-height'));
      return width >= Math.min(...widths) * STATIC_SCALE[0] && width <= Math.max(...widths) * 2 && fits(height, drawn);
    }
    return fits(width, Number(picture.getAttribute('data-width'))) && fits(height, Number(picture.getAttribute('data-height')));
  }

  /** Creates the chart if everything it needs is there; otherwise does nothing and waits to be called again. */
  private start(): void {
    if (this.picture && !this.woken) return;
    if (!this.waitingToCreate() || !this.options.container() || !this.options.wanted()) return;
    const renderer = this.options.renderer();
    if (!this.runtime || !this.renderers.has(renderer)) {
      this.loadCode(renderer);
      clearTimeout(this.busyTimer);
      if (arrived.get(this.host.constructor)?.has(renderer)) {
        this.busyTimer = setTimeout(() => this.loading && this.connected && this.options.busy?.(), BUSY_DELAY_MS);
      } else {
        this.options.busy?.();
      }
      return;
    }
    enqueue(this);
  }

  /** Loads the element's chart code and a renderer, then tries to start again; a failure is the element's. */
  private loadCode(renderer: Renderer): void {
    warmRenderer(renderer);
    loadsUnderWay++;
    this.loading = (async () => {
      this.runtime ??= await this.options.load();
      await this.runtime.loadRenderer(renderer);
      this.renderers.add(renderer);
      const kinds = arrived.get(this.host.constructor) ?? new Set<Renderer>();
      arrived.set(this.host.constructor, kinds.add(renderer));
    })()
      .catch((error: unknown) => this.fail(error))
      .finally(() => {
        loadsUnderWay--;
        this.loading = undefined;
        // Arrived before the loading words were due: no timer task left to wake for nothing.
        clearTimeout(this.busyTimer);
        this.start();
      });
  }

  /** Read phase of a batch (this module's): the size, the option and the theme (they read style), or nothing to do. */
  measure(): Measured | undefined {
    const renderer = this.options.renderer();
    if (!this.waitingToCreate() || !this.runtime || !this.renderers.has(renderer)) return undefined;
    const container = this.options.container();
    const option = container ? this.options.option(this.runtime) : null;
    if (!container || !option) return undefined;
    const width = container.clientWidth;
    const height = container.clientHeight;
    if (width === 0 || height === 0) return undefined;
    return { container, renderer, width, height, theme: this.options.theme(this.runtime), option };
  }

  /** A load or a first render failed: report it, and watch for the moments to try again. */
  private fail(error: unknown): void {
    this.failed = true;
    this.awayAfterFailure = false;
    this.options.failed(error);
    retryWhenOnline(this);
    if (this.connected && typeof IntersectionObserver !== 'undefined') waitUntilNear(this.host, this);
  }

  /** Connected, near the viewport, and without a chart, a failure or a load under way. */
  private waitingToCreate(): boolean {
    return this.connected && this.near && !this.chart && !this.failed && !this.loading;
  }

  /** Write phase of a batch: creates the chart from what `measure` read, reading no layout itself. */
  create({ container, renderer, width, height, theme, option }: Measured): void {
    const runtime = this.runtime!;
    try {
      // Replacing the server's picture: draw the final state at once (no animation from zero), then drop the
      // picture, in the same task, so the reader never sees an empty box.
      runtime.instance.createChart(
        runtime.init,
        plotIn(container),
        { renderer, width, height, theme, option, replacing: !!this.picture },
        {
          created: (chart) => {
            this.chart = chart;
            this.lastSize = `${width}x${height}`;
          },
          finished: (chart) => {
            if (this.chart !== chart) return;
            this.drawnChart = chart;
            this.options.rendered();
          },
          select: (params) => this.options.select(params),
        },
      );
      this.picture?.remove();
      this.picture = undefined;
    } catch (error) {
      this.dispose();
      this.fail(error);
    }
  }
}
