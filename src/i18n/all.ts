/** Every string, of the core and of every part, in one table per language: what `t` from the package root returns. */
import { boardStrings } from './board.js';
import { downloadStrings } from './download.js';
import { t as core, type Lang } from './index.js';
import { projectStrings } from './projects.js';
import { reportStrings } from './report.js';
import { resultStrings } from './results.js';
import type { Strings } from './strings.js';
import { taskStrings } from './tasks.js';

export type { Lang } from './index.js';

export type { Strings } from './strings.js';

const tables: Partial<Record<Lang, Strings>> = {};

/** The UI strings of one language, all of them. */
export function t(lang: Lang): Strings {
  return (tables[lang] ??= {
    ...core(lang),
    ...downloadStrings[lang],
    ...projectStrings[lang],
    ...boardStrings[lang],
    ...taskStrings[lang],
    ...reportStrings[lang],
    ...resultStrings[lang],
  });
}
