import type { EChartsCoreOption } from 'echarts/core';
import type { ChartContext } from '../../src/chart/option-context.js';
import { barFrame } from '../../src/chart/bars.js';
import { textWidth } from '../../src/chart/line-break.js';
import { BAR, LABEL_SIZE, LINE, WIDTHS } from './metric-bars.rows.js';
import type { Bound } from '../../src/format/index.js';

// Re-exported: the test and the bench import them from here.
export { boundOf, type Bound } from '../../src/format/index.js';
export { rowHeight } from './metric-bars.rows.js';

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
  /** The bar the reader picked (in the list or the chart), drawn in the accent; the others are grey. */
  selected?: number | undefined;
  /** Axis tick labels: 万/亿 numbers with a short unit ("500亿", "2%"). */
  axisLabel: (value: number) => string;
}

/** How far past a "more than" value its open end runs, as a share of the largest value. */
export const OPEN_END = 0.12;

/** The clear space between a bar's end (or its open end) and a value label after it. */
export const GAP = 8;

/** Room above the first bar's name and below the plot for the ticks. */
export const CHART_TOP = 18;
export const CHART_BOTTOM = 24;

/**
 * A round step at least `raw`: 1, 2, 2.5 or 5 times a power of ten; `fine` (an axis of one step, 0 and its end)
 * also 1.2, 1.5, 3, 4, 6 or 8 times, so the end is near the longest bar.
 */
function niceStep(raw: number, fine = false): number {
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const steps = fine ? [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] : [1, 2, 2.5, 5, 10];
  const step = steps.find((n) => n * magnitude >= raw * (1 - 1e-9)) ?? 10;
  return step * magnitude;
}

/**
 * Horizontal bars of one unit and measure, first figure on top, each named on its own line above its bar, so a
 * long name wraps across the whole width instead of being shortened with "…" or squeezing the bars. An exact figure
 * is a solid bar; a floor ("more than") is a solid bar to the value written that runs on as an open, dashed end,
 * so it never reads as the exact value; an approximate figure is hatched. The qualifier is the bar's own mark: a bar
 * without one draws nothing past its end. The bars are grey; the one the reader picked is the accent. Each value
 * label keeps its qualifiers and is measured: inside the end of an exact bar when it fits there, else `GAP` after the
 * bar (or its open end) with its room reserved on the right. The ticks thin out as the width shrinks, and the first and last stay inside the box. Tooltips are text.
 */
export function buildMetricBarsOption(input: MetricBarsInput, ctx: ChartContext): EChartsCoreOption {
  const p = ctx.palette;
  // Colour has a job (GRAPHICS.md §3): the bars are grey, the accent marks the one the reader picked.
  const colorOf = (i: number) => (i === input.selected ? p.accent : p.muted);
  const max = Math.max(0, ...input.bars.map((b) => b.value));
  const tail = max * OPEN_END;
  const hatch = { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4, color: p.background };
  const text = { fontFamily: p.fontFamily, fontSize: LABEL_SIZE };
  const valueWidth = (b: MetricBar) => Math.ceil(textWidth(b.valueText, LABEL_SIZE)) + 8;
  const formatter = (params: { dataIndex: number }) => input.bars[params.dataIndex]?.valueText ?? '';

  /** Where the value labels go for a chart at least `width` wide, and the room they take. */
  const plan = (width: number) => {
    // A label goes inside its bar when the bar, drawn at its narrowest for this range, holds it with room to
    // spare; the others go after their bar, in room reserved on the right (at most 55% of the width: a longer
    // label wraps). The room shortens the bars, so a label that no longer fits inside moves out, until none moves.
    const roomFor = (inside: readonly boolean[]) =>
      Math.min(Math.round(width * 0.55), Math.max(12, ...input.bars.flatMap((b, i) => (inside[i] ? [] : [valueWidth(b) + 6]))));
    let inside = input.bars.map((b) => b.bound === 'exact' && max > 0);
    for (;;) {
      const plot = width - 8 - roomFor(inside);
      const axis = ticks(plot);
      const next = inside.map((was, i) => was && (input.bars[i]!.value / axis.end) * plot >= valueWidth(input.bars[i]!) + 8);
      if (next.every((v, i) => v === inside[i])) return { right: roomFor(inside), inside, ...axis };
      inside = next;
    }
  };

  /**
   * Ticks that fit: as many as the plot holds with each label whole and apart (the first and last aligned to the
   * plot's ends), at a round step, the axis ending on the last tick. Fewer as the width shrinks; none lost.
   */
  const top = Math.max(max + tail * (input.bars.some((b) => b.bound === 'lower') ? 1 : 0), Number.MIN_VALUE);
  const ticks = (plot: number) => {
    let best = { interval: niceStep(top, true), end: Infinity };
    for (let count = 5; count >= 1; count--) {
      const step = niceStep(top / count, count === 1);
      const end = Math.ceil(top / step - 1e-9) * step;
      const values = Array.from({ length: Math.round(end / step) + 1 }, (_, i) => i * step);
      const widest = Math.max(...values.map((v) => textWidth(input.axisLabel(v), 11)));
      // The axis that fits and ends nearest the longest bar, so the bars use the width.
      if ((plot * step) / end >= widest * 1.5 + 8 && end < best.end) best = { interval: step, end };
    }
    return Number.isFinite(best.end) ? best : { interval: best.interval, end: best.interval };
  };

  const layout = (width: number) => {
    const { right, inside, interval, end } = plan(width);
    const labelWidth = right - 12;
    const label = (i: number) =>
      inside[i]
        ? { ...text, show: true, position: 'insideRight', color: p.background, formatter }
        : { ...text, show: true, position: 'right', distance: GAP, color: p.text, formatter, width: labelWidth, overflow: 'break' };
    return {
      grid: { right },
      xAxis: { interval, max: end },
      yAxis: { axisLabel: { width: width - 8 } },
      series: [
        {
          data: input.bars.map((b, i) => ({
            value: b.value,
            name: b.label,
            itemStyle:
              b.bound === 'approximate'
                ? { color: colorOf(i), borderColor: colorOf(i), borderType: 'dashed', borderWidth: 1, decal: hatch }
                : { color: colorOf(i) },
            label: { ...label(i), show: b.bound !== 'lower' },
          })),
        },
        {
          // Only a floor has an open end. Another bar has none, not an empty one: a bar of no length still draws
          // its dashed border, a stray mark a hair after the value label.
          data: input.bars.map((b, i) =>
            b.bound === 'lower'
              ? {
                  value: tail,
                  name: b.label,
                  itemStyle: { color: 'rgba(0,0,0,0)', borderColor: colorOf(i), borderType: 'dashed', borderWidth: 1.5 },
                  label: label(i),
                }
              : { value: '-', name: b.label },
          ),
        },
      ],
    };
  };

  const base = layout(WIDTHS[0]);
  const frame = barFrame(input.bars, ctx, { right: base.grid.right, contain: 'all' }) as { grid: object };
  return {
    ...frame,
    // The room is measured, not left to ECharts: the names run over the plot (inside the box), which its
    // containment would take for labels sticking out and shrink the bars for.
    grid: { ...frame.grid, top: CHART_TOP, bottom: CHART_BOTTOM, outerBoundsMode: 'none' },
    xAxis: {
      type: 'value',
      min: 0,
      interval: base.xAxis.interval,
      max: base.xAxis.max,
      axisLabel: { color: p.muted, fontFamily: p.fontFamily, fontSize: 11, formatter: input.axisLabel, hideOverlap: true, alignMinLabel: 'left', alignMaxLabel: 'right' },
      splitLine: { lineStyle: { color: p.border } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: input.bars.map((b) => b.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: p.border } },
      // The name on its own line(s) above the bar: inside the plot, bottom-aligned a little above the bar's top.
      axisLabel: {
        ...text,
        color: p.text,
        inside: true,
        margin: 0,
        align: 'left',
        verticalAlign: 'bottom',
        lineHeight: LINE,
        padding: [0, 0, BAR / 2 + 4, 0],
        width: base.yAxis.axisLabel.width,
        overflow: 'break',
      },
    },
    series: [
      { type: 'bar', name: 'value', stack: 'bound', barWidth: BAR, cursor: 'pointer', data: base.series[0]!.data },
      // The open end of a "more than" figure: the true value lies somewhere past the value written.
      { type: 'bar', name: 'more than', stack: 'bound', barWidth: BAR, cursor: 'pointer', data: base.series[1]!.data },
    ],
    media: WIDTHS.slice(1).map((width) => ({ query: { minWidth: width }, option: layout(width) })),
  };
}
