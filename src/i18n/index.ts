import { coreStrings } from './core.js';
import type { CoreStrings } from './strings.js';

export type { BoardStrings, CoreStrings, DownloadStrings, ProjectStrings, ReportStrings, ResultStrings, TaskStrings } from './strings.js';

/**
 * What `t` here returns: the core strings every element speaks. The package root's `Strings`, every string of
 * every part, is the one in ./strings.ts.
 */
export type Strings = CoreStrings;

/** The two languages the library speaks. */
export type Lang = 'zh' | 'en';

/** The language used when nothing on the page says otherwise: the report's own. */
export const DEFAULT_LANG: Lang = 'zh';

/**
 * What the text-first figure of every element says: the core strings (./core.ts). Each kind of element reads its
 * own words through the `t` of its module (./projects.js, ./board.js, ./tasks.js, ./results.js, ./report.js), the
 * download menu's work through ./download.js's; the package root's `t` (./all.js) returns every string.
 */
export function t(lang: Lang): Strings {
  return coreStrings(lang);
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
