import { notes as datasetNotes, source } from '../../data/index.js';
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

/**
 * The dataset's notes on a set of records, in one language, each once: the notes a record names by id
 * (`notes: ['two-fold-growth']`) and a note a record carries itself (a target's `note`). Derived from the records,
 * as the quotes are, so every element's "About the data" part, CSV, JSON and citation carry them without code of
 * its own.
 */
export function recordNotes(records: readonly object[], lang: Lang): string[] {
  const found: string[] = [];
  for (const record of records) {
    const r = record as { notes?: unknown; note?: unknown };
    if (Array.isArray(r.notes)) {
      for (const id of r.notes) {
        const note = datasetNotes.find((n) => n.id === id);
        if (note) found.push(note[lang]);
      }
    }
    const own = r.note as Partial<Record<Lang, unknown>> | undefined;
    if (own && typeof own[lang] === 'string') found.push(own[lang]);
  }
  return [...new Set(found)];
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
