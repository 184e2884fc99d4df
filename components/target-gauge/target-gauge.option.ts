import type { EChartsCoreOption } from 'echarts/core';
import type { Target } from '../../data/types.js';
import type { ChartContext } from '../../src/chart/sx-chart-element.js';
import { formatNumber } from '../../src/format/index.js';
import { niceCeil, round } from '../../src/format/number.js';
import type { Verdict } from '../../src/format/verdict.js';

/** Half the target mark's width, as a share of the arc (about 3 px on a phone-sized gauge). */
const MARK_HALF_WIDTH = 0.007;

/**
 * A scale that suits the indicator: from 0 (or below, for a negative outcome) to a nice number comfortably
 * above the target and the outcome, split into 4–6 nice steps.
 */
export function gaugeScale(target: number, actual?: number): { min: number; max: number; splitNumber: number } {
  const top = Math.max(target * 1.6, actual !== undefined ? actual * 1.15 : 0);
  const bottom = Math.min(0, actual ?? 0, target);
  const roughRange = niceCeil(top) - (bottom < 0 ? -niceCeil(-bottom * 1.2) : 0);
  const rough = roughRange / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = round(([1, 2, 2.5, 5, 10].find((m) => m * power >= rough * (1 - 1e-12)) ?? 10) * power);
  const max = round(Math.ceil(round(top / step)) * step);
  const min = bottom < 0 ? round(-Math.ceil(round((-bottom * 1.2) / step)) * step) : 0;
  return { min, max, splitNumber: Math.round((max - min) / step) };
}

export interface GaugeText {
  /** The big figure in the middle: the outcome when there is one, else the target. */
  center: string;
  /** The line under it: "目标：6%以上" / "Target: at least 6%". */
  caption: string;
}

export interface GaugeInput {
  target: Target;
  actual?: number;
  verdict?: Verdict;
}

/**
 * The gauge: a track over the scale, the "at least" zone shaded from the target up, the outcome as a progress
 * arc coloured by its verdict, and a marker at the target. Text is given ready-made; ECharts draws it as text.
 */
export function buildGaugeOption(input: GaugeInput, text: GaugeText, ctx: ChartContext): EChartsCoreOption {
  const { target, actual, verdict } = input;
  const value = target.value ?? 0;
  const { min, max, splitNumber } = gaugeScale(value, actual);
  const at = (v: number) => Math.min(1, Math.max(0, (v - min) / (max - min)));
  const p = ctx.palette;
  const percent = target.unit?.en === '%';
  const geometry = {
    type: 'gauge',
    min,
    max,
    splitNumber,
    startAngle: 200,
    endAngle: -20,
    center: ['50%', '60%'],
    radius: '90%',
  };
  const zone: [number, string][] =
    target.comparator === 'at-least' ? [[at(value), p.track], [1, p.accentSoft]] : [[1, p.track]];
  const outcomeColor =
    verdict === 'met' || verdict === 'within-range'
      ? p.positive
      : verdict === 'not-met' || verdict === 'outside-range'
        ? p.negative
        : p.series[1] ?? p.accent;

  const series: object[] = [
    {
      ...geometry,
      name: 'scale',
      silent: false,
      axisLine: { lineStyle: { width: 16, color: zone } },
      splitLine: { distance: -16, length: 16, lineStyle: { color: p.background, width: 2 } },
      axisTick: { show: false },
      axisLabel: {
        distance: 22,
        color: p.muted,
        fontSize: 11,
        formatter: (v: number) => formatNumber(round(v), ctx.lang) + (percent ? '%' : ''),
      },
      pointer: { show: false },
      anchor: { show: false },
      title: { show: false },
      detail: { show: false },
      data: [{ value, name: target.label[ctx.lang] }],
    },
  ];
  if (actual !== undefined) {
    series.push({
      ...geometry,
      name: 'outcome',
      progress: { show: true, width: 16, itemStyle: { color: outcomeColor } },
      axisLine: { show: false },
      splitLine: { show: false },
      axisTick: { show: false },
      axisLabel: { show: false },
      pointer: { show: false },
      anchor: { show: false },
      title: { show: false },
      detail: { show: false },
      data: [{ value: Math.max(min, Math.min(max, actual)) }],
    });
  }
  // The target as a short bar across the track: a slice of a wider arc, coloured only around the value.
  const mark = at(value);
  series.push({
    ...geometry,
    name: 'target',
    axisLine: {
      show: true,
      lineStyle: {
        width: 26,
        color: [
          [Math.max(0, mark - MARK_HALF_WIDTH), 'rgba(0,0,0,0)'],
          [Math.min(1, mark + MARK_HALF_WIDTH), p.text],
          [1, 'rgba(0,0,0,0)'],
        ],
      },
    },
    splitLine: { show: false },
    axisTick: { show: false },
    axisLabel: { show: false },
    pointer: { show: false },
    anchor: { show: false },
    title: {
      show: true,
      offsetCenter: [0, '34%'],
      color: p.muted,
      fontSize: 13,
      fontFamily: p.fontFamily,
    },
    detail: {
      show: true,
      offsetCenter: [0, '2%'],
      color: p.text,
      // Long words ("450,000 people", "at least 6%") get a smaller size so they stay inside the arc.
      fontSize: text.center.length <= 6 ? 28 : text.center.length <= 10 ? 22 : 18,
      fontWeight: 700,
      fontFamily: p.fontFamily,
      formatter: () => text.center,
    },
    data: [{ value, name: text.caption }],
  });

  return {
    animation: ctx.animation,
    animationDuration: 600,
    series,
  };
}
