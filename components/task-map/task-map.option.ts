import type { EChartsCoreOption } from 'echarts/core';
import type { ChartContext } from '../../src/chart/sx-chart-element.js';
import { textTooltip } from '../../src/chart/tooltip.js';

/** A node of the map: an area, a sub-heading (area 3) or a task, with its words made by the element. */
export interface MapNode {
  /** Index into the element's flat list of nodes: how a click finds its record. */
  index: number;
  label: string;
  tooltip: string;
  children?: readonly MapNode[];
}

/**
 * Why a treemap: at 360 px a tree's 35 leaves (task names of up to 20 characters) need a column as wide as the
 * longest name beside 35 rows, so the names are cut or the text is tiny; a sunburst gives each outer wedge about
 * 11 degrees, and radial text of that length does not fit at all. A treemap uses the whole box, writes every label
 * horizontally, wraps it inside its cell and hides what cannot fit, and the areas stay blocks a reader can find by
 * their heading. The outline beside the chart carries every word, so the chart only has to show the proportions.
 *
 * Each task is one cell (value 1): a block's size is how many tasks its area lists, and nothing else.
 */
export function buildTaskMapOption(areas: readonly MapNode[], ctx: ChartContext): EChartsCoreOption {
  const p = ctx.palette;
  const tooltips: string[] = [];
  const leafCount = (n: MapNode): number => (n.children?.length ? n.children.reduce((s, c) => s + leafCount(c), 0) : 1);
  const node = (n: MapNode, color: string): object => {
    tooltips[n.index] = n.tooltip;
    return {
      id: String(n.index),
      name: n.label,
      value: leafCount(n),
      itemStyle: { color },
      ...(n.children?.length ? { children: n.children.map((c) => node(c, color)) } : {}),
    };
  };
  const data = areas.map((a, i) => node(a, tint(p.series[i % p.series.length] ?? p.accent, p.background, p.dark ? 0.45 : 0.28)));
  // Chinese wraps between any two characters; English would break inside words, so it is cut with an ellipsis.
  const label = { color: p.text, fontFamily: p.fontFamily, fontSize: 12, overflow: ctx.lang === 'zh' ? 'break' : 'truncate', lineHeight: 15 };
  const upperLabel = { ...label, show: true, height: 22, fontWeight: 700, overflow: 'truncate' };
  return {
    animation: ctx.animation,
    animationDuration: 400,
    // Treemap items are found by id, not by data index.
    tooltip: textTooltip((params: { data?: { id?: string } }) => tooltips[Number(params.data?.id)]),
    series: [
      {
        type: 'treemap',
        name: 'tasks',
        left: 0,
        top: 0,
        right: 0,
        bottom: 0,
        roam: false,
        // A click picks a record (sx-select); it does not zoom into the block.
        nodeClick: false,
        breadcrumb: { show: false },
        cursor: 'pointer',
        label: { ...label, show: true, position: 'insideTopLeft' },
        // The root draws no label of its own; areas and area 3's sub-headings head their blocks.
        upperLabel: { show: false },
        itemStyle: { borderColor: p.background, gapWidth: 1 },
        levels: [
          { itemStyle: { borderColor: p.background, borderWidth: 0, gapWidth: 3 } },
          { itemStyle: { borderColor: p.background, borderWidth: 2, gapWidth: 1 }, upperLabel },
          { itemStyle: { borderColor: p.background, borderWidth: 1, gapWidth: 1 }, upperLabel },
          { itemStyle: { borderColor: p.background, borderWidth: 1, gapWidth: 1 } },
        ],
        data,
      },
    ],
  };
}

/** `color` mixed with `background` (`amount` of the colour): a light fill that keeps dark text readable. */
export function tint(color: string, background: string, amount: number): string {
  const a = rgb(color);
  const b = rgb(background);
  if (!a || !b) return color;
  const mix = a.map((v, i) => Math.round(v * amount + b[i]! * (1 - amount)));
  return `rgb(${mix.join(',')})`;
}

function rgb(color: string): [number, number, number] | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  }
  const fn = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(color.trim());
  return fn ? [Number(fn[1]), Number(fn[2]), Number(fn[3])] : undefined;
}
