/**
 * The ECharts theme a chart is created with, for a palette (./theme.ts): loaded with the chart code
 * (./runtime.ts), not with the text-first figure.
 */
import type { Palette } from './option-context.js';

/** The ECharts theme object for a palette: what every chart inherits before its own option. */
export function echartsTheme(p: Palette): object {
  // The axis line is a mark a reader must see (≥ 3:1): the track's colour; grid lines are guides, in the border's.
  const axis = { axisLine: { lineStyle: { color: p.track } }, axisLabel: { color: p.muted }, splitLine: { lineStyle: { color: p.border } } };
  return {
    color: p.series,
    backgroundColor: 'transparent',
    textStyle: { color: p.text, fontFamily: p.fontFamily },
    title: { textStyle: { color: p.text } },
    legend: { textStyle: { color: p.text } },
    tooltip: {
      backgroundColor: p.background,
      borderColor: p.border,
      textStyle: { color: p.text, fontFamily: p.fontFamily },
    },
    categoryAxis: axis,
    valueAxis: axis,
  };
}
