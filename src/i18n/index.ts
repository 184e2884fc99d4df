import { en } from './en.js';
import type { Strings } from './strings.js';
import { zh } from './zh.js';

export type { Strings } from './strings.js';

/** The two languages the library speaks. */
export type Lang = 'zh' | 'en';

/** The language used when nothing on the page says otherwise: the report's own. */
export const DEFAULT_LANG: Lang = 'zh';

const tables: Readonly<Record<Lang, Strings>> = { zh, en };

/** The UI strings of one language. */
export function t(lang: Lang): Strings {
  return tables[lang];
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
