import { nothing } from 'lit';
import { ChartController, type ChartItem } from '../controllers/chart.js';
import type { DownloadSource } from '../controllers/downloads.js';
import type { Lang } from '../i18n/index.js';
import { loadOnce, type ChartRuntime } from './echarts-controller.js';
import type { ChartContext } from './option-context.js';
import { preparePrint } from './print.js';
import { rendererOf } from './input.js';
import type { EChartsCoreOption } from './runtime.js';
import { SxFigureElement } from './sx-figure-element.js';

export type { ChartContext } from './option-context.js';
export type { ChartItem } from '../controllers/chart.js';
export type { Resolution, Theme } from './sx-figure-element.js';

/**
 * The base of every element that draws a chart: the text-first figure of SxFigureElement, and the chart through
 * one ChartController (../controllers/chart.ts), which owns the ECharts instance. A subclass loads its chart code
 * (`loadChart`, a dynamic import of its `<name>.chart.ts`: the chart types and `O`, its `<name>.option.ts` builders)
 * and turns its records into an ECharts option with those builders (`chartOption`): the text-first figure carries
 * neither.
 */
export abstract class SxChartElement<M, O = unknown> extends SxFigureElement<M> {
  /**
   * @internal Test hook: wraps every element's chart loading, for fault injection (a chunk that fails once)
   * and for holding a load open. Never set in production code.
   */
  static loadHook: ((load: () => Promise<ChartRuntime>, element: SxChartElement<unknown>) => Promise<ChartRuntime>) | undefined =
    undefined;

  /**
   * @internal What the server renderer (`shanxi-report-charts/ssr`) puts inside the chart box: its static SVG.
   * Never set in a browser, where it renders nothing and so leaves a server-drawn picture in place.
   */
  staticChart: unknown = nothing;

  protected override readonly chart = new ChartController<M>(
    this,
    {
      model: () => this.resolution?.model,
      hasChart: (model) => this.hasChart(model),
      option: (model, context, runtime) => this.chartOption(model, context, runtime.options as O),
      load: () => {
        const hook = SxChartElement.loadHook;
        // One load of a class's chart code for all its elements: they draw in the task it arrives in (./echarts-controller.ts).
        return hook ? hook(() => this.loadChart(), this as SxChartElement<unknown>) : loadOnce(this.constructor, () => this.loadChart());
      },
      keys: (model, lang) => this.chartKeys(model, lang),
      select: (item, model) => this.selectRecord(this.chartRecord(item, model)),
      renderer: () => rendererOf(this.renderer),
      eager: () => this.eager,
      keepStatic: () => this.keepStatic,
      staticChart: () => this.staticChart,
    },
    this.display,
    this.status,
  );

  /**
   * Loads the chart code of every element on the page, so that a print started next draws every chart, those
   * the reader never scrolled to included: `await SxChartElement.preparePrint(); print();`. Never rejects.
   */
  static preparePrint(): Promise<void> {
    return preparePrint();
  }

  /** Loads ECharts, registers the chart types this element draws and hands back its option builders (a dynamic import). */
  protected abstract loadChart(): Promise<ChartRuntime<O>>;
  /** The ECharts option, built with the loaded `options`. Called only when `hasChart` is true, once the chart code is in. */
  protected abstract chartOption(model: M, context: ChartContext, options: O): EChartsCoreOption;
  /** Whether the records have anything to chart (a statement without a number has not). */
  protected hasChart(_model: M): boolean {
    return true;
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
  /**
   * The chart's height in a picture, which draws the chart at the picture's own width (about 400 px, narrower than
   * most screens): by default the height the chart has on screen. A chart laid out to its box's width (a unit
   * chart that stands in three columns on a desktop and in one on a phone) asks for its phone height.
   */
  protected pictureChartHeight(screenHeight: number): number {
    return screenHeight;
  }

  /** What the download menu needs: with the chart, drawn again for a picture, when there is one. */
  protected override downloadSource(): DownloadSource | undefined {
    const source = super.downloadSource();
    const model = this.resolution?.model;
    if (!source || model === undefined || !this.hasChart(model)) return source;
    const lang = this.currentLang;
    const chart = {
      load: async () => {
        const runtime = await this.loadChart();
        const option = (palette: ChartContext['palette']) => this.chartOption(model, { lang, palette, animation: false }, runtime.options);
        return { runtime, option, theme: runtime.theme };
      },
      palette: this.display.colours,
      height: this.pictureChartHeight(this.renderRoot.querySelector<HTMLElement>('.chart')?.clientHeight ?? 0),
    };
    return { ...source, chart };
  }
}
