import type { EChartsCoreOption } from 'echarts/core';
import { targets as datasetTargets } from '../../data/targets.js';
import type { Target } from '../../data/types.js';
import type { ChartContext } from '../../src/chart/option-context.js';
import { formatNumber } from '../../src/format/index.js';
import { round } from '../../src/format/number.js';
import type { Verdict } from '../../src/format/verdict.js';

/** A gauge's scale: from `min` to `max` in steps of `step` (`splitNumber` of them). */
export interface GaugeScale {
  min: number;
  max: number;
  step: number;
  splitNumber: number;
}

/** Nice tick steps: 1, 2, 2.5 or 5 × 10ⁿ. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  return round(([1, 2, 2.5, 5, 10].find((m) => m * power >= rough * (1 - 1e-12)) ?? 10) * power);
}

/** Head room above the largest target: an outcome that beats it by up to a quarter still lands on the scale. */
const HEADROOM = 1.25;

/**
 * The scale a gauge is read against. Gauges of one unit may stand side by side (the nine targets in a grid), so
 * they share one scale: every percentage target is read against the same 0–8 %, the counts (新增就业 45万人)
 * against their own 0–60万. The scale is read from the dataset, not set per target: zero to the largest target of
 * that unit with a quarter of head room, rounded up to a nice tick, in 3–5 nice steps (the percentages' largest
 * target is 6 %: 0–8 % in steps of 2). Only an outcome the shared scale cannot hold (above its end, or below
 * zero) widens that one gauge's scale, by whole steps: a figure is never drawn off its scale.
 */
export function gaugeScale(target: Target, actual?: number, all: readonly Target[] = datasetTargets): GaugeScale {
  const unit = target.unit?.en;
  const values = all.filter((t) => t.unit?.en === unit && t.value !== undefined).map((t) => t.value!);
  const top = Math.max(target.value ?? 0, ...values) * HEADROOM || 1;
  const shared = niceStep(top / 4);
  const sharedMax = round(Math.ceil(round(top / shared)) * shared);
  // An outcome beyond any sensible scale is drawn at the arc's end; the text says its figure.
  const outcome = actual === undefined || !Number.isFinite(actual) ? 0 : Math.max(-1e12, Math.min(1e12, actual));
  const span = (step: number) => {
    const max = round(Math.ceil(round(Math.max(sharedMax, outcome) / step)) * step);
    const min = outcome < 0 ? round(-Math.ceil(round(-outcome / step)) * step) : 0;
    return { min, max, step, splitNumber: Math.round((max - min) / step) };
  };
  // The shared steps when a step or two more hold the outcome; else a scale of its own, in nice steps again.
  const widened = span(shared);
  return widened.splitNumber <= 6 ? widened : span(niceStep((Math.max(sharedMax, outcome) - Math.min(0, outcome)) / 4));
}

export interface GaugeInput {
  target: Target;
  actual?: number;
  verdict?: Verdict;
  /** For "about" targets: the range around the target the page counts as on target. */
  tolerance?: number;
}

/** Kept for callers that still pass words: the gauge writes none (the element's text says the figures once). */
export interface GaugeText {
  center?: string;
  caption?: string;
}

/**
 * The scale is a semicircle, from the left end over the top to the right end. An "at least" zone runs on past the
 * right end, below the semicircle's base: the arc holds the scale and that overhang.
 */
const START = 180;
const SCALE_END = 0;
/** How far past the scale's end an "at least" zone runs, in steps of the scale. */
const OVERHANG = 0.5;
/**
 * Radii as ECharts takes them: a share of half the chart box's smaller side (its height: the box is about
 * 2 : 1.1). The centre sits low enough for the arc's top, high enough for the overhang below the base.
 */
const ZONE_RADIUS = '138%';
const TICK_RADIUS = '131%';
const TRACK_RADIUS = '124%';
const CENTER = ['50%', '74%'];

/**
 * The gauge, drawn so that gauges side by side compare: a grey track over the shared scale with its ticks; the
 * target once, as a zone outside the track (以上 from the figure on, running past the scale's end and fading: it is
 * open-ended; 左右 a band around the figure) or as a tick across it (an exact figure); and, only when there is an
 * outcome, a bar along the track from zero to it, coloured by the verdict. No needle, and no words: the element's
 * text above the chart says the figures, once.
 */
export function buildGaugeOption(input: GaugeInput, _text: GaugeText | undefined, ctx: ChartContext): EChartsCoreOption {
  const { target, actual, verdict, tolerance } = input;
  const p = ctx.palette;
  const value = target.value ?? 0;
  const { min, max, step, splitNumber } = gaugeScale(target, actual);
  const end = max + step * OVERHANG;
  // The share of the whole arc (scale and overhang) at a value.
  const at = (v: number) => Math.min(1, Math.max(0, (v - min) / (end - min)));
  const arcEnd = SCALE_END - ((START - SCALE_END) * (end - max)) / (max - min);
  const percent = target.unit?.en === '%';
  const clear = 'rgba(0,0,0,0)';
  const bare = {
    type: 'gauge',
    center: CENTER,
    startAngle: START,
    splitLine: { show: false },
    axisTick: { show: false },
    axisLabel: { show: false },
    pointer: { show: false },
    anchor: { show: false },
    title: { show: false },
    detail: { show: false },
  };
  const whole = { ...bare, endAngle: arcEnd, min, max: end };

  const series: object[] = [
    {
      ...bare,
      name: 'scale',
      endAngle: SCALE_END,
      min,
      max,
      splitNumber,
      radius: TRACK_RADIUS,
      axisLine: { lineStyle: { width: 10, color: [[1, p.track]] } },
      splitLine: { show: true, distance: 2, length: 5, lineStyle: { color: p.track, width: 2 } },
      axisLabel: {
        show: true,
        distance: 14,
        color: p.muted,
        fontSize: 12,
        fontFamily: p.fontFamily,
        formatter: (v: number) => tickLabel(round(v), ctx) + (percent ? '%' : ''),
      },
      data: [{ value: min }],
    },
  ];

  // The target: a zone outside the track, or a tick across it.
  if (target.comparator === 'at-least') {
    // From the figure to the scale's end, then on past it, fading: "at least" has no upper end.
    const fade = [0.8, 0.65, 0.5, 0.35, 0.2, 0.08].map((o, i, all) => [
      at(max) + (1 - at(max)) * ((i + 1) / all.length),
      withAlpha(p.accentSoft, o),
    ]);
    series.push({
      ...whole,
      name: 'target',
      radius: ZONE_RADIUS,
      axisLine: { lineStyle: { width: 8, color: [[at(value), clear], [at(max), p.accentSoft], ...fade] } },
      data: [{ value }],
    });
  } else if (target.comparator === 'about') {
    // "About" is a band. The report sets no range: without a tolerance from the page, the band is a quarter step
    // either side, wide enough to read as "around here" and no claim about a range.
    const half = tolerance ?? step / 4;
    series.push({
      ...whole,
      name: 'target',
      radius: ZONE_RADIUS,
      axisLine: { lineStyle: { width: 8, color: [[at(value - half), clear], [at(value + half), p.accentSoft], [1, clear]] } },
      data: [{ value }],
    });
  } else {
    // An exact figure ("增长5%", "45万人"): a tick across the track and the zone's ring.
    const half = 0.006;
    const mark = at(value);
    series.push({
      ...whole,
      name: 'target',
      radius: TICK_RADIUS,
      axisLine: {
        lineStyle: { width: 24, color: [[Math.max(0, mark - half), clear], [Math.min(1, mark + half), p.text], [1, clear]] },
      },
      data: [{ value }],
    });
  }

  if (actual !== undefined) {
    series.push({
      ...whole,
      name: 'outcome',
      radius: TRACK_RADIUS,
      axisLine: { show: false },
      progress: { show: true, width: 10, itemStyle: { color: verdictColor(verdict, ctx) } },
      data: [{ value: Math.max(min, Math.min(end, actual)) }],
    });
  }

  // ECharts sizes a gauge's radius from the box's shorter side. In a box not much wider than tall (a picture's
  // square or portrait frame) the rings sized for a wide box would run past its sides, and the scale's ends with
  // them: there the rings shrink to fit the width (0.616 = 0.85 of the width's half, over the outer ring's 138%),
  // and in a box taller than wide the gauge moves up from the bottom.
  const shrink = (r: unknown) => (typeof r === 'string' ? `${Math.round(parseFloat(r) * 0.616)}%` : r);
  const fit = { series: series.map((one) => ({ radius: shrink((one as { radius?: string }).radius) })) };
  return {
    animation: ctx.animation,
    animationDuration: 600,
    series,
    media: [
      { query: { maxAspectRatio: 1 }, option: { series: fit.series.map((one) => ({ ...one, center: ['50%', '62%'] })) } },
      { query: { maxAspectRatio: 1.62 }, option: fit },
    ],
  };
}

const compactEn = new Intl.NumberFormat('en', { notation: 'compact' });

/** A tick's number: short, as ticks are (20万; 200K, not 200,000, which collides with its neighbour on the arc). */
function tickLabel(value: number, ctx: ChartContext): string {
  return ctx.lang === 'en' && Math.abs(value) >= 10_000 ? compactEn.format(value) : formatNumber(value, ctx.lang);
}

/** The outcome's colour: met or in range positive, missed or out of range negative, a direction alone neutral. */
function verdictColor(verdict: Verdict | undefined, ctx: ChartContext): string {
  const p = ctx.palette;
  if (verdict === 'met' || verdict === 'within-range') return p.positive;
  if (verdict === 'not-met' || verdict === 'outside-range') return p.negative;
  return p.series[1] ?? p.accent;
}

/** `#rrggbb` with an alpha, as `rgba()`; other colour forms are returned as they are. */
function withAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(color.trim());
  if (!hex) return color;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16));
  return `rgba(${r},${g},${b},${alpha})`;
}
