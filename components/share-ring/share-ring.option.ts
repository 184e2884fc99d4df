import type { EChartsCoreOption } from 'echarts/core';
import type { ChartContext } from '../../src/chart/option-context.js';

/** The ring as the reader will read it: every text made by the element, in its language. */
export interface RingInput {
  /** The share, 0–100. */
  value: number;
  /** The share as written, drawn in the middle: "49.7%", "60%以上", "at least 60%". */
  valueText: string;
  /** What the share is of. */
  label: string;
  /** What the rest is ("其他装机" / "Other installed capacity") with its amount ("50.3%", "at most 40%"). */
  remainderLabel: string;
  /** The share is a floor ("60%以上"): the rest is drawn open (dashed, hatched), since part of it may be covered. */
  lowerBound: boolean;
}

/** The widest the remainder's label runs under the ring before it wraps: fits a 320px column with its padding. */
export const REMAINDER_WIDTH = 260;

/**
 * A share as a ring: the share from twelve o'clock clockwise in the accent colour with its figure in the middle,
 * the rest in the track colour, labelled for what it is under the ring, keyed by a swatch (beside the ring, a
 * long label such as "其余（目标未作要求）：至多40%" ran off a phone's column). A floor leaves the rest hatched and dashed.
 */
export function buildShareRingOption(input: RingInput, ctx: ChartContext): EChartsCoreOption {
  const p = ctx.palette;
  const share = Math.min(100, Math.max(0, input.value));
  const rest = Math.max(0, 100 - share);
  const hatch = { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4, color: p.border };
  return {
    animation: ctx.animation,
    animationDuration: 500,
    series: [
      {
        type: 'pie',
        name: 'share',
        radius: ['50%', '68%'],
        center: ['50%', '42%'],
        startAngle: 90,
        clockwise: true,
        avoidLabelOverlap: true,
        cursor: 'pointer',
        emphasis: { scale: false, label: { show: true } },
        labelLine: { lineStyle: { color: p.muted } },
        data: [
          {
            value: share,
            name: input.label,
            itemStyle: { color: p.accent },
            label: {
              show: true,
              position: 'center',
              formatter: () => input.valueText,
              color: p.text,
              fontFamily: p.fontFamily,
              fontSize: input.valueText.length <= 6 ? 26 : 18,
              fontWeight: 700,
            },
            labelLine: { show: false },
          },
          {
            value: rest,
            name: input.remainderLabel,
            itemStyle: input.lowerBound
              ? { color: p.track, borderColor: p.muted, borderType: 'dashed', borderWidth: 1, decal: hatch }
              : { color: p.track },
            label: { show: false },
            labelLine: { show: false },
          },
        ],
      },
      {
        // The remainder's label, under the ring: a pie of no size whose one label sits at its centre.
        type: 'pie',
        name: 'remainder',
        silent: true,
        radius: [0, 0],
        center: ['50%', '91%'],
        label: {
          show: rest > 0,
          position: 'center',
          formatter: () => `{swatch|}  ${input.remainderLabel}`,
          color: p.muted,
          fontFamily: p.fontFamily,
          fontSize: 13,
          lineHeight: 18,
          width: REMAINDER_WIDTH,
          overflow: 'break',
          rich: {
            swatch: { width: 10, height: 10, backgroundColor: p.track, borderColor: p.muted, borderWidth: 1 },
          },
        },
        labelLine: { show: false },
        data: [{ value: 1, name: input.remainderLabel, itemStyle: { color: 'rgba(0,0,0,0)' } }],
      },
    ],
    // A wider chart lets the label run longer before it wraps.
    media: [{ query: { minWidth: 456 }, option: { series: [{}, { label: { width: 420 } }] } }],
  };
}
