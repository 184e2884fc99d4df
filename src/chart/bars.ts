import type { ChartContext } from './option-context.js';
import { textTooltip } from './tooltip.js';

type Bar = { label: string; tooltip: string };

/**
 * What every horizontal bar chart (`<sx-project-list>`, `<sx-metric-bars>`) starts its option with: no animation for
 * readers who ask for less motion, ECharts' aria description with no data in attributes, the text tooltip, and a
 * grid that keeps the labels inside the box (what `containLabel` did, without the legacy module): the axis labels,
 * or everything (`all`: the value labels too). `right` is the room right of the longest bar.
 */
export function barFrame(bars: readonly Bar[], ctx: ChartContext, frame: { right: number; contain: 'all' | 'axisLabel' }): object {
  return {
    animation: ctx.animation,
    animationDuration: 400,
    aria: { enabled: true, label: { enabled: false } },
    tooltip: textTooltip(bars.map((b) => b.tooltip)),
    grid: { left: 4, right: frame.right, top: 4, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: frame.contain },
  };
}

/**
 * The category axis of a horizontal bar chart: one bar per label, the first on top. Labels wider than `labelWidth`
 * are cut at narrow widths; the element's list and table carry the full text.
 */
export function barCategories(bars: readonly Bar[], ctx: ChartContext, labelWidth: number): object {
  const p = ctx.palette;
  return {
    type: 'category',
    inverse: true,
    data: bars.map((b) => b.label),
    axisTick: { show: false },
    axisLine: { lineStyle: { color: p.border } },
    axisLabel: { color: p.text, fontFamily: p.fontFamily, width: labelWidth, overflow: 'truncate' },
  };
}
