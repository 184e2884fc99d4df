import type { EChartsCoreOption } from 'echarts/core';
import type { ChartContext } from '../../src/chart/option-context.js';

/** The ring as the reader will read it: every text made by the element, in its language. */
export interface RingInput {
  /** The share, 0–100. */
  value: number;
  /** The share as written: "49.7%", "60%以上", "at least 60%" (the arc's name; the element's card shows it). */
  valueText: string;
  /** What the share is of. */
  label: string;
  /** What the rest is ("其他装机" / "Other installed capacity") with its amount ("50.3%", "at most 40%"): the track's name. */
  remainderLabel: string;
  /** The share is a floor ("60%以上"): the rest is drawn open (dashed, hatched), since part of it may be covered. */
  lowerBound: boolean;
}

/**
 * A share as a ring: the share from twelve o'clock clockwise in the accent colour, the rest in the track colour; a
 * floor leaves the rest hatched and dashed. The ring carries no words: the element's card above it says the share
 * (large, in the accent, so it keys the arc) and the rest (after a swatch of the track, so it keys the rest), once
 * each (GRAPHICS.md §3: not the same figure twice in a row), and a picture's words say both.
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
        radius: ['62%', '88%'],
        center: ['50%', '50%'],
        startAngle: 90,
        clockwise: true,
        cursor: 'pointer',
        emphasis: { scale: false, label: { show: false } },
        label: { show: false },
        labelLine: { show: false },
        data: [
          { value: share, name: input.label, itemStyle: { color: p.accent } },
          {
            value: rest,
            name: input.remainderLabel,
            itemStyle: input.lowerBound
              ? { color: p.track, borderColor: p.muted, borderType: 'dashed', borderWidth: 1, decal: hatch }
              : { color: p.track },
          },
        ],
      },
    ],
  };
}
