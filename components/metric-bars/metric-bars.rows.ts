/**
 * The metric bars' rows: the sizes the chart draws at and the height of one row, which the element sizes its chart
 * by before the chart's code loads (./metric-bars.ts) and the option builder lays the bars out with
 * (./metric-bars.option.ts, loaded with the chart). Pure: no DOM.
 */
import { wrapText } from '../../src/chart/line-break.js';

/** Text sizes the bars draw at: value labels and names 12 px (a label a reader must read); no ticks. */
export const LABEL_SIZE = 12;
export const BAR = 16;
export const LINE = 16;

/**
 * The chart widths the layout is worked out for (the chart's box, about 24 px less than the column): each range
 * plans for its narrowest width, so whatever the real width in the range, names wrap inside it and value labels
 * that were put inside a bar still fit. ECharts picks the range with `media`, on screen and in every picture.
 */
export const WIDTHS = [296, 336, 456, 656, 960] as const;

/**
 * The height of one row, the same for every row: the longest name's lines above the bar, the bar, and room for a
 * two-line value label of the row above. The names break as the option lays them out for a chart `width` wide (the
 * narrowest of WIDTHS it reaches); the element, whose width is not known before it renders, sizes its chart for
 * the narrowest, and the long image, which draws at a known width, for its own.
 */
export function rowHeight(labels: readonly string[], width: number = WIDTHS[0]): number {
  const planned = Math.max(WIDTHS[0], ...WIDTHS.filter((w) => w <= width));
  const lines = Math.max(1, ...labels.map((l) => wrapText(l, planned - 8, LABEL_SIZE).length));
  return 2 * (LINE + 4) + BAR / 2 + 4 + LINE * lines;
}
