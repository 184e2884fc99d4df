export { formatNumber, formatPercentPoints } from './number.js';
export {
  comparatorWords,
  formatQuantity,
  formatTargetValue,
  qualifierWords,
  targetFigure,
  targetQualifiers,
  type QuantityLike,
  type TargetLike,
} from './quantity.js';
export { APPROXIMATE, LOWER_BOUND, STANDING_APART, boundOf, qualifierMeaning, type Bound } from './qualifier-meaning.js';
export { verdictFor, verdictTone, verdictWords, type Verdict } from './verdict.js';
export { midSentence } from './mid-sentence.js';
