/**
 * How an outcome stands against a 2025 target: one verdict function for every element that compares an
 * outcome with a target (<sx-target-gauge>, <sx-target-board>), and the words and tone that say it.
 */
import type { Target } from '../../data/types.js';
import { t, type Lang } from '../i18n/index.js';
import { formatPercentPoints, round } from './number.js';
import { formatQuantity } from './quantity.js';

/** How an outcome stands against a target, computed from the target's comparator. */
export type Verdict =
  /** 'target' and 'at-least': the outcome reached the figure; 'positive': the outcome is above zero. */
  | 'met'
  | 'not-met'
  /** 'about', with a tolerance the page gave: inside value ± tolerance. */
  | 'within-range'
  | 'outside-range'
  /** 'about' without a tolerance: the report sets no range, so only the direction is said. */
  | 'above'
  | 'below'
  | 'equal';

/**
 * The verdict for an outcome, or undefined where one number cannot answer ('in-step' needs the economy's
 * growth too; 'binding' names no figure). A tolerance applies only to 'about'.
 */
export function verdictFor(target: Target, actual: number, tolerance?: number): Verdict | undefined {
  switch (target.comparator) {
    case 'target':
    case 'at-least':
      return target.value === undefined ? undefined : actual >= target.value ? 'met' : 'not-met';
    case 'about': {
      if (target.value === undefined) return undefined;
      const diff = round(actual - target.value);
      if (tolerance !== undefined) return Math.abs(diff) <= tolerance ? 'within-range' : 'outside-range';
      return diff > 0 ? 'above' : diff < 0 ? 'below' : 'equal';
    }
    case 'positive':
      return actual > 0 ? 'met' : 'not-met';
    default:
      return undefined;
  }
}

/** How a verdict is coloured: met or in range is positive, missed or out of range negative, the rest neutral. */
export function verdictTone(verdict: Verdict | undefined): 'positive' | 'negative' | 'neutral' {
  if (verdict === 'met' || verdict === 'within-range') return 'positive';
  if (verdict === 'not-met' || verdict === 'outside-range') return 'negative';
  return 'neutral';
}

/**
 * The verdict in words: "Target met", "0.3 percentage points below the target", or, where one figure cannot
 * judge the target, that it cannot say.
 */
export function verdictWords(target: Target, actual: number | undefined, verdict: Verdict | undefined, lang: Lang): string {
  const s = t(lang);
  const diff = actual !== undefined && target.value !== undefined ? round(actual - target.value) : 0;
  const amount = () =>
    target.unit?.en === '%'
      ? formatPercentPoints(Math.abs(diff), lang)
      : formatQuantity({ value: Math.abs(diff), unit: target.unit }, lang);
  switch (verdict) {
    case 'met':
      return s.met;
    case 'not-met':
      return s.notMet;
    case 'within-range':
      return s.withinRange;
    case 'outside-range':
      return s.outsideRange;
    case 'above':
      return s.differenceAbove(amount());
    case 'below':
      return s.differenceBelow(amount());
    case 'equal':
      return s.equal;
    default:
      return s.noVerdict;
  }
}
