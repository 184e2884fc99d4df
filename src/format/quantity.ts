import type { Comparator, Measure, Qualifier, Unit } from '../../data/types.js';
import type { Lang } from '../i18n/index.js';
import { formatNumber } from './number.js';

/** A number with its unit and the report's words around it: the shape of every figure in the dataset. */
export interface QuantityLike {
  value: number;
  unit?: Unit | undefined;
  qualifiers?: readonly Qualifier[] | undefined;
  /**
   * Only 'ranking' and 'top-n' change the wording: a rank is an ordinal (第1名 / "1st place") and a
   * "top n" list is written as the text writes it (十佳 / "top 10"). Every other measure reads as a count.
   */
  measure?: Measure | undefined;
}

/** A 2025 target: a comparator, and a value unless the comparator is a statement ('positive', …). */
export interface TargetLike {
  comparator: Comparator;
  value?: number | undefined;
  unit?: Unit | undefined;
}

/** Where a qualifier goes, and in which order when there are several (lower `order` first). */
interface Placement {
  /** zh: before the number, between number and unit, or after the unit. */
  zh: 'before' | 'between' | 'after';
  /** en: before the number or after the unit. */
  en: 'before' | 'after';
  /** English words. The Chinese words are the qualifier itself. */
  words: string;
  order: number;
}

/*
 * One table for both languages, so a new qualifier is a compile error until it is placed in each.
 * Order: the status of a figure (expected, striving for, cumulative) before its bound (more than,
 * nearly), as both languages write "预计超过" / "expected more than".
 */
const QUALIFIERS: Readonly<Record<Qualifier, Placement>> = {
  预计: { zh: 'before', en: 'before', words: 'expected', order: 0 },
  力争: { zh: 'before', en: 'before', words: 'striving for', order: 1 },
  累计: { zh: 'before', en: 'before', words: 'cumulative', order: 2 },
  首次: { zh: 'before', en: 'after', words: 'for the first time', order: 3 },
  提前: { zh: 'before', en: 'after', words: 'ahead of schedule', order: 4 },
  超过: { zh: 'before', en: 'before', words: 'more than', order: 5 },
  近: { zh: 'before', en: 'before', words: 'nearly', order: 6 },
  余: { zh: 'between', en: 'before', words: 'more than', order: 7 },
  多: { zh: 'between', en: 'before', words: 'more than', order: 8 },
  以上: { zh: 'after', en: 'before', words: 'at least', order: 9 },
  左右: { zh: 'after', en: 'before', words: 'about', order: 10 },
  以内: { zh: 'after', en: 'before', words: 'within', order: 11 },
};

/**
 * Units after which Chinese puts 余/多 behind the unit rather than before it: "2倍多", "5%多", not "2多倍".
 */
const ZH_BETWEEN_AFTER_UNIT: ReadonlySet<string> = /* @__PURE__ */ new Set(['倍', '%', '‰']);

/** Units written straight after the number in English, with no space: "5%". */
const EN_NO_SPACE: ReadonlySet<string> = /* @__PURE__ */ new Set(['%', '‰', '°']);

const COMPARATORS: Readonly<Record<Comparator, { zh: string; en: string }>> = {
  target: { zh: '', en: '' },
  'at-least': { zh: '以上', en: 'at least' },
  about: { zh: '左右', en: 'about' },
  positive: { zh: '力争保持正增长', en: 'striving for positive growth' },
  'in-step': { zh: '与经济增长同步', en: 'in step with economic growth' },
  binding: { zh: '完成国家下达的约束性指标', en: 'meet the binding targets set by the State' },
};

/** Chinese numerals for the small "top n" lists the report writes in words (十佳); larger n stay digits. */
const ZH_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

const enOrdinal = /* @__PURE__ */ new Intl.PluralRules('en-US', { type: 'ordinal' });
const EN_ORDINAL_SUFFIX: Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> = {
  one: 'st',
  two: 'nd',
  few: 'rd',
};

/** The comparators that are a statement rather than a bound on a number. */
const STATEMENT_COMPARATORS: ReadonlySet<Comparator> = /* @__PURE__ */ new Set(['positive', 'in-step', 'binding']);

/** A qualifier's words on its own: zh the qualifier itself ("以上"), en "at least". */
export function qualifierWords(q: Qualifier, lang: Lang): string {
  return lang === 'zh' ? q : QUALIFIERS[q].words;
}

/**
 * A comparator's words on its own: 'at-least' → 以上 / "at least", 'about' → 左右 / "about",
 * 'target' → '' (the figure itself), and for the statements ('positive', 'in-step', 'binding') the
 * whole statement, e.g. 与经济增长同步 / "in step with economic growth".
 */
export function comparatorWords(c: Comparator, lang: Lang): string {
  return COMPARATORS[c][lang];
}

/**
 * A figure with its unit and qualifiers, placed as each language writes them.
 *
 * zh: 超过550亿元, 近1000亿元, 4400余件, 300多家, 2倍多, 6%以上, 5.5%左右, 10日以内, 提前3年.
 * en: more than 55 billion yuan, nearly 100 billion yuan, more than 4,400, at least 6%, about 5.5%,
 * within 10 days, expected 200 billion yuan, more than 2 times, 3 years ahead of schedule, 1 person.
 */
export function formatQuantity(q: QuantityLike, lang: Lang): string {
  const qualifiers = [...new Set(q.qualifiers ?? [])].sort(
    (a, b) => QUALIFIERS[a].order - QUALIFIERS[b].order,
  );
  return lang === 'zh' ? zhQuantity(q, qualifiers) : enQuantity(q, qualifiers);
}

/**
 * A 2025 target's value as the target list writes it: "6%以上" / "at least 6%", "5.5%左右" / "about 5.5%",
 * "5%", "45万人" / "450,000 people"; for a statement comparator, or a target with no value, its words.
 */
export function formatTargetValue(target: TargetLike, lang: Lang): string {
  if (target.value === undefined || STATEMENT_COMPARATORS.has(target.comparator)) {
    return comparatorWords(target.comparator, lang);
  }
  return formatQuantity({ value: target.value, unit: target.unit, qualifiers: targetQualifiers(target) }, lang);
}

/**
 * A target's figure as the dataset has it (value in base units, unit, the line as written, the comparator's
 * qualifier): what a table row about the target carries for the CSV download. A statement target has none.
 */
export function targetFigure(
  target: TargetLike & { written: string },
): { value: number; unit: Unit | undefined; written: string; qualifiers: Qualifier[] } | null {
  if (target.value === undefined) return null;
  return { value: target.value, unit: target.unit, written: target.written, qualifiers: targetQualifiers(target) };
}

/** The qualifier a target's comparator writes: 'at-least' → 以上, 'about' → 左右, 'positive' → 力争, else none. */
export function targetQualifiers(target: TargetLike): Qualifier[] {
  const map: Partial<Record<Comparator, Qualifier>> = { 'at-least': '以上', about: '左右', positive: '力争' };
  const q = map[target.comparator];
  return q ? [q] : [];
}

function zhQuantity(q: QuantityLike, qualifiers: readonly Qualifier[]): string {
  const at = (where: Placement['zh']): string =>
    qualifiers.filter((x) => QUALIFIERS[x].zh === where).join('');
  const unitText = q.unit?.zh ?? '';
  let number = formatNumber(q.value, 'zh');
  if (q.measure === 'ranking') number = `第${number}`;
  else if (q.measure === 'top-n') number = ZH_NUMERALS[q.value] || number;
  const between = at('between');
  const afterUnit = ZH_BETWEEN_AFTER_UNIT.has(unitText);
  return (
    at('before') +
    number +
    (afterUnit ? '' : between) +
    unitText +
    (afterUnit ? between : '') +
    at('after')
  );
}

function enQuantity(q: QuantityLike, qualifiers: readonly Qualifier[]): string {
  // Several qualifiers can share words (余 and 超过 both read "more than"): say them once.
  const at = (where: Placement['en']): string[] => [
    ...new Set(qualifiers.filter((x) => QUALIFIERS[x].en === where).map((x) => QUALIFIERS[x].words)),
  ];
  return [...at('before'), enFigure(q), ...at('after')].join(' ');
}

/** The number and unit in English: "450,000 people", "5%", "1 person", "1st place", "top 10". */
function enFigure(q: QuantityLike): string {
  const number = formatNumber(q.value, 'en');
  if (q.measure === 'top-n') return `top ${number}`;
  if (q.measure === 'ranking') {
    const suffix = Number.isInteger(q.value) ? (EN_ORDINAL_SUFFIX[enOrdinal.select(q.value)] ?? 'th') : '';
    const unitText = q.unit && (q.unit.enSingular ?? q.unit.en);
    return unitText ? `${number}${suffix} ${unitText}` : `${number}${suffix}`;
  }
  const unitText = q.unit && (q.value === 1 && q.unit.enSingular ? q.unit.enSingular : q.unit.en);
  if (!unitText) return number;
  return EN_NO_SPACE.has(unitText) ? `${number}${unitText}` : `${number} ${unitText}`;
}
