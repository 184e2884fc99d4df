import type { Category, Project } from '../../data/types.js';
import type { ChartContext } from '../../src/chart/option-context.js';
import type { UnitGroup } from '../../src/chart/units.js';
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

/**
 * The fifteen projects as marks, grouped by category (src/chart/units.ts): each mark the project's number, in
 * ink; with a category filter, that category's projects in the accent and the others dimmed, in place (a
 * reader sees the filtered projects among all fifteen).
 */
export function projectUnits(groups: readonly CategoryGroup[], highlight: string | undefined, ctx: ChartContext): UnitGroup[] {
  const p = ctx.palette;
  return groups.map((g) => {
    const on = highlight === undefined || g.category.id === highlight;
    return {
      label: g.category.label[ctx.lang],
      strong: highlight !== undefined && on,
      muted: !on,
      marks: g.projects.map((project) => ({
        text: formatNumber(project.number, ctx.lang),
        tooltip: `${formatNumber(project.number, ctx.lang)} ${project.title[ctx.lang]}`,
        fill: highlight === undefined ? p.text : p.accent,
        ink: p.background,
        dim: !on,
      })),
    };
  });
}
