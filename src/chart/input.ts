/**
 * The shared input layer: what every element does with the values editors type and frameworks set.
 *
 * - Properties that mirror a text attribute (`@property()` with no type or `type: String`) accept what
 *   frameworks pass: a number becomes its text ("5.4"; -0 becomes "0"), `undefined` and `null` mean absent
 *   (null), a string stays. Anything else (an object, an array, a function) is kept as set, and the element
 *   shows an `invalid-value` error naming the attribute instead of drawing. `SxChartElement` does this for
 *   every such property in `willUpdate` (`normaliseTextProperties`), before `resolve`, so a new element gets
 *   it by declaring its properties as usual. (Not a Lit `getPropertyDescriptor` override: Lit deprecates
 *   those, and standard decorators would skip them.) A reflected text property needs
 *   `converter: reflectedText`, so Lit never writes an object as an attribute.
 * - Numbers (`parseNumber`) are read as editors type them: full-width digits and point (５．２), a minus of any
 *   kind, spaces, an optional trailing unit ("5.2%", "5.2 %"); non-finite values (a 400-digit number) and
 *   anything else are rejected.
 * - Enumerated values (`keyword`, `enumerated`): theme, renderer, category, lang and ids compare
 *   case-insensitively, after the same Unicode normalisation, everywhere. `theme` and `renderer` are read only
 *   through `themeOf` and `rendererOf`, also where an element hands them to the elements it composes.
 * - Editor-supplied text shown inside the library's own sentences (`isolate`, `echo`) is wrapped in Unicode
 *   isolates, so a stray U+202E cannot reverse the surrounding words; echoed values are cut to a readable
 *   length first (a 100,000-character id must not cost seconds of layout).
 */
import type { SxErrorCode, SxErrorDetail } from '../events.js';
import { t, type Lang } from '../i18n/index.js';

/** Unicode FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE. */
const FSI = '\u2068';
const PDI = '\u2069';

/** How many characters of an editor's value a message quotes. */
export const ECHO_MAX = 64;

/** Thrown by an element's `resolve` (through `SxChartElement`'s readers) for a value it cannot use. */
export class InputError extends Error {
  constructor(readonly detail: SxErrorDetail) {
    super(detail.message);
    this.name = 'InputError';
  }
}

/** An error with its code, for `resolve` to throw. */
export function inputError(code: SxErrorCode, message: string): InputError {
  return new InputError({ code, message });
}

/**
 * What a text property stores for a value a framework set: strings as they are, numbers (and bigints,
 * booleans) as their text, null for `undefined`/`null`, and anything else unchanged (reported by `isText`).
 */
export function coerceText(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return value;
}

/** Whether a stored text property is usable: a string or absent. */
export function isText(value: unknown): value is string | null | undefined {
  return value === null || value === undefined || typeof value === 'string';
}

/** NFKC folds full-width forms (５．２％ → 5.2%, ＤＡＲＫ → DARK); the other minus signs become "-". */
function fold(text: string): string {
  return text.normalize('NFKC').replace(/[\u2212\u2012\u2013\uFE63]/g, '-');
}

/** An enumerated value as compared everywhere: folded, trimmed, lower case. `null`/absent gives "". */
export function keyword(value: unknown): string {
  return typeof value === 'string' ? fold(value).trim().toLowerCase() : '';
}

/** An enumerated value: the one of `values` it names as a keyword (any case, width or spacing), else `fallback`. */
export function enumerated<T extends string>(value: unknown, values: readonly T[], fallback: T): T {
  const word = keyword(value);
  return (values as readonly string[]).includes(word) ? (word as T) : fallback;
}

/** The colour schemes every element's `theme` takes. */
export const THEMES = ['light', 'dark', 'auto'] as const;
/** `theme`: `light`, `dark` or `auto`. */
export type Theme = 'light' | 'dark' | 'auto';
/** The renderers every element's `renderer` takes. */
export const RENDERERS = ['svg', 'canvas'] as const;

/** What a `theme` attribute means: `light` (also for anything it does not name), `dark` or `auto`. */
export const themeOf = (value: unknown): (typeof THEMES)[number] => enumerated(value, THEMES, 'light');
/** What a `renderer` attribute means: `svg` (also for anything it does not name) or `canvas`. */
export const rendererOf = (value: unknown): (typeof RENDERERS)[number] => enumerated(value, RENDERERS, 'svg');

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** The result of reading a number: absent, a finite number, or text that is not one. */
export type ParsedNumber = { ok: true; value: number | undefined } | { ok: false };

/**
 * A number as an editor or a framework gives it. Absent (null, undefined, "", spaces) gives `undefined`;
 * "5.2", " 5 ", "５．２", "−0.3", "5.2%" (when "%" is among `units`) give the number, -0 as 0. A number
 * must be finite. Exponents, grouping commas ("5,2"), words and non-finite values are not numbers.
 */
export function parseNumber(value: unknown, units: readonly string[] = []): ParsedNumber {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { ok: true, value: value === 0 ? 0 : value } : { ok: false };
  }
  if (value === null || value === undefined) return { ok: true, value: undefined };
  if (typeof value !== 'string') return { ok: false };
  let text = fold(value).trim();
  if (text === '') return { ok: true, value: undefined };
  // A trailing unit the caller allows, the longest first, with or without a space before it.
  for (const unit of [...units].map(fold).sort((a, b) => b.length - a.length)) {
    if (unit && text.toLowerCase().endsWith(unit.toLowerCase()) && text.length > unit.length) {
      text = text.slice(0, -unit.length).trimEnd();
      break;
    }
  }
  if (!NUMBER.test(text)) return { ok: false };
  const number = Number(text);
  if (!Number.isFinite(number)) return { ok: false };
  return { ok: true, value: number === 0 ? 0 : number };
}

/** Editor-supplied text isolated for bidi inside the library's sentences. Empty text stays empty. */
export function isolate(text: string): string {
  return text ? `${FSI}${text}${PDI}` : '';
}

/**
 * An editor's value quoted in a message: at most `max` characters (then "…"), isolated for bidi. Cheap on
 * any length: only the start of the text is looked at.
 */
export function echo(value: unknown, max = ECHO_MAX): string {
  const text = typeof value === 'string' ? value : describe(value);
  const head = text.length > max * 2 ? text.slice(0, max * 2) : text;
  const chars = Array.from(head);
  return isolate(chars.length > max || head !== text ? `${chars.slice(0, max).join('')}…` : head);
}

/** A short, safe description of a value that is not text (never calls the value's own `toString`). */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return '[…]';
  switch (typeof value) {
    case 'object':
      return '{…}';
    case 'function':
      return 'function';
    case 'symbol':
      return 'symbol';
    default:
      return String(value);
  }
}

/** Whether a Lit property mirrors a text attribute: the properties `coerceText` guards. */
export function isTextProperty(options: { state?: boolean; attribute?: unknown; type?: unknown }): boolean {
  return !options.state && options.attribute !== false && (options.type === undefined || options.type === String);
}

interface PropertyOwner {
  constructor: { elementProperties?: Map<PropertyKey, { state?: boolean; attribute?: unknown; type?: unknown }> };
}

/** The attribute a property mirrors ("actualLabel" → "actual-label" when declared so), or the property's name. */
export function attributeOf(el: object, name: string): string {
  const options = (el as PropertyOwner).constructor.elementProperties?.get(name);
  return typeof options?.attribute === 'string' ? options.attribute : name.toLowerCase();
}

/**
 * Sets every text property holding a number, a boolean, undefined or null to what `coerceText` makes of it.
 * Called from `willUpdate`, where Lit takes the new values into the same update.
 */
export function normaliseTextProperties(el: object): void {
  for (const [name, options] of (el as PropertyOwner).constructor.elementProperties ?? []) {
    if (typeof name !== 'string' || !isTextProperty(options)) continue;
    const target = el as Record<string, unknown>;
    const value = target[name];
    if (typeof value !== 'string' && value !== null) {
      const coerced = coerceText(value);
      if (coerced !== value) target[name] = coerced;
    }
  }
}

/** The attribute of the first text property holding a value that is not text (an object, a function), if any. */
export function invalidProperty(el: object): string | undefined {
  for (const [name, options] of (el as PropertyOwner).constructor.elementProperties ?? []) {
    if (typeof name === 'string' && isTextProperty(options) && !isText((el as Record<string, unknown>)[name])) {
      return attributeOf(el, name);
    }
  }
  return undefined;
}

/** The converter of reflected text properties: text is written as it is; anything else removes the attribute. */
export const reflectedText = {
  fromAttribute: (value: string | null): string | null => value,
  toAttribute: (value: unknown): string | null => (typeof value === 'string' ? value : null),
};

/** Whether `name` is a property the element's users set (declared to Lit, not internal state). */
export function isPublicProperty(el: object, name: PropertyKey): boolean {
  const options = (el as PropertyOwner).constructor.elementProperties?.get(name);
  return !!options && !options.state;
}

/** What `numberInput` accepts: units after the number, and limits that name the fault ("must not be negative"). */
export interface NumberOptions {
  units?: readonly string[];
  min?: 0;
  integer?: boolean;
}

/**
 * Reads number property `name` of `el` for `resolve`: undefined when absent, the number otherwise. Text that is no
 * number, a negative number with `min: 0` or a fraction with `integer` throws an InputError (`malformed-number`)
 * whose message, in `lang`, says which.
 */
export function readNumber(el: object, name: string, lang: Lang, options: NumberOptions = {}): number | undefined {
  const raw = (el as Record<string, unknown>)[name];
  const parsed = parseNumber(raw, options.units);
  const s = t(lang);
  // A number that is out of place is named as such: "must not be negative", not "not a number".
  let message = s.errorMalformedNumber;
  if (parsed.ok) {
    const { value } = parsed;
    if (value === undefined) return value;
    if (options.min !== undefined && value < options.min) message = s.errorNegativeNumber;
    else if (options.integer && !Number.isInteger(value)) message = s.errorNotWholeNumber;
    else return value;
  }
  throw new InputError({
    code: 'malformed-number',
    message: message(`${attributeOf(el, name)}="${echo(typeof raw === 'string' ? raw : String(raw))}"`),
  });
}

/** What an element makes of its attributes: the records to show, or why it cannot. */
export type Resolution<M> = { model: M; error?: undefined } | { model?: undefined; error: SxErrorDetail };

/** A fault of the element's own (an exception while it reads its attributes or renders). */
export const internalError = (lang: Lang): SxErrorDetail => ({ code: 'internal-error', message: t(lang).errorInternal });
