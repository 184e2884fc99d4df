/**
 * The text behind a set of dataset records that every element derives alike: the report's sentences its citation
 * quotes and the dataset's notes its "About the data" part shows. Imports no dataset module and no strings, so the
 * text-first figure can use it without loading the citation's code or the notes of records it does not show.
 */
import type { Note } from '../../data/types.js';
import type { Lang } from '../i18n/index.js';

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
 * (`notes: ['two-fold-growth']`), looked up in `notes`, and a note a record carries itself (a target's `note`).
 * Derived from the records, as the quotes are, so every element's "About the data" part, CSV, JSON and citation
 * carry them without code of their own. Only the 2024 results and the comparable sets name notes by id: the
 * elements that show them pass the dataset's `notes` (data/notes.js), so a page of targets or projects does not
 * load the notes' text.
 */
export function recordNotes(records: readonly object[], lang: Lang, notes: readonly Note[] = []): string[] {
  const found: string[] = [];
  for (const record of records) {
    const r = record as { notes?: unknown; note?: unknown };
    if (Array.isArray(r.notes)) {
      for (const id of r.notes) {
        const note = notes.find((n) => n.id === id);
        if (note) found.push(note[lang]);
      }
    }
    const own = r.note as Partial<Record<Lang, unknown>> | undefined;
    if (own && typeof own[lang] === 'string') found.push(own[lang]);
  }
  return [...new Set(found)];
}
