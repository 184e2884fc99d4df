/**
 * What is done to a live ECharts instance, loaded with the chart code (./runtime.ts hands it over in every chart
 * module's runtime): creating it with its first option and events, the keyboard's highlight, print's width. The
 * element's text-first figure and the controller that decides when to draw (./echarts-controller.ts) carry none of
 * it: a page whose charts are never drawn never loads it.
 */
import type { ECharts, EChartsCoreOption, init as Init } from 'echarts/core';

/** A chart to create, as the controller measured it (one layout read for a batch of charts). */
export interface Creation {
  renderer: 'svg' | 'canvas';
  width: number;
  height: number;
  theme: object;
  option: EChartsCoreOption;
  /** A server-drawn picture is being replaced: draw the final state at once, with no animation from zero. */
  replacing: boolean;
}

/** What the instance tells its controller. */
export interface CreationEvents {
  /** The instance exists; its first option is set next (which may finish rendering before it returns). */
  created(chart: ECharts): void;
  /** The first full render is done. */
  finished(chart: ECharts): void;
  /** A reader clicked or tapped a data item; `dataIndex` -1 is a click elsewhere on the chart. */
  select(params: { dataIndex: number; seriesIndex?: number; name?: string; data?: unknown }): void;
}

/** Creates the chart in `plot` and sets its first option; reads no layout (the size was measured). */
export function createChart(init: typeof Init, plot: HTMLElement, c: Creation, on: CreationEvents): ECharts {
  const chart = init(plot, c.theme, { renderer: c.renderer, width: c.width, height: c.height });
  on.created(chart);
  // With animation off ECharts fires `finished` inside setOption: listen first.
  const onFinished = () => {
    chart.off('finished', onFinished);
    on.finished(chart);
  };
  chart.on('finished', onFinished);
  // A click on a data item picks it; a click elsewhere on the chart picks nothing in particular (dataIndex -1),
  // which a single-record chart such as a gauge takes as picking its record.
  let picked = false;
  chart.on('click', (params) => {
    picked = true;
    on.select(params as Parameters<CreationEvents['select']>[0]);
  });
  chart.getZr().on('click', () => {
    if (!picked) on.select({ dataIndex: -1 });
    picked = false;
  });
  chart.setOption(c.replacing ? { ...c.option, animation: false } : c.option, { notMerge: true });
  return chart;
}

/** Highlights data item `dataIndex` of the first series with its tooltip (the keyboard's walk), or none. */
export function highlight(chart: ECharts, dataIndex: number | undefined): void {
  chart.dispatchAction({ type: 'downplay', seriesIndex: 0 });
  if (dataIndex === undefined) {
    chart.dispatchAction({ type: 'hideTip' });
    return;
  }
  chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex });
  chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex });
}

/**
 * Print: a chart wider than `width` is drawn `width` wide, synchronously, before the browser lays out the printed
 * pages. The live SVG has no viewBox: without one, a chart that print's CSS narrows to its printed box would be cut,
 * not scaled. The controller takes it away after print, before the chart's size can change again.
 */
export function printAt(chart: ECharts, container: HTMLElement, width: number): void {
  if (container.clientWidth > width) {
    chart.resize({ width, height: 'auto' });
    chart.getZr().flush();
  }
  chart.getDom().querySelector('svg')?.setAttribute('viewBox', `0 0 ${chart.getWidth()} ${chart.getHeight()}`);
}
