/**
 * The raw-ECharts side builds its options with the very builders the elements use, from the same records,
 * with a fixed palette equal to the elements' default (light) colours. No Lit, no element code.
 */
import { dataset, getComparableSet, getResult, getTarget } from '../../data/index.js';
import type { ResultFigure } from '../../data/types.js';
import { boundOf, buildMetricBarsOption } from '../../components/metric-bars/metric-bars.option.js';
import { buildShareRingOption } from '../../components/share-ring/share-ring.option.js';
import { buildGaugeOption } from '../../components/target-gauge/target-gauge.option.js';
import { groupProjects, projectUnits } from '../../components/project-list/project-list.option.js';
import { buildUnitOption } from '../../src/chart/units.js';
import { echartsTheme } from '../../src/chart/echarts-theme.js';
import { DEFAULT_PALETTE, type Palette } from '../../src/chart/theme.js';
import { formatQuantity, formatTargetValue, LOWER_BOUND } from '../../src/format/index.js';
import { t } from '../../src/i18n/all.js';
import type { ChartContext } from '../../src/chart/sx-chart-element.js';
import type { EChartsCoreOption } from 'echarts/core';

/** The defaults of src/chart/styles.ts (light), and the page's font (every bench page sets this one). */
export const PALETTE: Palette = { ...DEFAULT_PALETTE, fontFamily: 'Arial, sans-serif' };

export const THEME = echartsTheme(PALETTE);

function context(): ChartContext {
  // The elements turn animation off for readers who ask for less motion; the bench emulates that on both sides.
  return { lang: 'zh', palette: PALETTE, animation: !matchMedia('(prefers-reduced-motion: reduce)').matches };
}

/** What <sx-target-gauge indicator="…"> draws (no outcome). */
export function gaugeOption(indicator: string): EChartsCoreOption {
  const target = getTarget(indicator)!;
  return buildGaugeOption({ target }, { center: formatTargetValue(target, 'zh'), caption: t('zh').target }, context());
}

/** What <sx-project-list category="…"> (or without a category) draws: the projects as marks, grouped by category. */
export function projectListOption(category?: string): EChartsCoreOption {
  const ctx = context();
  return buildUnitOption(projectUnits(groupProjects(dataset.projects, dataset.categories), category, ctx), ctx);
}

/** The targets that have a number, hence a gauge. */
export const NUMERIC_INDICATORS: string[] = dataset.targets.filter((x) => x.value !== undefined).map((x) => x.id);

/** What <sx-metric-bars set="…"> draws: the set's figures with every qualifier in their labels. */
export function metricBarsOption(setId: string): EChartsCoreOption {
  const s = t('zh');
  const set = getComparableSet(setId)!;
  const figures = set.members.map((id) => getResult(id) as ResultFigure);
  return buildMetricBarsOption(
    {
      bars: figures.map((f) => {
        const valueText = formatQuantity(f, 'zh');
        return { label: f.label.zh, value: f.value, valueText, tooltip: s.labelledValue(f.label.zh, valueText), bound: boundOf(f.qualifiers) };
      }),
    },
    context(),
  );
}

/** What <sx-share-ring result="…"> or <sx-share-ring project="…"> draws. */
export function shareRingOption(resultId?: string, project?: number): EChartsCoreOption {
  const share = resultId
    ? (getResult(resultId) as ResultFigure)
    : dataset.projects.find((p) => p.number === project)!.quantities.find((q) => q.remainder)!;
  const floor = share.qualifiers.some((q) => LOWER_BOUND.has(q));
  const rest = formatQuantity({ value: Number((100 - share.value).toPrecision(12)), unit: share.unit }, 'zh');
  return buildShareRingOption(
    {
      value: share.value,
      valueText: share.written,
      label: share.label.zh,
      remainderLabel: t('zh').labelledValue(share.remainder!.zh, floor ? t('zh').atMost(rest) : rest),
      lowerBound: floor,
    },
    context(),
  );
}
