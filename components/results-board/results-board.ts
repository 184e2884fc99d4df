import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { notes } from '../../data/notes.js';
import { comparableSets, results, themes } from '../../data/results-2024.js';
import type { ComparableSet, Result, ResultFigure, ResultHighlight, Theme as ReportTheme, ThemeId } from '../../data/types.js';
import { joinList, type TableModel } from '../../src/a11y/data-table.js';
import { RovingListController } from '../../src/controllers/roving-list.js';
import { echo, keyword, rendererOf, themeOf } from '../../src/chart/input.js';
import { SxFigureElement, type Resolution } from '../../src/chart/sx-figure-element.js';
import { qualifierMeaning } from '../../src/format/index.js';
import { t, type Lang } from '../../src/i18n/results.js';
import type { PictureFigure } from '../../src/chart/picture.js';
import { milestoneDetail, renderStatCard, statValueFull, themeTitle, withValidIds } from '../stat/stat.card.js';
import { statCardStyles } from '../stat/stat.card.styles.js';
import { resultsBoardStyles } from './results-board.styles.js';

/** One theme of the 2024 review as the board lays it out. */
export interface BoardTheme {
  theme: ReportTheme;
  /** The results with a number: the grid of stat cards. */
  figures: readonly ResultFigure[];
  /** The milestones without a number: the list under the cards. */
  highlights: readonly ResultHighlight[];
  /** The theme's comparable figures: one `<sx-metric-bars>` each. */
  sets: readonly ComparableSet[];
}

/** What `<sx-results-board>` shows: one theme, or all three in the report's order. */
export interface ResultsBoardModel {
  groups: readonly BoardTheme[];
  /** The theme asked for with `topic`, if any. */
  topic?: ReportTheme | undefined;
}

const topicIds = themes.map((th) => th.id);
const CARD = 'li.card';

/**
 * The 2024 report card (2024年成绩单) of the Shanxi government work report: one theme of 向新而行 · 向绿而行 ·
 * 向效而行, or all three in the report's order. Its figures as a grid of stat cards (as `<sx-stat>` draws one), its
 * milestones as a list, and its comparable figures as `<sx-metric-bars>`, under one title. One column at 320 px,
 * up to three when wide.
 *
 * The report's theme is `topic`, not `theme`: every element's `theme` is its colour scheme (light, dark, auto),
 * reflected and styled by CSS. A board given `theme="innovation"` keeps the light scheme and shows all three
 * themes (and says in the console to use `topic`), rather than a blank box.
 *
 * The cards are laid out by the shared card renderer rather than as nested `<sx-stat>` elements: the board's
 * cards are one list with one tab stop, not up to 36 tab stops with a figure, table and source line each. The
 * comparable figures are composed as `<sx-metric-bars>` tags, each with its own lazy chart.
 *
 * @summary The 2024 results of one theme, or all three: stat cards, milestones and the comparable figures as bars.
 * @summary-zh 2024年成绩：一个主题或全部三个主题的数字卡片、里程碑和可比数字的条形图。
 * @tag sx-results-board
 *
 * @attr topic - The report's theme: innovation (向新而行), green (向绿而行) or efficiency (向效而行). Without it, all three in the report's order.
 * @attr-zh topic - 报告的主题：`innovation`（向新而行）、`green`（向绿而行）或 `efficiency`（向效而行）。不设置时按报告顺序显示全部三个。
 * @attr lang - `zh` (default) or `en`; when absent, the nearest ancestor's `lang` decides.
 * @attr theme - The colour scheme, as on every element: `light` (default), `dark`, or `auto`. Not the report's theme: see `topic`.
 * @attr-zh theme - 配色，与其他元素相同：`light`（默认）、`dark` 或 `auto`。不是报告的主题：主题请用 `topic`。
 * @attr no-download - Hides the download menu (CSV, JSON, PNG, SVG, square, portrait and landscape pictures, citation); `download()` still works.
 * @attr renderer - `svg` (default) or `canvas`, for the bar charts inside.
 * @attr-zh renderer - `svg`（默认）或 `canvas`，用于其中的条形图。
 * @attr no-title - Hides the title visually; it still names the figure for screen readers.
 * @attr no-source - Hides the source line.
 * @attr eager - Starts the bar charts inside at once instead of when they near the viewport.
 * @attr-zh eager - 其中的条形图立即绘制，而不是等到接近可视区域时。
 *
 * @event sx-ready - The board's text has rendered (the bar charts inside start on their own, near the viewport).
 * @event sx-select - A reader picked a card or milestone (click, Enter or Space) or a figure in a bar chart: `detail.record` is the dataset's result record.
 * @event sx-error - An unknown topic, or a property set to an object; `detail` is `{ code, message }`.
 * @event sx-download - A reader took a download or copied the citation (or a script called `download()`): `detail` is `{ format, filename }` (`csv`, `json`, `png`, `svg`, the sized PNGs `square` 1080×1080, `portrait` 1080×1350, `landscape` 1200×675, `share` (the portrait picture), `citation`; no filename for the citation). A failure is an `sx-error` with code `download-failed`.
 *
 * @csspart figure - The figure that holds everything.
 * @csspart title - The title.
 * @csspart theme - One theme's section.
 * @csspart theme-title - A theme's heading (only when the board shows all three: with `topic`, the title names it).
 * @csspart cards - The grid of figure cards.
 * @csspart card - One card or milestone (focusable: one tab stop for all, arrow keys move).
 * @csspart value - A card's figure as the report writes it (in English the number only, "300+", when it has one); ink, the accent once picked.
 * @csspart words - In English, the card's figure in words under its number.
 * @csspart label - A card's label.
 * @csspart qualifiers - A card's qualifiers in words.
 * @csspart milestones - The list of milestones.
 * @csspart description - What a milestone's description adds to its headline (left out when it adds nothing).
 * @csspart bars - The `<sx-metric-bars>` of a comparable set, whose figures are not cards too (style it further through its own parts; its own data and download controls and source line are hidden: the board's serve it).
 * @csspart table - The data table (visually hidden until the toggle opens it).
 * @csspart toggle - The button that shows and hides the data table.
 * @csspart download - The "下载 / Download" button beside the data toggle.
 * @csspart downloads - The menu of download buttons it opens.
 * @csspart source - The source line.
 * @csspart error - The error message.
 *
 * @cssprop --sx-color-text - Text colour.
 * @cssprop --sx-color-muted - Secondary text colour (qualifiers, descriptions, source line).
 * @cssprop --sx-color-background - Background of the element.
 * @cssprop --sx-color-border - Lines and borders between cards.
 * @cssprop --sx-color-accent - The figures, the focus ring and the selected card.
 * @cssprop --sx-series-1 - The colour of the bars.
 * @cssprop --sx-stat-size - Font size of the figures (default 1.75em on the board).
 * @cssprop --sx-font-family - Font (default: the page's).
 * @cssprop --sx-font-size - Base font size (default 1rem).
 * @cssprop --sx-padding - Padding inside the element.
 * @cssprop --sx-radius - Corner radius.
 * @cssprop --sx-content-visibility - On a page of many elements, `auto` (default): far from the viewport, the browser may skip drawing the inside; `visible` opts out.
 */
export class SxResultsBoard extends SxFigureElement<ResultsBoardModel> {
  static override styles = [...SxFigureElement.styles, statCardStyles, resultsBoardStyles];
  /** The 2024 results name the dataset's notes by id. */
  protected override readonly noteTable = notes;

  /** The report's theme: `innovation`, `green` or `efficiency`; empty shows all three. */
  @property() topic: string | null = null;

  /** The id of the result the reader selected last. */
  @state() private selectedId: string | undefined;

  /** The board's one tab stop: the arrow keys walk the cards; Enter, Space and clicks select. */
  private readonly roving = new RovingListController(this, { selector: CARD, chosen: (i) => this.choose(i) });

  private hinted = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('topic')) {
      const ids = this.cardRecords().map((r) => r.id);
      this.roving.index = Math.max(0, ids.indexOf(this.selectedId ?? ''));
    }
    const scheme = keyword(this.theme);
    if (!this.hinted && topicIds.includes(scheme as ThemeId)) {
      this.hinted = true;
      console.warn(`<${this.localName}>: theme="${scheme}" is a colour scheme (light, dark, auto); the report's theme is topic="${scheme}".`);
    }
  }

  protected override resolve(lang: Lang): Resolution<ResultsBoardModel> {
    const s = t(lang);
    const id = this.textInput('topic');
    let topic: ReportTheme | undefined;
    if (id) {
      topic = themes.find((th) => th.id === keyword(id));
      if (!topic) return this.fail('unknown-topic', withValidIds(s.errorUnknownTopic(echo(id)), topicIds, lang));
    }
    const groups = (topic ? [topic] : themes).map((theme) => ({
      theme,
      figures: results.filter((r): r is ResultFigure => r.theme === theme.id && r.kind === 'figure'),
      highlights: results.filter((r): r is ResultHighlight => r.theme === theme.id && r.kind === 'highlight'),
      sets: comparableSets.filter((c) => c.theme === theme.id),
    }));
    return { model: { groups, topic } };
  }

  protected override heading(model: ResultsBoardModel, lang: Lang): string {
    const s = t(lang);
    return model.topic ? s.labelledValue(s.results2024, model.topic.title[lang]) : s.results2024;
  }

  protected override describe(model: ResultsBoardModel, lang: Lang): string {
    const s = t(lang);
    const figures = model.groups.reduce((n, g) => n + g.figures.length, 0);
    const highlights = model.groups.reduce((n, g) => n + g.highlights.length, 0);
    const titles = joinList(model.groups.map((g) => g.theme.title[lang]), lang);
    return s.resultsBoardSummary(titles, figures, highlights, model.groups.reduce((n, g) => n + g.sets.length, 0));
  }

  protected override renderBody(model: ResultsBoardModel, lang: Lang): TemplateResult {
    const s = t(lang);
    const records = this.cards(model);
    let i = 0;
    const card = (r: Result, body: TemplateResult) => {
      const index = i++;
      return html`<li
        class="card"
        part="card"
        tabindex=${this.roving.tabindex(index, records.length)}
        aria-current=${r.id === this.selectedId ? 'true' : nothing}
        data-id=${r.id}
      >
        ${body}
      </li>`;
    };
    const scheme = themeOf(this.theme);
    return html`<p id="hint" class="visually-hidden">${s.cardHint}</p>
      <div class="themes" @sx-ready=${stop} @sx-error=${stop}>
        ${model.groups.map(
          (g) => html`<section class="theme" part="theme" aria-labelledby=${model.topic ? 'title' : `theme-${g.theme.id}`}>
            ${model.topic
              ? nothing
              : html`<h3 class="theme-title" part="theme-title" id=${`theme-${g.theme.id}`}>${g.theme.title[lang]}</h3>`}
            <ul class="cards" part="cards" role="list" aria-describedby="hint">
              ${this.groupCards(g).map((r) =>
                card(r, renderStatCard(r, lang, { label: true, theme: false, source: false })),
              )}
            </ul>
            ${g.highlights.length
              ? html`<h4 class="milestones-title">${s.milestones}</h4>
                  <ul class="milestones" part="milestones" role="list" aria-describedby="hint">
                    ${g.highlights.map((r) =>
                      card(r, this.milestone(r, lang)),
                    )}
                  </ul>`
              : nothing}
            ${g.sets.map(
              (set) =>
                html`<sx-metric-bars
                  part="bars"
                  set=${set.id}
                  lang=${lang}
                  theme=${scheme}
                  renderer=${rendererOf(this.renderer)}
                  ?eager=${this.eager}
                  no-download
                  no-source
                ></sx-metric-bars>`,
            )}
          </section>`,
        )}
      </div>`;
  }

  protected override table(model: ResultsBoardModel, lang: Lang): TableModel {
    const s = t(lang);
    return {
      caption: this.heading(model, lang),
      columns: [{ label: s.item }, { label: s.value }, { label: s.qualifier }, { label: s.theme }],
      rows: model.groups.flatMap((g) =>
        [...g.figures, ...g.highlights].map((r) => ({
          header: r.label[lang],
          cells: [
            r.kind === 'figure' ? statValueFull(r, lang) : s.milestone,
            joinList(r.qualifiers.map((q) => qualifierMeaning(q, lang)), lang),
            themeTitle(r, lang),
          ],
          figure: r.kind === 'figure' ? r : null,
        })),
      ),
    };
  }

  /** The picture's figures: each card's number and label, then the milestones by name. */
  protected override pictureFigures(model: ResultsBoardModel, lang: Lang): PictureFigure[] {
    return model.groups.flatMap((g) => [
      ...g.figures.map((r) => ({ value: statValueFull(r, lang), label: r.label[lang] })),
      ...g.highlights.map((r) => {
        const detail = milestoneDetail(r, lang);
        return { value: '', label: r.label[lang], lines: detail ? [detail] : [] };
      }),
    ]);
  }

  protected override records(model: ResultsBoardModel): readonly object[] {
    return model.groups.flatMap((g) => [...g.figures, ...g.highlights]);
  }


  protected override downloadId(model: ResultsBoardModel): string {
    return model.topic?.id ?? 'all';
  }

  /**
   * The cards and milestones in the order they are laid out (and walked with the keyboard). A figure a set's bars
   * show is not a card too: each figure once per board.
   */
  private cards(model: ResultsBoardModel): Result[] {
    return model.groups.flatMap((g) => [...this.groupCards(g), ...g.highlights]);
  }

  /** A theme's figures that no bar chart of the board shows. */
  private groupCards(group: ResultsBoardModel['groups'][number]): ResultFigure[] {
    const charted = new Set(group.sets.flatMap((set) => set.members));
    return group.figures.filter((r) => !charted.has(r.id));
  }

  /** A milestone: its headline, and its description only where it adds to it. */
  private milestone(r: ResultHighlight, lang: Lang): TemplateResult {
    const detail = milestoneDetail(r, lang);
    return html`<p class="label" part="label">${r.label[lang]}</p>
      ${detail ? html`<p class="description" part="description">${detail}</p>` : nothing}`;
  }

  private cardRecords(): Result[] {
    const model = this.resolution?.model;
    return model ? this.cards(model) : [];
  }

  private choose(index: number): void {
    const record = this.cardRecords()[index];
    if (!record) return;
    this.selectedId = record.id;
    this.selectRecord(record);
  }
}

/**
 * The bar charts inside report their own readiness and errors inside themselves: they stop at the board, which
 * fires one `sx-ready` for its text and `sx-error` for its own attributes only. `sx-select` passes.
 */
function stop(event: Event): void {
  event.stopPropagation();
}
