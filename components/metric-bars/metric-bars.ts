import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { notes } from '../../data/notes.js';
import { recordNotes } from '../../src/download/record-sources.js';
import { comparableSetIds, getComparableSet, getResult, resultIds } from '../../data/results-2024.js';
import type { ComparableSet, ResultFigure } from '../../data/types.js';
import type { PictureFigure } from '../../src/chart/picture.js';
import { joinList, type TableModel } from '../../src/a11y/data-table.js';
import { RovingListController } from '../../src/controllers/roving-list.js';
import { echo, keyword } from '../../src/chart/input.js';
import type { ChartRuntime } from '../../src/chart/echarts-controller.js';
import type { Options } from './metric-bars.chart.js';
import type { EChartsCoreOption } from '../../src/chart/runtime.js';
import { SxChartElement, type ChartContext, type ChartItem, type Resolution } from '../../src/chart/sx-chart-element.js';
import { boundOf, midSentence, qualifierMeaning } from '../../src/format/index.js';
import { t, type Lang } from '../../src/i18n/results.js';
import { statBig, statValueFull, withValidIds } from '../stat/stat.card.js';
import { rowHeight } from './metric-bars.rows.js';
import { textWidth } from '../../src/chart/line-break.js';
import { metricBarsStyles } from './metric-bars.styles.js';

/** What `<sx-metric-bars>` shows: the figures it picked, untouched, and the set they come from. */
export interface MetricBarsModel {
  figures: readonly ResultFigure[];
  /** The comparable set asked for with `set`, if any. */
  set?: ComparableSet | undefined;
}

/** The longest joined title of an editor's own figures, in ems: two short names (a built-in set's title is about as long). */
const SHORT_TITLE_EMS = 30;

/** Measures a bar cannot honestly draw: a place in a ranking, or places moved up one, is not an amount. */
const NOT_AMOUNTS: ReadonlySet<string> = new Set(['ranking', 'top-n', 'ranking-change']);

/**
 * 2024 figures of one unit and one measure side by side as horizontal bars, labelled in 万/亿 words: a comparable
 * set of the dataset (the three industries' revenues, new high-tech firms and specialised SMEs, afforestation and
 * erosion control, urban and rural income growth), or any results of one unit. A value the report qualifies keeps
 * its qualifier in its label (预计2000亿元); a "more than" value is drawn as a floor with an open end, never as an
 * exact bar. Results in different units or measures are an error (`mixed-units`), never a shared axis.
 *
 * @summary 2024 figures of one unit side by side as bars: a comparable set, or results of your choice.
 * @summary-zh 同一单位的2024年数字并排成条形：一组可比数字，或自选的几项成绩。
 * @tag sx-metric-bars
 *
 * @attr set - A comparable set by id: new-enterprises, industry-revenues, afforestation-and-erosion-control, urban-rural-income-growth. Wins over `results`.
 * @attr-zh set - 一组可比数字的编号：`new-enterprises`、`industry-revenues`、`afforestation-and-erosion-control`、`urban-rural-income-growth`。与 `results` 同设时以它为准。
 * @attr results - Result ids, comma-separated, of figures in one unit and measure ("electronics-revenue,tourist-roads-investment"); each once, and no more ids than the dataset has results.
 * @attr-zh results - 成绩编号，用逗号分隔，须为同一单位、同一度量的数字（如 `electronics-revenue,tourist-roads-investment`）；每个只列一次，不超过数据集的成绩总数。
 * @attr lang - `zh` (default) or `en`; when absent, the nearest ancestor's `lang` decides.
 * @attr theme - `light` (default), `dark`, or `auto`: the `color-scheme` the page declares (a site's `.dark` class), else the reader's `prefers-color-scheme`; live.
 * @attr no-download - Hides the download menu (CSV, JSON, PNG, SVG, square, portrait and landscape pictures, citation); `download()` still works.
 * @attr renderer - `svg` (default) or `canvas`.
 * @attr no-title - Hides the title visually; it still names the figure for screen readers.
 * @attr no-source - Hides the source line.
 * @attr eager - Starts the chart at once instead of when the element nears the viewport.
 *
 * @event sx-ready - The chart has rendered.
 * @event sx-select - A reader picked a figure in the list (click, Enter or Space) or a bar in the chart: `detail.record` is the dataset's result record.
 * @event sx-error - A missing or unknown set or result, a result given twice or too many ids (`malformed-attribute`), a result that is not an amount (`wrong-kind`: a milestone, a ranking or a change in one), figures in different units (`mixed-units`), or a chart that failed to load; `detail` is `{ code, message }`.
 * @event sx-download - A reader took a download or copied the citation (or a script called `download()`): `detail` is `{ format, filename }` (`csv`, `json`, `png`, `svg`, the sized PNGs `square` 1080×1080, `portrait` 1080×1350, `landscape` 1200×675, `share` (the portrait picture), `citation`; no filename for the citation). A failure is an `sx-error` with code `download-failed`.
 *
 * @csspart figure - The figure that holds everything.
 * @csspart title - The title.
 * @csspart list - The figures as a list (one tab stop; arrow keys move).
 * @csspart item - One figure in the list (`aria-current="true"` when selected).
 * @csspart legend - What a dashed open end or a hatched bar means, when one is drawn.
 * @csspart chart - The box the bars are drawn in.
 * @csspart table - The data table (visually hidden until the toggle opens it).
 * @csspart toggle - The button that shows and hides the data table.
 * @csspart download - The "下载 / Download" button beside the data toggle.
 * @csspart downloads - The menu of download buttons it opens.
 * @csspart source - The source line.
 * @csspart error - The error message.
 *
 * @cssprop --sx-color-text - Text colour.
 * @cssprop --sx-color-muted - Secondary text colour (axis, legend, source line), and the bars.
 * @cssprop --sx-color-background - Background of the element.
 * @cssprop --sx-color-border - Lines and borders.
 * @cssprop --sx-color-accent - The focus ring, the selected figure and its bar.
 * @cssprop --sx-font-family - Font (default: the page's).
 * @cssprop --sx-font-size - Base font size (default 1rem).
 * @cssprop --sx-chart-height - Height of the chart (default: a row a bar, as tall as its name's lines at a phone's width, the bar and room for a value label of two lines).
 * @cssprop --sx-padding - Padding inside the element.
 * @cssprop --sx-radius - Corner radius.
 * @cssprop --sx-content-visibility - On a page of many elements, `auto` (default): far from the viewport, the browser may skip drawing the inside; `visible` opts out.
 */
export class SxMetricBars extends SxChartElement<MetricBarsModel, Options> {
  static override styles = [...SxChartElement.styles, metricBarsStyles];
  /** The 2024 results name the dataset's notes by id. */
  protected override readonly noteTable = notes;

  /** A comparable set's id (`industry-revenues`, …). Wins over `results`. */
  @property() set: string | null = null;

  /** Result ids, comma-separated, of figures that share one unit and measure; each once. */
  @property() results: string | null = null;

  /** The id of the figure the reader selected last. */
  @state() private selectedId: string | undefined;

  /** The list's one tab stop, its arrow keys, Enter, Space and clicks. */
  private readonly roving = new RovingListController(this, { selector: 'li.item', chosen: (i) => this.choose(i) });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const figures = this.resolution?.model?.figures ?? [];
    if (changed.has('set') || changed.has('results')) this.roving.index = Math.max(0, figures.findIndex((f) => f.id === this.selectedId));
    // The chart grows with the number of bars unless the page sets --sx-chart-height.
    // (No style on the server: shanxi-report-charts/ssr renders with the default.)
    this.style?.setProperty('--_bars', String(Math.max(1, figures.length)));
    this.style?.setProperty('--_row', `${rowHeight(figures.map((f) => f.label[this.currentLang]))}px`);
  }

  protected override resolve(lang: Lang): Resolution<MetricBarsModel> {
    const s = t(lang);
    // Through the shared input layer (src/chart/input.ts): ids compare as keywords, quoted ids are isolated.
    const setId = this.textInput('set');
    let set: ComparableSet | undefined;
    let ids: string[];
    if (setId) {
      set = getComparableSet(keyword(setId));
      if (!set) return this.fail('unknown-set', withValidIds(s.errorUnknownSet(echo(setId)), comparableSetIds, lang));
      ids = [...set.members];
    } else {
      ids = this.textInput('results').split(/[\s,，、]+/).filter(Boolean);
      if (ids.length === 0) return this.fail('missing-attribute', s.errorMissingAttribute('set / results'));
      // Each figure once, and no more of them than the dataset holds (read before any is looked up).
      if (ids.length > resultIds.length) return this.fail('malformed-attribute', s.errorTooMany('results', ids.length, resultIds.length));
    }
    const figures: ResultFigure[] = [];
    for (const id of ids) {
      const r = getResult(keyword(id));
      if (!r) return this.fail('unknown-result', withValidIds(s.errorUnknownResult(echo(id)), resultIds, lang));
      if (figures.some((f) => f.id === r.id)) return this.fail('malformed-attribute', s.errorRepeated('results', echo(id)));
      if (r.kind !== 'figure') return this.fail('wrong-kind', s.errorWrongKind(r.id, s.kindHighlight, s.kindFigure));
      if (r.measure && NOT_AMOUNTS.has(r.measure)) {
        return this.fail('wrong-kind', s.errorWrongKind(r.id, r.measure === 'ranking-change' ? s.kindRankingChange : s.kindRanking, s.kindFigure));
      }
      const first = figures[0];
      if (first && (first.unit.zh !== r.unit.zh || first.unit.en !== r.unit.en || first.measure !== r.measure)) {
        return this.fail('mixed-units', s.errorMixedUnits(`${first.id}: ${first.written}`, `${r.id}: ${r.written}`));
      }
      figures.push(r);
    }
    return { model: { figures, set } };
  }

  /**
   * A set's own title; for figures an editor picked, their names joined when they make a short title (a name
   * after the first starts in lower case in English: "Afforestation and soil-erosion control"), else what the set
   * is ("三项成绩对比（2024年）", "Three 2024 results compared"), as the built-in sets are titled: the rows carry the names.
   */
  protected override heading(model: MetricBarsModel, lang: Lang): string {
    if (model.set) return model.set.title[lang];
    const names = model.figures.map((f, i) => (i > 0 ? midSentence(f.label[lang], lang) : f.label[lang]));
    const joined = joinList(names, lang);
    return names.length === 1 || (names.length === 2 && textWidth(joined, 1) <= SHORT_TITLE_EMS) ? joined : t(lang).chosenFiguresTitle(names.length);
  }

  protected override describe(model: MetricBarsModel, lang: Lang): string {
    const s = t(lang);
    // In English each name runs on in the sentence ("2024 results: investment in …"), and the figures are set apart
    // by semicolons: a name may hold a comma of its own (", now under construction").
    const parts = model.figures.map((f) => s.labelledValue(midSentence(f.label[lang], lang), statValueFull(f, lang)));
    const list = lang === 'en' && parts.length > 2 ? `${parts.slice(0, -1).join('; ')}; and ${parts[parts.length - 1]}` : joinList(parts, lang);
    return `${s.labelledValue(s.results2024, list)}${lang === 'zh' ? '。' : '.'}`;
  }

  protected override renderBody(model: MetricBarsModel, lang: Lang): TemplateResult {
    const s = t(lang);
    const bounds = new Set(model.figures.map((f) => boundOf(f.qualifiers)));
    return html`<p id="hint" class="visually-hidden">${s.cardHint}</p>
      <ol class="list" part="list" role="list" aria-describedby="hint">
        ${model.figures.map(
          (f, i) =>
            html`<li
              class="item"
              part="item"
              tabindex=${this.roving.tabindex(i, model.figures.length)}
              aria-current=${f.id === this.selectedId ? 'true' : nothing}
              data-id=${f.id}
            >
              ${s.labelledValue(f.label[lang], '')}<span class="value">${statValueFull(f, lang)}</span>
            </li>`,
        )}
      </ol>
      ${this.renderLegend(bounds, lang)}`;
  }

  /** What the marks mean, in one short line (GRAPHICS.md §3), for the marks drawn: the open end, the hatching. */
  private renderLegend(bounds: ReadonlySet<string>, lang: Lang): TemplateResult | typeof nothing {
    const s = t(lang);
    const parts = [...(bounds.has('lower') ? [s.legendLowerBound] : []), ...(bounds.has('approximate') ? [s.legendApproximate] : [])];
    if (!parts.length) return nothing;
    const line = parts.join(lang === 'zh' ? '；' : '; ');
    return html`<p class="legend" part="legend">${line.charAt(0).toUpperCase()}${line.slice(1)}${lang === 'zh' ? '。' : '.'}</p>`;
  }

  /** The set's notes on how its sentence pairs the figures (分别 …), then the figures' own. */
  protected override dataNotes(model: MetricBarsModel, lang: Lang): readonly string[] {
    // The set's own notes first, then its figures'.
    return recordNotes(model.set ? [{ notes: model.set.notes }, ...model.figures] : model.figures, lang, this.noteTable);
  }

  protected override table(model: MetricBarsModel, lang: Lang): TableModel {
    const s = t(lang);
    return {
      caption: this.heading(model, lang),
      columns: [{ label: s.item }, { label: s.value, numeric: true }, { label: s.qualifier }],
      rows: model.figures.map((f) => ({
        header: f.label[lang],
        cells: [statValueFull(f, lang), joinList(f.qualifiers.map((q) => qualifierMeaning(q, lang)), lang)],
        figure: f,
      })),
    };
  }

  /**
   * The figures large with their names, for a fixed-size picture too small for the bars' rows (six long names in a
   * landscape): the picture draws these in the chart's place rather than rows over one another.
   */
  protected override pictureFigures(model: MetricBarsModel, lang: Lang): PictureFigure[] {
    // In English the number goes big ("200 billion") and the phrase with its qualifiers under the name (GRAPHICS §4).
    return model.figures.map((f) => {
      const [big, full] = [statBig(f, lang), statValueFull(f, lang)];
      return { value: big, label: f.label[lang], lines: big === full ? [] : [full] };
    });
  }

  protected override records(model: MetricBarsModel): readonly object[] {
    return model.figures;
  }

  protected override downloadId(model: MetricBarsModel): string {
    return model.set?.id ?? super.downloadId(model);
  }

  /**
   * The bars need exactly what `<sx-project-list>`'s chart module registers (bar, grid, aria, tooltip), so they
   * load that module. A chunk of their own would either repeat ~47 kB gzip of bar-chart code or, by the CDN
   * build's rule that code two chart chunks share goes into the shared ECharts chunk, add the bar chart to every
   * gauge's page.
   */
  protected override loadChart(): Promise<ChartRuntime<Options>> {
    return import('./metric-bars.chart.js').then((m) => m.runtime());
  }

  protected override chartOption(model: MetricBarsModel, ctx: ChartContext, { buildMetricBarsOption }: Options): EChartsCoreOption {
    const s = t(ctx.lang);
    return buildMetricBarsOption(
      {
        bars: model.figures.map((f) => {
          const valueText = statValueFull(f, ctx.lang);
          return {
            label: f.label[ctx.lang],
            value: f.value,
            valueText,
            tooltip: s.labelledValue(f.label[ctx.lang], valueText),
            bound: boundOf(f.qualifiers),
          };
        }),
        selected: this.selectedId === undefined ? undefined : model.figures.findIndex((f) => f.id === this.selectedId),
      },
      ctx,
    );
  }

  protected override chartRecord(item: ChartItem, model: MetricBarsModel): unknown {
    return model.figures[item.dataIndex];
  }

  /** A figure picked in the list or in the chart is the selected one: its item is marked, its bar is the accent. */
  protected override selectRecord(record: unknown): void {
    const figure = this.resolution?.model?.figures.find((f) => f === record);
    if (figure) this.selectedId = figure.id;
    super.selectRecord(record);
  }

  private choose(index: number): void {
    const figure = this.resolution?.model?.figures[index];
    if (figure) this.selectRecord(figure);
  }
}
