import { source } from '../../data/source.js';
import { t } from '../i18n/download.js';
import type { Lang } from '../i18n/index.js';

// Where they were first written; the text-first figure imports them from ./record-sources.js, which loads no dataset.
export { recordNotes, sourceQuotes } from './record-sources.js';

const dates: Record<Lang, Intl.DateTimeFormat> = {
  zh: /* @__PURE__ */ new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'UTC' }),
  en: /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
};

/** The report's date as each language writes it: 2025年1月17日, 17 January 2025. */
export function reportDate(lang: Lang): string {
  return dates[lang].format(new Date(`${source.date}T00:00:00Z`));
}

/**
 * A citation to paste: the figure in words, the source sentences verbatim (in Chinese, as the report writes
 * them), and the report with its date and publisher.
 *
 *     2025年山西固定资产投资增长的预期目标：6%以上。
 *     原文：“固定资产投资增长6%以上”
 *     说明：…（the dataset's notes, when there are any)
 *     出处：《2025年山西省政府工作报告》，2025年1月17日，《山西晚报》摘要。
 */
export function citationText(words: string, quotes: readonly string[], lang: Lang, notes: readonly string[] = []): string {
  const s = t(lang);
  const colon = lang === 'zh' ? '：' : ': ';
  const lines = [words.trim()];
  for (const quote of quotes) lines.push(`${s.citationQuote}${colon}“${quote}”`);
  for (const note of notes) lines.push(`${s.note}${colon}${note}`);
  lines.push(s.citationSource(source.title[lang], reportDate(lang), source.publisher[lang]));
  return lines.join('\n');
}
