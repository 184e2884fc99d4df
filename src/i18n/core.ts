/** The core strings, and the way each part's words (./projects.ts, ./board.ts, …) merge onto them. */
import { en } from './en.js';
import type { Lang } from './index.js';
import type { CoreStrings } from './strings.js';
import { zh } from './zh.js';

const tables: Readonly<Record<Lang, CoreStrings>> = { zh, en };

/** What the text-first figure of every element says, in one language: its table, source line, errors, controls. */
export function coreStrings(lang: Lang): CoreStrings {
  return tables[lang];
}

/**
 * An accessor for the core strings with a part's merged in (a part module's `t`): each language is merged once,
 * when first asked for.
 */
export function withStrings<T extends object>(part: Readonly<Record<Lang, T>>): (lang: Lang) => CoreStrings & T {
  const merged: Partial<Record<Lang, CoreStrings & T>> = {};
  return (lang) => (merged[lang] ??= { ...tables[lang], ...part[lang] });
}
