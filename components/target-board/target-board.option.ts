import type { EChartsCoreOption } from 'echarts/core';
import type { Comparator } from '../../data/types.js';
import type { ChartContext } from '../../src/chart/option-context.js';
import { textTooltip } from '../../src/chart/tooltip.js';
import { formatNumber } from '../../src/format/index.js';
import { niceCeil, round } from '../../src/format/number.js';

/** One percentage target as the bullet chart draws it; every word is made by the element, in its language. */
export interface BulletRow {
  /** The indicator's name, drawn as the row's label. */
  label: string;
  /** The target as the report writes it ("6%以上" / "at least 6%"), drawn under the label. */
  valueText: string;
  value: number;
  comparator: Comparator;
  /** An outcome the page gave, if any, and how its verdict is coloured. */
  actual?: number | undefined;
  tone?: 'positive' | 'negative' | 'neutral' | undefined;
  /** The tooltip, plain text. */
  tooltip: string;
}

/** The shared axis: from 0 (or below, for a negative outcome) to a nice number above every target and outcome. */
export function bulletScale(rows: readonly BulletRow[]): { min: number; max: number } {
  const values = rows.flatMap((r) => (r.actual === undefined ? [r.value] : [r.value, r.actual]));
  const top = Math.max(0, ...values);
  const bottom = Math.min(0, ...values);
  return { min: bottom < 0 ? -niceCeil(-bottom * 1.2) : 0, max: niceCeil(top * 1.25) || 1 };
}

/** Pixel sizes: a row's track, the target's tick, the "about" band and the outcome's dot. */
const TRACK = 14;
const TICK: [number, number] = [3, 24];
const BAND: [number, number] = [14, TRACK];
const DOT = 12;

/**
 * The chart widths the names are wrapped for (the narrowest of each range; ECharts picks the range with `media`):
 * each name runs above its track across the whole plot, so on a phone the plot keeps the full width.
 */
const WIDTHS = [280, 336, 456, 656, 960] as const;

/**
 * The percentage targets as a bullet chart on one shared axis, one row each in the report's order: the name and
 * the target as written above a track, the target as a tick, "at least" as a shaded zone from the target that
 * fades out past the axis end (open-ended: not a ceiling), "about" as a short shaded band
 * of fixed pixel width at the target (the report sets no range, so the band claims none on the axis), and an
 * outcome as a dot coloured and shaped by its verdict. Pure: labels and tooltips come ready-made; the tooltip is
 * rich text, never HTML. Every series holds one item per row, so a data index is a row index.
 */
export function buildBulletOption(rows: readonly BulletRow[], ctx: ChartContext): EChartsCoreOption {
  const p = ctx.palette;
  const { min, max } = bulletScale(rows);
  const tooltips = rows.map((r) => r.tooltip);
  const empty = '-';
  const dotColor = (tone: BulletRow['tone']) =>
    tone === 'positive' ? p.positive : tone === 'negative' ? p.negative : p.series[1] ?? p.accent;
  // The verdict is in the text too; the dot's shape says it without colour.
  const dotSymbol = (tone: BulletRow['tone']) => (tone === 'positive' ? 'circle' : tone === 'negative' ? 'diamond' : 'emptyCircle');
  const bar = {
    type: 'bar',
    barWidth: TRACK,
    silent: true,
    emphasis: { disabled: true },
    animation: false,
  };
  return {
    animation: ctx.animation,
    animationDuration: 400,
    tooltip: textTooltip(tooltips),
    // The room is set, not left to ECharts: the names run over the plot, which its containment would shrink for.
    grid: { left: 4, right: 16, top: 22, bottom: 24, outerBoundsMode: 'none' },
    xAxis: {
      type: 'value',
      min,
      max,
      axisLabel: {
        color: p.muted,
        fontSize: 11,
        alignMinLabel: 'left',
        alignMaxLabel: 'right',
        hideOverlap: true,
        formatter: (v: number) => `${formatNumber(round(v), ctx.lang)}%`,
      },
      splitLine: { lineStyle: { color: p.border } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      axisTick: { show: false },
      axisLine: { show: false },
      // "国内生产总值增长：5%" above the track, wrapping across the plot, never cut.
      axisLabel: {
        inside: true,
        margin: 0,
        align: 'left',
        verticalAlign: 'bottom',
        fontFamily: p.fontFamily,
        fontSize: 12,
        lineHeight: 16,
        color: p.text,
        padding: [0, 0, TICK[1] / 2 + 2, 0],
        width: WIDTHS[0] - 20,
        overflow: 'break',
        formatter: (_: string, i: number) => `${rows[i]!.label}${ctx.lang === 'zh' ? '：' : ': '}${rows[i]!.valueText}`,
      },
    },
    media: WIDTHS.slice(1).map((width) => ({ query: { minWidth: width }, option: { yAxis: { axisLabel: { width: width - 20 } } } })),
    series: [
      // The track, left and right of zero (a negative outcome widens the axis below zero).
      { ...bar, name: 'track', stack: 'track', itemStyle: { color: p.track }, data: rows.map(() => max) },
      ...(min < 0
        ? [{ ...bar, name: 'track-below', stack: 'track', itemStyle: { color: p.track }, data: rows.map(() => min) }]
        : []),
      // "At least": an invisible bar up to the target, then the zone from the target to the end of the axis.
      {
        ...bar,
        name: 'below-zone',
        stack: 'zone',
        barGap: '-100%',
        itemStyle: { color: 'rgba(0,0,0,0)' },
        data: rows.map((r) => (r.comparator === 'at-least' ? r.value : empty)),
      },
      {
        ...bar,
        name: 'at-least',
        stack: 'zone',
        silent: false,
        cursor: 'pointer',
        // Open-ended: solid from the target, fading out toward the axis end, so the end reads as "and beyond".
        itemStyle: {
          color: {
            type: 'linear',
            x: 0,
            y: 0,
            x2: 1,
            y2: 0,
            colorStops: [
              { offset: 0, color: p.accentSoft },
              { offset: 0.5, color: p.accentSoft },
              // The same colour, transparent (not transparent black, which would darken the fade).
              { offset: 1, color: /^#[\da-f]{6}$/i.test(p.accentSoft) ? `${p.accentSoft}00` : 'rgba(255,255,255,0)' },
            ],
          },
        },
        data: rows.map((r) => (r.comparator === 'at-least' ? round(max - r.value) : empty)),
      },
      {
        type: 'scatter',
        name: 'about',
        symbol: 'rect',
        symbolSize: BAND,
        cursor: 'pointer',
        itemStyle: { color: p.accentSoft },
        z: 3,
        data: rows.map((r, i) => (r.comparator === 'about' ? [r.value, i] : [empty, i])),
      },
      {
        type: 'scatter',
        name: 'target',
        symbol: 'rect',
        symbolSize: TICK,
        cursor: 'pointer',
        itemStyle: { color: p.text },
        z: 4,
        data: rows.map((r, i) => [r.value, i]),
      },
      {
        type: 'scatter',
        name: 'outcome',
        cursor: 'pointer',
        z: 5,
        data: rows.map((r, i) =>
          r.actual === undefined
            ? { value: [empty, i] }
            : {
                value: [Math.max(min, Math.min(max, r.actual)), i],
                symbol: dotSymbol(r.tone),
                symbolSize: DOT,
                itemStyle: { color: dotColor(r.tone), borderColor: dotColor(r.tone), borderWidth: 2 },
              },
        ),
      },
    ],
  };
}
