/**
 * One 2024 result as a newsroom card: the words and the template, pure (record and language in, text and
 * template out). `<sx-stat>` shows one card; `<sx-results-board>` lays many out under one keyboard, so both
 * render through here rather than the board nesting 52 `<sx-stat>` elements, each with its own tab stop,
 * figure, table and source line.
 */
import type { TableRow } from '../../src/a11y/data-table.js';
import { html, nothing, type TemplateResult } from 'lit';
import { themes } from '../../data/results-2024.js';
import type { Result, ResultFigure, ResultHighlight } from '../../data/types.js';
import { boundOf, formatQuantity, qualifierMeaning, qualifierWords, STANDING_APART } from '../../src/format/index.js';
import { t, type Lang } from '../../src/i18n/results.js';


/**
 * The figure as the reader sees it large. zh: exactly as the report writes it (300多家, 两倍多, 超过550亿元,
 * 近千亿元, 提前三年, 第一, 十佳, 10个自然日内). en: the same figure in English with the qualifiers written against
 * it ("more than 55 billion yuan", "3 years ahead of schedule"); those that stand apart (预计, 累计, 首次) are
 * said beside it. 两倍多 reads "more than two-fold", as the dataset's note `two-fold-growth` renders it.
 */
export function statValue(r: ResultFigure, lang: Lang): string {
  if (lang === 'zh') return r.written;
  const bound = r.qualifiers.filter((q) => !STANDING_APART.has(q));
  if (r.unit.zh === '倍') return [...new Set(bound.map((q) => qualifierWords(q, 'en')))].concat(t('en').timesWords(r.value)).join(' ');
  return formatQuantity({ value: r.value, unit: r.unit, qualifiers: bound, measure: r.measure }, 'en');
}

/** What an English big number may be: digits, a magnitude, a percent sign, and a "+" for "more than". */
const EN_NUMBER = /^[\d.,]+( (thousand|million|billion|trillion))?%?\+?$/;

/**
 * The figure large, as a newsroom sets it. zh: as the report writes it (300多家). en: the number only ("300+",
 * "200 billion", "4.1%"), since an English phrase ("more than 300 companies and teams") in the big slot breaks
 * into a column of words; the phrase goes on the line below (`statWords`). A figure with no plain number ("1st
 * place", "more than two-fold", "3 years ahead of schedule") stays a phrase.
 */
export function statBig(r: ResultFigure, lang: Lang): string {
  const phrase = statValue(r, lang);
  if (lang === 'zh') return phrase;
  const bounds = r.qualifiers.filter((q) => !STANDING_APART.has(q));
  const lower = bounds.length > 0 && bounds.every((q) => boundOf([q]) === 'lower');
  // 两倍多 is "more than two-fold", not "2+": a multiple keeps its words.
  if ((bounds.length > 0 && !lower) || r.unit.zh === '倍') return phrase;
  const unit = r.unit.zh === '%' ? r.unit : { zh: '', en: '' };
  const number = `${formatQuantity({ value: r.value, unit, qualifiers: [], measure: r.measure }, 'en').trim()}${lower ? '+' : ''}`;
  return EN_NUMBER.test(number) ? number : phrase;
}

/** The words the big number leaves out, for the line below it; undefined when it says it all (zh, "4.1%"). */
export function statWords(r: ResultFigure, lang: Lang): string | undefined {
  const big = statBig(r, lang);
  const phrase = statValue(r, lang);
  return big === phrase ? undefined : phrase;
}

/** The figure with every qualifier, as one phrase: "预计2000亿元" / "expected 200 billion yuan". */
export function statValueFull(r: ResultFigure, lang: Lang): string {
  const apart = r.qualifiers.filter((q) => STANDING_APART.has(q));
  if (apart.length === 0) return statValue(r, lang);
  const words = apart.map((q) => qualifierWords(q, lang));
  return lang === 'zh' ? `${words.join('')}${statValue(r, lang)}` : `${words.join(' ')} ${statValue(r, lang)}`;
}

/** Each qualifier in words, in the order the record gives them. */
export function qualifierLines(r: Result, lang: Lang): string[] {
  return r.qualifiers.map((q) => qualifierMeaning(q, lang));
}

/** The theme's heading: "向新而行动力澎湃" / "Going for the new: momentum surging". */
export function themeTitle(r: Result, lang: Lang): string {
  return themes.find((th) => th.id === r.theme)?.title[lang] ?? r.theme;
}

/** Characters that carry no words: punctuation, spaces, quotation marks. */
const NOT_WORDS = /[\s\p{P}\p{S}]/gu;

/**
 * What a milestone's description adds to its headline, or undefined when it adds (next to) nothing. Judged on the
 * Chinese, the report's own words: a description that begins with the headline keeps only what follows it (zh);
 * one that brings fewer than four characters the headline has not got (山西, 的) is left out, in both languages.
 */
export function milestoneDetail(r: ResultHighlight, lang: Lang): string | undefined {
  const label = r.label.zh.replace(NOT_WORDS, '');
  const description = r.description.zh.replace(NOT_WORDS, '');
  const known = new Set(label);
  if ([...description].filter((c) => !known.has(c)).length < 4) return undefined;
  if (lang === 'en') return r.description.en;
  const rest = r.description.zh.startsWith(r.label.zh) ? r.description.zh.slice(r.label.zh.length).replace(/^[，、；：,;:\s]+/u, '') : '';
  return rest || r.description.zh;
}

/** The sentence a screen reader hears: label, value and qualifiers; for a milestone its description. */
export function statSentence(r: Result, lang: Lang): string {
  const s = t(lang);
  if (r.kind === 'highlight') return r.description[lang];
  const qualifiers = qualifierLines(r, lang);
  const sentence = s.statSentence(r.label[lang], statValueFull(r, lang));
  // Chinese sentences follow each other with no space: the first ends in its full-width 。.
  return qualifiers.length ? `${sentence}${lang === 'zh' ? '' : ' '}${qualifiers.join(lang === 'zh' ? '；' : '; ')}${lang === 'zh' ? '。' : '.'}` : sentence;
}

/**
 * The rows of a record's data table: value, qualifiers, theme and the source sentence verbatim. The dataset's notes
 * on the record go to the table's "About the data" part (the element's `dataNotes`), not into a row.
 */
export function statRows(r: Result, lang: Lang, withLabel: boolean): TableRow[] {
  const s = t(lang);
  const rows: TableRow[] = [];
  if (withLabel || r.kind === 'figure') {
    rows.push({
      header: r.label[lang],
      cells: [r.kind === 'figure' ? statValueFull(r, lang) : r.description[lang]],
      figure: r.kind === 'figure' ? r : null,
    });
  }
  if (r.kind === 'highlight' && !withLabel) rows.push({ header: s.milestone, cells: [r.description[lang]], figure: null });
  for (const q of qualifierLines(r, lang)) rows.push({ header: s.qualifier, cells: [q], figure: null });
  rows.push({ header: s.theme, cells: [themeTitle(r, lang)], figure: null });
  rows.push({ header: s.sourceSentence, cells: [r.source], figure: null });
  return rows;
}

export interface CardOptions {
  /** Show the label inside the card (the board does; `<sx-stat>` has it as its title). */
  label: boolean;
  /** Show the theme above the figure. */
  theme: boolean;
  /** Show the source sentence verbatim. */
  source: boolean;
}

/** The card's content; the caller wraps it in the focusable element its keyboard model needs. */
export function renderStatCard(r: Result, lang: Lang, options: CardOptions): TemplateResult {
  const s = t(lang);
  const qualifiers = qualifierLines(r, lang);
  return html`${options.theme ? html`<p class="eyebrow" part="theme">${s.results2024} · ${themeTitle(r, lang)}</p>` : nothing}
    ${r.kind === 'figure'
      ? html`<p class=${lang === 'en' && !EN_NUMBER.test(statBig(r, lang)) ? 'value phrase' : 'value'} part="value">${statBig(r, lang)}</p>${statWords(r, lang)
          ? html`<p class="words" part="words">${statWords(r, lang)}</p>`
          : nothing}`
      : html`<p class="milestone" part="value">${s.milestone}</p>`}
    ${options.label ? html`<p class="label" part="label">${r.label[lang]}</p>` : nothing}
    ${qualifiers.length
      ? html`<ul class="qualifiers" part="qualifiers" role="list">
          ${qualifiers.map((q) => html`<li>${q}</li>`)}
        </ul>`
      : nothing}
    ${r.kind === 'highlight' ? html`<p class="description" part="description">${r.description[lang]}</p>` : nothing}
    ${options.source
      ? html`<blockquote class="quote" part="quote" lang="zh"><p>${r.source}</p></blockquote>`
      : nothing}`;
}

/** An error message followed by the ids the element takes: "未知成绩“x”。…可用的编号：a, b, c" (no space after 。). */
export function withValidIds(message: string, ids: readonly string[], lang: Lang): string {
  return `${message}${lang === 'zh' ? '' : ' '}${t(lang).validValues}${lang === 'zh' ? '：' : ': '}${ids.join(', ')}`;
}
