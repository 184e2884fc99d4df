import type { EChartsCoreOption } from 'echarts/core';
import type { ChartContext } from '../../src/chart/sx-chart-element.js';
import { barCategories, barFrame } from '../../src/chart/bars.js';
import type { Bound } from '../../src/format/index.js';

// Re-exported: the test and the bench import them from here.
export { boundOf, type Bound } from '../../src/format/index.js';

/** One bar as the reader will read it: every text made by the element, in its language. */
export interface MetricBar {
  /** The figure's label, drawn on the axis. */
  label: string;
  /** The value in base units, drawn as the bar's length. */
  value: number;
  /** The value label with unit and qualifiers: "预计2000亿元", "4400余件", "expected 4.1%". */
  valueText: string;
  /** The tooltip, plain text. */
  tooltip: string;
  bound: Bound;
}

export interface MetricBarsInput {
  bars: readonly MetricBar[];
  /** Axis tick labels: 万/亿 numbers with a short unit ("500亿", "2%"). */
  axisLabel: (value: number) => string;
}

/** How far past a "more than" value its open end runs, as a share of the largest value. */
export const OPEN_END = 0.12;

/**
 * Horizontal bars of one unit and measure, first figure on top. An exact figure is a solid bar; a floor ("more
 * than") is a solid bar to the value written that runs on as an open, dashed end, so it never reads as the exact
 * value; an approximate figure is hatched. Each value label keeps its qualifiers. Tooltips are rich text.
 */
export function buildMetricBarsOption(input: MetricBarsInput, ctx: ChartContext): EChartsCoreOption {
  const p = ctx.palette;
  const color = p.series[0] ?? p.accent;
  const max = Math.max(0, ...input.bars.map((b) => b.value));
  const tail = max * OPEN_END;
  const label = {
    show: true,
    position: 'right',
    color: p.text,
    fontFamily: p.fontFamily,
    formatter: (params: { dataIndex: number }) => input.bars[params.dataIndex]?.valueText ?? '',
  };
  const hatch = { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4, color: p.background };
  return {
    ...barFrame(input.bars, ctx, { right: 16, contain: 'all' }),
    xAxis: {
      type: 'value',
      min: 0,
      axisLabel: { color: p.muted, formatter: input.axisLabel, hideOverlap: true },
      splitLine: { lineStyle: { color: p.border } },
    },
    yAxis: barCategories(input.bars, ctx, 140),
    series: [
      {
        type: 'bar',
        name: 'value',
        stack: 'bound',
        barMaxWidth: 22,
        cursor: 'pointer',
        data: input.bars.map((b) => ({
          value: b.value,
          name: b.label,
          itemStyle:
            b.bound === 'approximate'
              ? { color, borderColor: color, borderType: 'dashed', borderWidth: 1, decal: hatch }
              : { color },
          label: { ...label, show: b.bound !== 'lower' },
        })),
      },
      {
        // The open end of a "more than" figure: the true value lies somewhere past the value written.
        type: 'bar',
        name: 'more than',
        stack: 'bound',
        barMaxWidth: 22,
        cursor: 'pointer',
        data: input.bars.map((b) => ({
          value: b.bound === 'lower' ? tail : 0,
          name: b.label,
          itemStyle: { color: 'rgba(0,0,0,0)', borderColor: color, borderType: 'dashed', borderWidth: 1.5 },
          label: { ...label, show: b.bound === 'lower' },
        })),
      },
    ],
  };
}
