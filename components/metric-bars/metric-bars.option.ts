import type { EChartsCoreOption } from 'echarts/core';
import type { ChartContext } from '../../src/chart/option-context.js';
import { barFrame } from '../../src/chart/bars.js';
import { breakLines, textWidth } from '../../src/chart/line-break.js';
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
}

/** How far past a "more than" value its open end runs, as a share of the largest value. */
export const OPEN_END = 0.12;

/** The clear space between a bar's end (or its open end) and a value label after it. */
export const GAP = 8;

/** Room above the first bar's name (at least: more when its name has lines to hold) and under the last bar. */
export const CHART_TOP = 4;
export const CHART_BOTTOM = 6;

/** The clear space between a bar (or its value label) and the next bar's name. */
const ROW_GAP = 6;

/** The most space between one row and the next beyond what their lines need, in a tall box. */
const MAX_ROW_SPACE = 24;

/** The most of the chart's width the value labels' room may take: a longer label breaks into lines. */
const VALUE_ROOM = 0.62;

/**
 * Horizontal bars of one unit and measure, first figure on top, each named on its own line above its bar, so a
 * long name wraps across the whole width instead of being shortened with "…" or squeezing the bars. An exact figure
 * is a solid bar; a floor ("more than") is a solid bar to the value written that runs on as an open, dashed end,
 * so it never reads as the exact value; an approximate figure is hatched. The qualifier is the bar's own mark: a bar
 * without one draws nothing past its end. The bars are grey; the one the reader picked is the accent. Each value
 * label keeps its qualifiers and is measured: inside the end of an exact bar when it fits there, else `GAP` after the
 * bar (or its open end) with its room reserved on the right. Every bar writes its value, so there are no ticks: an
 * axis of two or three round numbers would only repeat the labels less exactly (a desk drops it). Names and value
 * labels are broken into lines here, by the Chinese and English rules of ./line-break.ts (never a line that starts
 * with "，" or ", now under construction"), and each row is as tall as its lines need. Tooltips are text.
 */
export function buildMetricBarsOption(input: MetricBarsInput, ctx: ChartContext): EChartsCoreOption {
  const p = ctx.palette;
  // Colour has a job (GRAPHICS.md §3): the bars are grey, the accent marks the one the reader picked.
  const colorOf = (i: number) => (i === input.selected ? p.accent : p.muted);
  const max = Math.max(0, ...input.bars.map((b) => b.value));
  const tail = max * OPEN_END;
  // The axis ends at the longest bar (with its open end): no tick asks for a round end.
  const end = Math.max(max + tail * (input.bars.some((b) => b.bound === 'lower') ? 1 : 0), Number.MIN_VALUE);
  const hatch = { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4, color: p.background };
  const text = { fontFamily: p.fontFamily, fontSize: LABEL_SIZE };
  const valueWidth = (b: MetricBar) => Math.ceil(textWidth(b.valueText, LABEL_SIZE)) + 8;

  /** Where the value labels go for a chart at least `width` wide, the room they take, and their lines. */
  const plan = (width: number) => {
    // A label goes inside its bar when the bar, drawn at its narrowest for this range, holds it with room to
    // spare; the others go after their bar, in room reserved on the right (at most VALUE_ROOM of the width: a
    // longer label breaks into lines). The room shortens the bars, so a label that no longer fits inside moves
    // out, until none moves.
    const roomFor = (inside: readonly boolean[]) =>
      Math.min(Math.round(width * VALUE_ROOM), Math.max(12, ...input.bars.flatMap((b, i) => (inside[i] ? [] : [valueWidth(b) + 6]))));
    let inside = input.bars.map((b) => b.bound === 'exact' && max > 0);
    for (;;) {
      const plot = width - 8 - roomFor(inside);
      const next = inside.map((was, i) => was && (input.bars[i]!.value / end) * plot >= valueWidth(input.bars[i]!) + 8);
      if (next.every((v, i) => v === inside[i])) {
        const right = roomFor(inside);
        const values = input.bars.map((b, i) => (inside[i] ? [b.valueText] : breakLines(b.valueText, right - 12, LABEL_SIZE)));
        return { right, inside, values };
      }
      inside = next;
    }
  };

  const layout = (width: number) => {
    const { right, inside, values } = plan(width);
    const names = input.bars.map((b) => breakLines(b.label, width - 8, LABEL_SIZE));
    // A value label of more than one line stands as far above its bar's middle as below: the name above clears it.
    const half = Math.max(BAR / 2, (LINE * Math.max(1, ...values.map((v) => v.length))) / 2);
    const label = (i: number) => {
      const formatter = () => values[i]!.join('\n');
      return inside[i]
        ? { ...text, show: true, position: 'insideRight', color: p.background, formatter }
        : { ...text, show: true, position: 'right', distance: GAP, color: p.text, lineHeight: LINE, formatter };
    };
    // Each row holds its name's lines, the bar (or its value label) and a gap; the first row's name has room above.
    const pitch = LINE * Math.max(1, ...names.map((n) => n.length)) + 4 + 2 * half + ROW_GAP;
    const top = Math.max(CHART_TOP, Math.ceil(half + 4 + LINE * (names[0]?.length ?? 1) + 2 - pitch / 2));
    // In a box much taller than the rows need (a portrait picture), the rows keep together, in its middle.
    const band = pitch + MAX_ROW_SPACE;
    const tall = {
      height: band * input.bars.length,
      min: band * input.bars.length + 2 * Math.max(CHART_TOP, Math.ceil(half + 4 + LINE * (names[0]?.length ?? 1) + 2 - band / 2)),
    };
    return {
      tall,
      grid: { right, top },
      yAxis: { axisLabel: { padding: [0, 0, half + 4, 0], formatter: (name: string, index: number) => names[index]?.join('\n') ?? name } },
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

  const withoutTall = ({ tall: _, ...option }: ReturnType<typeof layout>) => option;
  const base = withoutTall(layout(WIDTHS[0]));
  const frame = barFrame(input.bars, ctx, { right: base.grid.right, contain: 'all' }) as { grid: object };
  return {
    ...frame,
    // The room is measured, not left to ECharts: the names run over the plot (inside the box), which its
    // containment would take for labels sticking out and shrink the bars for.
    grid: { ...frame.grid, top: base.grid.top, bottom: CHART_BOTTOM, outerBoundsMode: 'none' },
    // No ticks and no grid lines: every bar writes its value (the bars start at the category axis's line, zero).
    xAxis: { type: 'value', min: 0, max: end, axisLabel: { show: false }, axisTick: { show: false }, axisLine: { show: false }, splitLine: { show: false } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: input.bars.map((b) => b.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: p.border } },
      // The name on its own line(s) above the bar: inside the plot, bottom-aligned a little above the bar's top
      // (or its value label's), in the lines broken above.
      axisLabel: {
        ...text,
        color: p.text,
        inside: true,
        margin: 0,
        align: 'left',
        verticalAlign: 'bottom',
        lineHeight: LINE,
        // Every name, never thinned out by ECharts when the rows are close.
        interval: 0,
        ...base.yAxis.axisLabel,
      },
    },
    series: [
      { type: 'bar', name: 'value', stack: 'bound', barWidth: BAR, cursor: 'pointer', data: base.series[0]!.data },
      // The open end of a "more than" figure: the true value lies somewhere past the value written.
      { type: 'bar', name: 'more than', stack: 'bound', barWidth: BAR, cursor: 'pointer', data: base.series[1]!.data },
    ],
    media: [
      ...WIDTHS.slice(1).map((width) => ({ query: { minWidth: width }, option: withoutTall(layout(width)) })),
      // Each width's rows kept together in a box taller than they need (after the widths: it sets the grid's top).
      ...WIDTHS.map((width, i) => {
        const { tall } = layout(width);
        const next = WIDTHS[i + 1];
        const query = { ...(i > 0 ? { minWidth: width } : {}), ...(next ? { maxWidth: next - 1 } : {}), minHeight: tall.min };
        return { query, option: { grid: { top: 'middle', height: tall.height } } };
      }),
    ],
  };
}
