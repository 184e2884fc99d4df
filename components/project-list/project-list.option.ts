import type { EChartsCoreOption } from 'echarts/core';
import type { Category, Project } from '../../data/types.js';
import type { ChartContext } from '../../src/chart/sx-chart-element.js';
import { barCategories, barFrame } from '../../src/chart/bars.js';
import { formatNumber } from '../../src/format/index.js';

/** One category with its projects, in the report's order. */
export interface CategoryGroup {
  category: Category;
  projects: readonly Project[];
}

/**
 * Every category with the projects that belong to it, in the order of `categories`; projects keep the
 * order they are given in. A category with no project is kept (it is drawn as 0), a project whose category
 * is not in the list is left out of the groups.
 */
export function groupProjects(projects: readonly Project[], categories: readonly Category[]): CategoryGroup[] {
  return categories.map((category) => ({
    category,
    projects: projects.filter((p) => p.category === category.id),
  }));
}

/** The bars as the reader will read them: text is made by the element, in its language. */
export interface CategoryBar {
  /** The category's label, drawn as the axis label. */
  label: string;
  /** How many projects the category has. */
  value: number;
  /** The tooltip, plain text: "医疗健康：2件". */
  tooltip: string;
}

export interface ProjectListChartInput {
  bars: readonly CategoryBar[];
  /** The index of the bar to stand out (the `category` filter), if any. */
  highlight?: number | undefined;
}

/**
 * The overview: projects per category as horizontal bars, the first category on top. Pure: every label is
 * given ready-made, and the tooltip is rich text (never HTML), confined to the chart.
 */
export function buildProjectListOption(input: ProjectListChartInput, ctx: ChartContext): EChartsCoreOption {
  const p = ctx.palette;
  const base = p.series[0] ?? p.accent;
  const filtered = input.highlight !== undefined;
  return {
    ...barFrame(input.bars, ctx, { right: 32, contain: 'axisLabel' }),
    xAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: p.muted, formatter: (v: number) => formatNumber(v, ctx.lang) },
      splitLine: { lineStyle: { color: p.border } },
    },
    yAxis: barCategories(input.bars, ctx, 120),
    series: [
      {
        type: 'bar',
        name: 'projects',
        barMaxWidth: 18,
        cursor: 'pointer',
        label: {
          show: true,
          position: 'right',
          color: p.text,
          fontFamily: p.fontFamily,
          formatter: (params: { value: number }) => formatNumber(params.value, ctx.lang),
        },
        data: input.bars.map((b, i) => ({
          value: b.value,
          name: b.label,
          // Colour carries meaning only when one category is highlighted: that bar alone gets a pattern too.
          // Dimmed by colour, not opacity, so the value labels keep their contrast.
          itemStyle: {
            color: !filtered ? base : i === input.highlight ? p.accent : p.muted,
            ...(filtered && i === input.highlight
              ? { decal: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: -Math.PI / 4 } }
              : {}),
          },
        })),
      },
    ],
  };
}
