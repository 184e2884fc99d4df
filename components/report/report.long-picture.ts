/**
 * The long image (一图读懂, 长图) of `<sx-report>`: the whole report as one picture 1080 px wide, section after
 * section, for WeChat articles, Weibo and print. This module lays it out: pure string and number work with no
 * DOM, so that the browser's download and the command line (`shanxi-report-charts image sx-report`) make the
 * same picture. ./report.long-render.ts draws the charts into the boxes laid out here and writes the SVG.
 *
 * Laid out for a picture, not a screen: big numbers, short lines, one margin for everything (60 px), no text
 * under 24 px. The charts are the elements' own (their option builders, drawn by ECharts' SVG renderer at
 * `CHART_WIDTH` and scaled by `CHART_SCALE`, so that their 11 px ticks come out at 26 px).
 *
 * Words are wrapped without a font to measure with, with picture.ts's generous character widths, and broken as
 * Chinese text is broken: no opening bracket or quotation mark at a line's end, no closing punctuation at a
 * line's start.
 */
import type * as Data from '../../data/index.js';
import type { Comparator, ResultFigure, ResultHighlight } from '../../data/types.js';
import { breakLines, textWidth, type PictureLine } from '../../src/chart/picture.js';
import type { reportDate } from '../../src/download/citation.js';
import type { formatQuantity, formatTargetValue } from '../../src/format/index.js';
import type { Lang, t } from '../../src/i18n/all.js';
import type { rowHeight as metricBarsRow } from '../metric-bars/metric-bars.rows.js';
import type { milestoneDetail, qualifierLines, statValue } from '../stat/stat.card.js';

/**
 * What the layout reads: the dataset and the words the elements write (./report.long-sources.ts has them). Handed
 * in rather than imported, so that the browser loads this module (with the drawing) only when a reader asks for
 * the long image, without splitting the page's first script (which has them all already) into shared chunks.
 */
export interface LongSources {
  data: Pick<typeof Data, 'comparableSets' | 'projects' | 'results' | 'source' | 'targets' | 'taskAreas' | 'themes'>;
  t: typeof t;
  reportDate: typeof reportDate;
  formatQuantity: typeof formatQuantity;
  formatTargetValue: typeof formatTargetValue;
  qualifierLines: typeof qualifierLines;
  statValue: typeof statValue;
  /** What a milestone's description adds to its headline, or nothing (one voice: no headline said twice). */
  milestoneDetail: typeof milestoneDetail;
  /** The chart height an element's styles give it (`--sx-chart-height`'s default), in its own pixels, if fixed. */
  chartHeight(tag: string): number | undefined;
  /** The height of one row of `<sx-metric-bars>` with these names (metric-bars.option.ts). */
  metricBarsRow: typeof metricBarsRow;
}

/** The report's sections, in the report's order (as `sections` names them). */
export type LongSection = 'results' | 'targets' | 'tasks' | 'projects';

/** The picture's width: what WeChat, Weibo and print editors expect of a long image. */
export const LONG_WIDTH = 1080;
/** One margin for everything: the words, the charts, the footer. */
export const LONG_MARGIN = 60;
/** The smallest text in the picture (the guide's minimum at 1080 px is 24). */
export const LONG_MIN_TEXT = 24;
/** Charts are drawn at this width, in the elements' own pixels, and scaled up by CHART_SCALE to the text's width. */
export const CHART_SCALE = 2.4;
export const CHART_WIDTH = (LONG_WIDTH - 2 * LONG_MARGIN) / CHART_SCALE;

/** The colours and font of the picture (a `Palette` has them all). */
export interface LongColors {
  text: string;
  muted: string;
  background: string;
  border: string;
  accent: string;
  fontFamily: string;
}

/** One line of text, placed (`y` is the baseline); `anchor` middle centres it on `x`. */
export interface LongLine extends PictureLine {
  anchor?: 'middle';
}

export interface LongRect {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  /** Corner radius. */
  r?: number;
}

/**
 * A chart of one of the report's elements: the tag and the properties that pick what it shows, drawn at
 * `drawWidth` × `drawHeight` (the element's own pixels) into the box at (x, y), `CHART_SCALE` times larger.
 */
export interface LongChart {
  tag: string;
  props: Record<string, string>;
  x: number;
  y: number;
  width: number;
  height: number;
  drawWidth: number;
  drawHeight: number;
}

export interface LongLayout {
  width: number;
  height: number;
  margin: number;
  lang: Lang;
  background: string;
  fontFamily: string;
  lines: LongLine[];
  rects: LongRect[];
  charts: LongChart[];
}

/** Words the long image adds to the elements' own. */
const WORDS = {
  zh: {
    published: (publisher: string, date: string) => `发布：${publisher}\u3000日期：${date}`,
    qualifierJoin: '；',
  },
  en: {
    published: (publisher: string, date: string) => `Published by ${publisher}, ${date}`,
    qualifierJoin: '; ',
  },
} as const;

const SIZE = {
  title: 60,
  meta: 26,
  section: 46,
  theme: 36,
  number: 52,
  label: 26,
  small: 24,
  caption: 28,
  item: 30,
} as const;
const LEADING = 1.35;
/** Targets that state no number (力争保持正增长, 与经济增长同步, 完成约束性指标). */
const STATEMENTS: ReadonlySet<Comparator> = new Set(['positive', 'in-step', 'binding']);
const COLUMN_GAP = 40;
const BADGE = 48;

/** Bold text is measured 6 % wider: the estimate is for regular weight. */
const BOLD = 1.06;

/** The long image's layout for these sections, in this language and these colours. */
export function longPictureLayout(sections: readonly LongSection[], lang: Lang, colors: LongColors, sources: LongSources): LongLayout {
  const { t, reportDate, formatQuantity, formatTargetValue, qualifierLines, statValue } = sources;
  const { comparableSets, projects, results, source, targets, taskAreas, themes } = sources.data;
  const s = t(lang);
  const words = WORDS[lang];
  const W = LONG_WIDTH;
  const M = LONG_MARGIN;
  const inner = W - 2 * M;
  const lines: LongLine[] = [];
  const rects: LongRect[] = [];
  const charts: LongChart[] = [];
  let y = M;

  /** Wrapped text at (x, y) in a column of `width`; returns the height used. Does not move `y`. */
  const textAt = (text: string, x: number, top: number, width: number, size: number, weight: 400 | 700, color: string): number => {
    let h = 0;
    const measure = weight === 700 ? (t: string, px: number) => textWidth(t, px) * BOLD : textWidth;
    for (const line of breakLines(text, width, size, measure)) {
      h += size * LEADING;
      // The baseline sits a little above the line box's bottom, as a browser places it.
      lines.push({ text: line, x, y: round(top + h - size * (LEADING - 1) / 2 - size * 0.18), size, weight, color });
    }
    return h;
  };
  const block = (text: string, size: number, weight: 400 | 700, color: string, gapAfter: number, x = M, width = inner) => {
    y += textAt(text, x, y, width, size, weight, color) + gapAfter;
  };
  const rule = () => {
    rects.push({ x: M, y: round(y), width: inner, height: 2, fill: colors.border });
    y += 2;
  };
  const sectionTitle = (title: string) => {
    y += 56;
    rects.push({ x: M, y, width: 72, height: 8, fill: colors.accent });
    y += 8 + 16;
    block(title, SIZE.section, 700, colors.text, 28);
  };
  const chart = (tag: string, props: Record<string, string>, drawHeight: number, caption?: string) => {
    if (caption) block(caption, SIZE.caption, 700, colors.text, 8);
    const height = round(drawHeight * CHART_SCALE);
    charts.push({ tag, props, x: M, y: round(y), width: inner, height, drawWidth: round(CHART_WIDTH), drawHeight });
    y += height + 24;
  };
  /**
   * Cards two to a row: each a big figure, a label and its qualifiers; a row is as tall as its taller card. A
   * card with no number (`words`: a target that is a statement) says it in bold at the title's size: a phrase is
   * never forced into a big-number slot.
   */
  const cards = (items: readonly { value: string; label: string; notes: string; words?: boolean }[], left = M, width = inner) => {
    const col = (width - COLUMN_GAP) / 2;
    for (let i = 0; i < items.length; i += 2) {
      let h = 0;
      items.slice(i, i + 2).forEach((item, j) => {
        const x = left + j * (col + COLUMN_GAP);
        let used = textAt(item.value, x, y, col, item.words ? SIZE.item : SIZE.number, 700, colors.text);
        used += 4 + textAt(item.label, x, y + used + 4, col, SIZE.label, 400, colors.text);
        if (item.notes) used += 4 + textAt(item.notes, x, y + used + 4, col, SIZE.small, 400, colors.muted);
        h = Math.max(h, used);
      });
      y += h + 32;
    }
  };
  /** A numbered mark (area, project) beside its text. */
  const badge = (n: number) => {
    rects.push({ x: M, y: round(y + 2), width: BADGE, height: BADGE, fill: colors.accent, r: BADGE / 2 });
    lines.push({ text: String(n), x: M + BADGE / 2, y: round(y + 2 + BADGE / 2 + 9), size: 26, weight: 700, color: colors.background, anchor: 'middle' });
  };

  // The header: the report's title, when and where it was delivered. (The newspaper summary's own headline is
  // its words, not the report's: it is cited in the source line's publication, not set as a second title.)
  block(source.title[lang], SIZE.title, 700, colors.text, 12);
  block(s.reportDelivered(reportDate(lang), source.speaker[lang], source.meeting[lang]), SIZE.meta, 400, colors.muted, 24);
  rule();

  for (const section of sections) {
    if (section === 'results') {
      sectionTitle(s.sectionResults);
      for (const theme of themes) {
        block(theme.title[lang], SIZE.theme, 700, colors.accent, 24);
        const mine = results.filter((r) => r.theme === theme.id);
        cards(
          mine
            .filter((r): r is ResultFigure => r.kind === 'figure')
            .map((r) => ({ value: statValue(r, lang), label: r.label[lang], notes: qualifierLines(r, lang).join(words.qualifierJoin) })),
        );
        const highlights = mine.filter((r): r is ResultHighlight => r.kind === 'highlight');
        if (highlights.length) {
          block(s.milestones, SIZE.caption, 700, colors.muted, 12);
          for (const r of highlights) {
            block(r.label[lang], SIZE.label, 700, colors.text, 4);
            const detail = sources.milestoneDetail(r, lang);
            if (detail) block(detail, SIZE.small, 400, colors.text, 24);
            else y += 20;
          }
        }
        for (const set of comparableSets.filter((c) => c.theme === theme.id)) {
          // The element's own height (metric-bars.styles.ts: a row a bar and a 24 px margin, no ticks), with its
          // names broken at the width the picture draws it, not a phone's: no empty band above and below the rows.
          const labels = results.filter((r) => set.members.includes(r.id)).map((r) => r.label[lang]);
          chart('sx-metric-bars', { set: set.id }, set.members.length * sources.metricBarsRow(labels, CHART_WIDTH) + 24, set.title[lang]);
        }
        y += 16;
      }
    } else if (section === 'targets') {
      sectionTitle(s.sectionTargets);
      chart('sx-target-board', {}, sources.chartHeight('sx-target-board') ?? 280);
      cards(
        targets.map((target) => ({
          value: formatTargetValue(target, lang),
          label: target.label[lang],
          notes: '',
          words: target.value === undefined || STATEMENTS.has(target.comparator),
        })),
      );
    } else if (section === 'tasks') {
      sectionTitle(s.sectionTasks);
      for (const area of taskAreas) {
        badge(area.number);
        const x = M + BADGE + 20;
        const width = inner - BADGE - 20;
        y += Math.max(BADGE + 8, textAt(area.title[lang], x, y, width, SIZE.item, 700, colors.text)) + 8;
        for (const group of area.groups) {
          if (group.heading) block(group.heading[lang], SIZE.label, 700, colors.muted, 4, x, width);
          for (const item of group.items) {
            rects.push({ x, y: round(y + SIZE.label * 0.55), width: 10, height: 10, fill: colors.accent, r: 5 });
            block(item[lang], SIZE.label, 400, colors.text, 6, x + 24, width - 24);
          }
        }
        y += 28;
      }
    } else {
      sectionTitle(s.sectionProjects);
      chart('sx-project-list', {}, sources.chartHeight('sx-project-list') ?? 300);
      for (const project of projects) {
        badge(project.number);
        const x = M + BADGE + 20;
        const width = inner - BADGE - 20;
        y += Math.max(BADGE + 8, textAt(project.title[lang], x, y, width, SIZE.item, 700, colors.text) + 4);
        block(lang === 'zh' ? project.text : project.textEn, SIZE.small, 400, colors.muted, 20, x, width);
        cards(project.quantities.map((q) => ({ value: formatQuantity(q, lang), label: q.label[lang], notes: '' })), x, width);
        y += 8;
      }
    }
  }

  // The footer: the source, the publisher and the date.
  y += 24;
  rule();
  y += 24;
  block(s.sourceLine, SIZE.small, 400, colors.muted, 4);
  block(words.published(source.publisher[lang], reportDate(lang)), SIZE.small, 400, colors.muted, 0);
  const height = Math.ceil(y + M);
  return { width: W, height, margin: M, lang, background: colors.background, fontFamily: colors.fontFamily, lines, rects, charts };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
