import type { TaskArea } from '../../data/types.js';
import type { ChartContext, Palette } from '../../src/chart/option-context.js';
import type { UnitGroup } from '../../src/chart/units.js';
import { t } from '../../src/i18n/tasks.js';

/**
 * The seven areas' colours: the six series colours, and the ink for the seventh, so that no two areas share one
 * (the series has six; the treemap this replaced gave areas 1 and 7 the same red). Every one is a mark a reader
 * must see, ≥ 3:1 against the background in both schemes (test/node/palette-contrast.test.mjs).
 */
export function areaColors(p: Palette): string[] {
  return [...p.series.slice(0, 6), p.text];
}

/**
 * Why no treemap: its tile areas could only encode "how many tasks an area lists", which is not a size a reader
 * cares about, and at 360 px its cells cut the task names. The outline is the graphic; this chart above it is a
 * unit chart (src/chart/units.ts): one mark per task, a row per area, in the area's colour, so the reader sees
 * how the tasks are spread over the areas, and picks a task by its mark.
 */
export function taskUnits(areas: readonly TaskArea[], ctx: ChartContext): UnitGroup[] {
  const s = t(ctx.lang);
  const colors = areaColors(ctx.palette);
  return areas.map((area) => ({
    label: s.areaLabel(area.number),
    marks: area.groups.flatMap((g) =>
      g.items.map((item) => ({
        text: '',
        tooltip: s.labelledValue(s.areaLabel(area.number), item[ctx.lang]),
        fill: colors[(area.number - 1) % colors.length]!,
        ink: ctx.palette.background,
      })),
    ),
  }));
}
