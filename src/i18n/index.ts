import { downloadStrings } from './download.js';
import { en } from './en.js';
import type { CoreStrings, DownloadStrings } from './strings.js';
import { zh } from './zh.js';

export type { BoardStrings, CoreStrings, DownloadStrings, ProjectStrings, ReportStrings, ResultStrings, TaskStrings } from './strings.js';

/**
 * What `t` here returns. Transitional: the download menu's code (src/download/) types its labels with this name;
 * once it takes its words from ./download.js, this becomes `CoreStrings`. The package root's `Strings`, every
 * string of every part, is the one in ./strings.ts.
 */
export type Strings = CoreStrings & DownloadStrings;

/** The two languages the library speaks. */
export type Lang = 'zh' | 'en';

/** The language used when nothing on the page says otherwise: the report's own. */
export const DEFAULT_LANG: Lang = 'zh';

const tables: Readonly<Record<Lang, CoreStrings>> = { zh, en };

/**
 * What the text-first figure of every element says: the core strings, with the download menu's words merged in
 * (one line below) until the menu loads on demand and takes them from ./download.js itself. Each kind of element
 * reads its own words through the `t` of its module (./projects.js, ./board.js, ./tasks.js, ./results.js,
 * ./report.js); the package root's `t` (./all.js) returns every string.
 */
export function t(lang: Lang): Strings {
  return core[lang] ??= { ...tables[lang], ...downloadStrings[lang] };
}
const core: Partial<Record<Lang, Strings>> = {};

/**
 * An accessor for the core strings with a part's merged in (a part module's `t`): each language is merged once,
 * when first asked for.
 */
export function withStrings<T extends object>(part: Readonly<Record<Lang, T>>): (lang: Lang) => Strings & T {
  const merged: Partial<Record<Lang, Strings & T>> = {};
  return (lang) => (merged[lang] ??= { ...t(lang), ...part[lang] });
}

/**
 * The supported language a BCP 47 tag names ('zh', 'zh-CN', 'zh-Hant-TW', 'en', 'en-GB', case-insensitive),
 * or `undefined` for anything else (including '' and null).
 */
export function matchLang(tag: string | null | undefined): Lang | undefined {
  const match = /^\s*(zh|en)(?:[-_]|\s*$)/i.exec(typeof tag === 'string' ? tag.normalize('NFKC') : '');
  return match ? (match[1]!.toLowerCase() as Lang) : undefined;
}

/**
 * The language an element should speak.
 *
 * 1. `explicit` (the element's own `lang` property or attribute) wins when it names zh or en.
 * 2. Otherwise the nearest `lang` attribute on the element or an ancestor decides, walking out of
 *    shadow roots to their hosts, as the HTML language rules do for the light DOM.
 * 3. A detached element falls back to `document.documentElement.lang`.
 *
 * A nearest `lang` naming another language (or `lang=""`, "unknown") gives the default, zh: the page has
 * said what this part is written in, and a language further out does not describe it.
 */
export function resolveLang(el: Element, explicit?: string | null): Lang {
  const own = matchLang(explicit);
  if (own) return own;

  // On the server (Lit's DOM shim) an element has no ancestors to ask and no `closest`.
  let node: Element | null = el;
  while (node && typeof node.closest === 'function') {
    const marked: Element | null = node.closest('[lang]');
    if (marked) return matchLang(marked.getAttribute('lang')) ?? DEFAULT_LANG;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return matchLang(globalThis.document?.documentElement.lang) ?? DEFAULT_LANG;
}
