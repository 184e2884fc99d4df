import type { Lang } from '../i18n/index.js';

/**
 * Significant digits kept. A double carries 15 to 17; 15 keeps every digit a report figure has while
 * dropping binary noise such as 0.30000000000000004 or 6.3 - 6 = 0.2999999999999998.
 */
const SIGNIFICANT = 15;

/** English switches from grouped digits to "1.317 million" here, as English prose does. */
const EN_COMPACT_FROM = 1_000_000;

/*
 * The formatters are built once, at module load, and shared: Intl.NumberFormat is costly to build
 * and every label and table cell goes through here.
 *
 * Chinese: ICU's compact notation already writes 万/亿 as the report does (131.7万, 76.6亿, 2000亿, 1000亿
 * for 1e11, 1万亿 above), and below 1万 it writes plain digits without grouping (4400, 1599), so nothing
 * needs fixing up except grouping inside very large mantissas ("10,000万亿"), which `useGrouping: false`
 * turns off. `maximumSignificantDigits` replaces the default of compact notation (two significant
 * digits, which would turn 131.7万 into 132万).
 */
const zhNumber = /* @__PURE__ */ new Intl.NumberFormat('zh-CN', {
  notation: 'compact',
  maximumSignificantDigits: SIGNIFICANT,
  useGrouping: false,
});
const enFull = /* @__PURE__ */ new Intl.NumberFormat('en-US', { maximumSignificantDigits: SIGNIFICANT });
const enCompact = /* @__PURE__ */ new Intl.NumberFormat('en-US', {
  notation: 'compact',
  compactDisplay: 'long',
  maximumSignificantDigits: SIGNIFICANT,
});

/**
 * A number as a reader of `lang` expects it, keeping every digit the value has.
 *
 * - zh: 万/亿 as Chinese writes them: 131.7万, 76.6亿, 2000亿, 1.3万; below 1万 plain digits (4400, 1599).
 * - en: grouped digits below one million (450,000; 4,400), then "1.317 million", "7.66 billion".
 */
export function formatNumber(value: number, lang: Lang): string {
  // -0 is written "-0", and a Map holds it as 0: it is formatted each time.
  if (Object.is(value, -0)) return format(value, lang);
  const cache = lang === 'zh' ? zhFormatted : enFormatted;
  let text = cache.get(value);
  if (text === undefined) {
    text = format(value, lang);
    if (cache.size >= FORMATTED_MAX) cache.clear();
    cache.set(value, text);
  }
  return text;
}

function format(value: number, lang: Lang): string {
  if (lang === 'zh') return zhNumber.format(value);
  return (Math.abs(value) < EN_COMPACT_FROM ? enFull : enCompact).format(value);
}

/*
 * What each number has been written as, per language. Writing is pure, and a call of ICU's compact notation costs
 * about 20 µs: a gauge writes its target three times (summary, description, table) besides its scale, so 100 gauges
 * spent about 7 ms in it. A page shows a few hundred distinct figures at most; past the limit the cache starts again.
 */
const FORMATTED_MAX = 2000;
const zhFormatted = new Map<number, string>();
const enFormatted = new Map<number, string>();

/**
 * A difference between two percentages: "0.3个百分点" / "0.3 percentage points" ("1 percentage point").
 * A negative difference keeps its minus sign.
 */
export function formatPercentPoints(diff: number, lang: Lang): string {
  const digits = formatNumber(diff, lang);
  if (lang === 'zh') return `${digits}个百分点`;
  return `${digits} ${Math.abs(diff) === 1 ? 'percentage point' : 'percentage points'}`;
}

/** Removes binary noise from a difference (5.2 - 5.5 = -0.2999999999999998). */
export function round(n: number): number {
  return Number(n.toPrecision(12));
}

const NICE = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The smallest "nice" number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ) at or above n. */
export function niceCeil(n: number): number {
  if (n <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(n));
  const step = NICE.find((m) => m * power >= n * (1 - 1e-12)) ?? 10;
  return round(step * power);
}
