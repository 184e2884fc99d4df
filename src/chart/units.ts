/**
 * A unit chart: one mark per thing, grouped. Fifteen projects are fifteen marks, grouped by category; thirty-five
 * tasks are thirty-five marks, grouped by area. A group's size is seen by counting its marks, not read off a bar
 * whose height is 1 or 2 (GRAPHICS.md §2: counts of things are not bar charts).
 *
 * Drawn as an ECharts custom series, one data item per mark, so that a click, a tap or the keyboard picks the
 * thing itself. The layout is made at draw time from the box ECharts has (`api.getWidth()`, `api.getHeight()`):
 * the groups stand in as many columns as the box's height asks, each row a label and its marks, so it fits a
 * 320 px phone and a 1080 px picture alike, and nothing is cut off.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { ChartContext } from './option-context.js';
import { textTooltip } from './tooltip.js';

export interface UnitMark {
  /** Written inside the mark (a project's number), or empty. */
  text: string;
  /** What the tooltip says, plain text. */
  tooltip: string;
  /** The mark's fill, and the colour of its text. */
  fill: string;
  ink: string;
  /** Drawn as an outline only: a mark shown in context, not highlighted. */
  dim?: boolean;
}

export interface UnitGroup {
  /** The group's label, one short line (a category; an area's number). */
  label: string;
  /** Set on a group that stands out (the filtered category): its label is set bold. */
  strong?: boolean;
  /** Set on a group in the background (not the filtered category): its label is muted. */
  muted?: boolean;
  marks: readonly UnitMark[];
}

/** Sizes in px at screen scale. */
export const UNIT = { mark: 22, minMark: 14, gap: 4, row: 30, label: 12, columnGap: 24, minRow: 26, tightRow: 19 };

/** A rough width of a label at 12 px: full-width characters a full em, the rest a little over half. */
export function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? UNIT.label : UNIT.label * 0.6;
  return Math.ceil(w);
}

export interface UnitPlacement {
  /** Per group: where its label goes (left edge, vertical middle). */
  labels: { x: number; y: number }[];
  /** Per mark, in the order of the groups: its box. */
  marks: { x: number; y: number; size: number }[];
  /** The width the labels are given. */
  labelWidth: number;
  columns: number;
}

/**
 * Where each label and mark goes in a box of `width` × `height`. Groups keep their order, column by column; a
 * column holds as many rows as fit the height at the row's minimum; a group whose marks overflow its row wraps
 * them onto the next row.
 */
export function unitLayout(groups: readonly UnitGroup[], width: number, height: number): UnitPlacement {
  const longest = Math.max(0, ...groups.map((g) => labelWidth(g.label)));
  const perRow = (w: number) => Math.max(1, Math.floor((w + UNIT.gap) / (UNIT.mark + UNIT.gap)));
  const rowsOf = (g: UnitGroup, markWidth: number) => Math.max(1, Math.ceil(g.marks.length / perRow(markWidth)));
  const most = Math.max(1, ...groups.map((g) => g.marks.length));
  let columns = 1;
  let plan = { lw: longest, colWidth: width };
  for (; columns <= Math.max(1, groups.length); columns++) {
    const colWidth = (width - UNIT.columnGap * (columns - 1)) / columns;
    const lw = Math.min(longest + 12, Math.floor(colWidth * 0.55));
    const rows = Math.max(...chunk(groups, columns).map((col) => col.reduce((n, g) => n + rowsOf(g, colWidth - lw), 0)), 0);
    plan = { lw, colWidth };
    // Stop at the first column count whose rows fit the height; never split a column narrower than label + marks.
    const next = (width - UNIT.columnGap * columns) / (columns + 1);
    if (rows * UNIT.minRow <= height || next < longest + 12 + 2 * (UNIT.mark + UNIT.gap)) break;
    // A box too low for these rows at their minimum, but not at the tight row (a landscape picture): when one
    // more column would wrap the largest group (a lone mark on a row reads as a group of its own), the rows
    // get tight instead.
    const nextMarks = next - Math.min(longest + 12, Math.floor(next * 0.55));
    if (rows * UNIT.tightRow <= height && nextMarks + UNIT.gap < most * (UNIT.minMark + UNIT.gap)) break;
  }
  columns = Math.min(columns, Math.max(1, groups.length));
  const { lw, colWidth } = plan;
  // Marks shrink (not below UNIT.minMark) so that the largest group keeps to one row: a lone mark wrapped onto a
  // second row reads as a group of its own. A row is at least UNIT.minRow high, so a mark (≤ UNIT.mark) fits it.
  const fits = Math.floor((colWidth - lw + UNIT.gap) / most - UNIT.gap);
  const size = Math.max(UNIT.minMark, Math.min(UNIT.mark, fits));
  const n = Math.max(1, Math.floor((colWidth - lw + UNIT.gap) / (size + UNIT.gap)));
  const rowsOfGroup = (g: UnitGroup) => Math.max(1, Math.ceil(g.marks.length / n));
  const rows = Math.max(0, ...chunk(groups, columns).map((col) => col.reduce((sum, g) => sum + rowsOfGroup(g), 0)));
  // Rows share the height, from UNIT.row down to UNIT.minRow; in a box too low even for that (a landscape
  // picture), down to UNIT.tightRow, the marks shrinking with them, rather than running out of the box.
  const rowH = Math.max(UNIT.tightRow, Math.min(UNIT.row, rows ? height / rows : UNIT.row), rows * UNIT.minRow <= height ? UNIT.minRow : 0);
  const markSize = Math.min(size, rowH - 4);
  const labels: UnitPlacement['labels'] = [];
  const marks: UnitPlacement['marks'] = [];
  chunk(groups, columns).forEach((col, c) => {
    const x0 = c * (colWidth + UNIT.columnGap);
    let row = 0;
    for (const g of col) {
      labels.push({ x: x0, y: row * rowH + rowH / 2 });
      g.marks.forEach((_, i) => {
        marks.push({ x: x0 + lw + (i % n) * (size + UNIT.gap), y: (row + Math.floor(i / n)) * rowH + (rowH - markSize) / 2, size: markSize });
      });
      row += rowsOfGroup(g);
    }
  });
  // Columns are filled in order, so labels and marks are in the groups' order.
  return { labels, marks, labelWidth: lw, columns };
}

/** Splits the groups into `n` columns of near-equal length, in order. */
function chunk<T>(items: readonly T[], n: number): T[][] {
  const per = Math.ceil(items.length / n);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += per) out.push(items.slice(i, i + per));
  return out;
}

/**
 * The unit chart's option. Every mark is one data item in the groups' order (`dataIndex` = the mark's place in
 * that order); a group's label is drawn with its first mark, and is silent (a click on it picks nothing).
 */
export function buildUnitOption(groups: readonly UnitGroup[], ctx: ChartContext): EChartsCoreOption {
  const p = ctx.palette;
  const marks = groups.flatMap((g, gi) => g.marks.map((m, i) => ({ ...m, group: gi, first: i === 0 })));
  let cache: { w: number; h: number; layout: UnitPlacement } | undefined;
  const layoutFor = (w: number, h: number) => {
    if (!cache || cache.w !== w || cache.h !== h) cache = { w, h, layout: unitLayout(groups, w, h) };
    return cache.layout;
  };
  return {
    animation: false,
    tooltip: textTooltip(marks.map((m) => m.tooltip)),
    series: [
      {
        type: 'custom',
        name: 'units',
        coordinateSystem: 'none',
        cursor: 'pointer',
        data: marks.map((_, i) => i),
        renderItem: (params: { dataIndex: number }, api: { getWidth(): number; getHeight(): number }) => {
          const i = params.dataIndex;
          const m = marks[i]!;
          const layout = layoutFor(api.getWidth(), api.getHeight());
          const box = layout.marks[i]!;
          const children: object[] = [
            {
              type: 'rect',
              shape: { x: box.x, y: box.y, width: box.size, height: box.size, r: 3 },
              style: m.dim ? { fill: p.background, stroke: p.track, lineWidth: 1.5 } : { fill: m.fill, stroke: m.fill, lineWidth: 1.5 },
              emphasis: { style: { stroke: p.accent, lineWidth: 3 } },
            },
          ];
          if (m.text) {
            children.push({
              type: 'text',
              silent: true,
              style: {
                x: box.x + box.size / 2,
                y: box.y + box.size / 2,
                text: m.text,
                fill: m.dim ? p.muted : m.ink,
                fontWeight: 700,
                fontSize: 12,
                fontFamily: p.fontFamily,
                align: 'center',
                verticalAlign: 'middle',
              },
            });
          }
          if (m.first) {
            const g = groups[m.group]!;
            const at = layout.labels[m.group]!;
            children.push({
              type: 'text',
              silent: true,
              style: {
                x: at.x,
                y: at.y,
                text: g.label,
                fill: g.muted ? p.muted : p.text,
                // Size, weight and family apart, not the `font` shorthand: the server's CSP-clean SVG writes each as
                // a presentation attribute (there is no `font` attribute: the label would fall back to 16 px).
                fontWeight: g.strong ? 700 : 400,
                fontSize: UNIT.label,
                fontFamily: p.fontFamily,
                verticalAlign: 'middle',
                width: layout.labelWidth - 2,
                overflow: 'break',
              },
            });
          }
          return { type: 'group', children };
        },
      },
    ],
  };
}
