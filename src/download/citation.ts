import { source } from '../../data/index.js';
import { t, type Lang } from '../i18n/index.js';

/**
 * The report's own sentences behind a set of dataset records, verbatim and each once: a result's `source`, a
 * target's `sources`, a project's `text`, a task area's `sourceTitle`. Derived from the records, so every
 * element's citation quotes its source without code of its own.
 */
export function sourceQuotes(records: readonly object[]): string[] {
  const quotes: string[] = [];
  for (const record of records) {
    const r = record as Record<string, unknown>;
    for (const key of ['source', 'sources', 'text', 'sourceTitle']) {
      const value = r[key];
      const found = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
      quotes.push(...(found as string[]));
    }
  }
  return [...new Set(quotes)];
}

const dates: Record<Lang, Intl.DateTimeFormat> = {
  zh: new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
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
 *     出处：《2025年山西省政府工作报告》，2025年1月17日，《山西晚报》摘要。
 */
export function citationText(words: string, quotes: readonly string[], lang: Lang): string {
  const s = t(lang);
  const colon = lang === 'zh' ? '：' : ': ';
  const lines = [words.trim()];
  for (const quote of quotes) lines.push(`${s.citationQuote}${colon}“${quote}”`);
  lines.push(s.citationSource(source.title[lang], reportDate(lang), source.publisher[lang]));
  return lines.join('\n');
}
