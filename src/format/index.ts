export { formatNumber, formatPercentPoints } from './number.js';
export {
  comparatorWords,
  formatQuantity,
  formatTargetValue,
  qualifierWords,
  type QuantityLike,
  type TargetLike,
} from './quantity.js';
export { verdictFor, verdictTone, verdictWords, type Verdict } from './verdict.js';
