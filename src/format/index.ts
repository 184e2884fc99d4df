export { formatNumber, formatPercentPoints } from './number.js';
export {
  comparatorWords,
  formatQuantity,
  formatTargetValue,
  qualifierWords,
  targetQualifiers,
  type QuantityLike,
  type TargetLike,
} from './quantity.js';
