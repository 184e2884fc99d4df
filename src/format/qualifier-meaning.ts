import type { Qualifier } from '../../data/types.js';
import type { Lang } from '../i18n/index.js';

/*
 * What each qualifier says about the figure it stands against, in words a reader (and a screen reader) can
 * follow: "4400余件" is a floor, "近千亿元" a ceiling, "预计" a preliminary figure. One table for both languages,
 * so a new qualifier is a compile error until it is explained in each.
 */
const MEANINGS: Readonly<Record<Qualifier, { zh: string; en: string }>> = {
  余: { zh: '“余”：实际多于此数', en: 'More than: the actual figure is higher' },
  多: { zh: '“多”：实际多于此数', en: 'More than: the actual figure is higher' },
  超过: { zh: '“超过”：实际多于此数', en: 'More than: the actual figure is higher' },
  近: { zh: '“近”：略少于此数', en: 'Nearly: a little below the figure shown' },
  以上: { zh: '“以上”：不少于此数', en: 'At least: no lower than the figure shown' },
  左右: { zh: '“左右”：约数', en: 'About: an approximate figure' },
  以内: { zh: '“以内”：不超过此数', en: 'Within: no more than the figure shown' },
  预计: { zh: '“预计”：初步统计数', en: 'Expected: a preliminary figure' },
  力争: { zh: '“力争”：努力目标', en: 'Striving for: a goal' },
  累计: { zh: '“累计”：累计数', en: 'Cumulative' },
  首次: { zh: '“首次”：首次实现', en: 'For the first time' },
  提前: { zh: '“提前”：提前完成', en: 'Ahead of schedule' },
};

/** A qualifier explained: 余 → "“余”：实际多于此数" / "More than: the actual figure is higher". */
export function qualifierMeaning(q: Qualifier, lang: Lang): string {
  return MEANINGS[q][lang];
}

/** The qualifiers that make a figure a floor: the true value is above the figure written. */
export const LOWER_BOUND: ReadonlySet<Qualifier> = /* @__PURE__ */ new Set(['余', '多', '超过', '以上']);
/** The qualifiers that make a figure approximate or a ceiling: the true value is near or below it. */
export const APPROXIMATE: ReadonlySet<Qualifier> = /* @__PURE__ */ new Set(['近', '左右', '以内']);
/**
 * How a figure bounds the true value. `lower`: the report writes a floor (4400余件, 超过550亿元, 60%以上), so a
 * chart must not draw it as if the value were exact. `approximate`: 近, 左右, 以内, a value near or below the one
 * written.
 */
export type Bound = 'exact' | 'lower' | 'approximate';

/** How `qualifiers` bound the figure they stand against; a floor wins over an approximation. */
export function boundOf(qualifiers: readonly Qualifier[]): Bound {
  if (qualifiers.some((q) => LOWER_BOUND.has(q))) return 'lower';
  if (qualifiers.some((q) => APPROXIMATE.has(q))) return 'approximate';
  return 'exact';
}

/** The qualifiers that stand apart from the number in the text (not in `written`). */
export const STANDING_APART: ReadonlySet<Qualifier> = /* @__PURE__ */ new Set(['预计', '累计', '首次', '力争']);
