import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getResult } from '../../data/results-2024.js';
import { getTarget, targetIds, targets } from '../../data/targets.js';
import type { ResultFigure, Target, TargetId } from '../../data/types.js';
import { joinList, type TableModel } from '../../src/a11y/data-table.js';
import { RovingListController } from '../../src/controllers/roving-list.js';
import type { ChartRuntime } from '../../src/chart/echarts-controller.js';
import type { Options } from './target-board.chart.js';
import type { EChartsCoreOption } from '../../src/chart/runtime.js';
import { SxChartElement, type ChartContext, type ChartItem, type Resolution } from '../../src/chart/sx-chart-element.js';
import { formatQuantity, formatTargetValue, targetFigure } from '../../src/format/index.js';
import type { PictureFigure } from '../../src/chart/picture.js';
import { verdictFor, verdictTone, verdictWords, type Verdict } from '../../src/format/verdict.js';
import { t, type Lang } from '../../src/i18n/board.js';
import { echo, isolate, keyword, parseNumber } from '../../src/chart/input.js';
import { targetBoardStyles } from './target-board.styles.js';
import { rovingItemStyles, verdictStyles } from '../../src/chart/parts.styles.js';

/** One target on the board, with the outcome the page gave for it and the 2024 figures that give it context. */
export interface BoardRow {
  target: Target;
  actual?: number | undefined;
  verdict?: Verdict | undefined;
  /** 2024 results for the same measure, from the report's review (urban and rural income, both 预计). */
  context: readonly ResultFigure[];
}

/** What `<sx-target-board>` shows: the nine targets in the report's order, split by how each is drawn. */
export interface TargetBoardModel {
  rows: readonly BoardRow[];
  /** The percentage targets: the bullet chart's rows. */
  charted: readonly BoardRow[];
  /** Targets with a number in another unit (the jobs target, 45万人): a count beside the chart. */
  counts: readonly BoardRow[];
  /** Targets without a number (positive trade growth, income in step with the economy, the binding indicators). */
  statements: readonly BoardRow[];
  actualLabel: string;
}

/**
 * Where the report's 2024 review gives an outcome for the same measure as a 2025 target. The review's income
 * sentence (城乡居民收入预计分别增长4.1%、6%) speaks of the income the 2025 target wants in step with the economy.
 */
const CONTEXT: Partial<Record<TargetId, readonly string[]>> = {
  'resident-income': ['urban-income-growth', 'rural-income-growth'],
};

/** The parts of an `actuals` list: "gdp-growth:5.2, cpi:0.2" (a comma, full-width comma, 、 or ; between them). */
const SEPARATOR = /[,，、;；]/;

/**
 * The nine main targets of the 2025 Shanxi government work report in one figure: the percentage targets on one
 * shared axis as a bullet chart (a tick at the target; "at least" as an open-ended zone, "about" as a band), the
 * jobs target (45万人) as a count beside it, and the three statement targets as labelled rows. The retail-sales
 * target, listed twice in the report, is one row (the dataset's note on it is in the data table's "About the data"); the 2024 income figures stand beside
 * the income target as context. `actuals` compares outcomes with any targets, with the verdict
 * `<sx-target-gauge>` computes.
 *
 * @summary The nine 2025 main targets in one figure: a bullet chart, a count and the statement targets.
 * @summary-zh 2025年九项主要预期目标合成一张图：子弹图、目标计数和陈述类目标。
 * @tag sx-target-board
 *
 * @attr actuals - Outcomes to show against targets, as `id:number` pairs separated by commas, e.g. `gdp-growth:5.2, cpi:0.2` (in each target's unit; a trailing % is allowed). Ids: gdp-growth, fixed-asset-investment, retail-sales, foreign-trade, resident-income, urban-jobs, urban-unemployment, cpi, binding-indicators.
 * @attr-zh actuals - 与目标对照的实际结果，写成 `编号:数字`，用逗号分隔，如 `gdp-growth:5.2, cpi:0.2`（按各目标的单位，可带 %）。编号：`gdp-growth`、`fixed-asset-investment`、`retail-sales`、`foreign-trade`、`resident-income`、`urban-jobs`、`urban-unemployment`、`cpi`、`binding-indicators`。
 * @attr actual-label - Where the outcomes come from, shown with them ("国家统计局, 2026-01").
 * @attr-zh actual-label - 实际结果的出处，与结果一同显示（如“国家统计局, 2026-01”）。
 * @attr lang - `zh` (default) or `en`; when absent, the nearest ancestor's `lang` decides.
 * @attr theme - `light` (default), `dark`, or `auto`: the `color-scheme` the page declares (a site's `.dark` class), else the reader's `prefers-color-scheme`; live.
 * @attr no-download - Hides the download menu (CSV, JSON, PNG, SVG, square, portrait and landscape pictures, citation); `download()` still works.
 * @attr renderer - `svg` (default) or `canvas`.
 * @attr no-title - Hides the title visually; it still names the figure for screen readers.
 * @attr no-source - Hides the source line.
 * @attr eager - Starts the chart at once instead of when the element nears the viewport.
 *
 * @event sx-ready - The chart has rendered.
 * @event sx-select - A reader picked a target in the list (click, Enter or Space) or in the chart: `detail.record` is the dataset's target record.
 * @event sx-error - A malformed `actuals` list (`malformed-attribute`, quoting the bad part), an unknown indicator in it, or a chart that failed to load; `detail` is `{ code, message }`.
 * @event sx-download - A reader took a download or copied the citation (or a script called `download()`): `detail` is `{ format, filename }` (`csv`, `json`, `png`, `svg`, the sized PNGs `square` 1080×1080, `portrait` 1080×1350, `landscape` 1200×675, `share` (the portrait picture), `citation`; no filename for the citation). A failure is an `sx-error` with code `download-failed`.
 *
 * @csspart figure - The figure that holds everything.
 * @csspart title - The title.
 * @csspart chart - The box the bullet chart is drawn in.
 * @csspart count - The count beside the chart (the jobs target).
 * @csspart key - The line that says how to read the chart.
 * @csspart list - The list of the nine targets.
 * @csspart item - One target in the list (focusable; `aria-current="true"` when selected).
 * @csspart table - The data table (visually hidden until the toggle opens it).
 * @csspart toggle - The button that shows and hides the data table.
 * @csspart download - The "下载 / Download" button beside the data toggle.
 * @csspart downloads - The menu of download buttons it opens.
 * @csspart source - The source line.
 * @csspart error - The error message.
 *
 * @cssprop --sx-color-text - Text colour, and the target ticks.
 * @cssprop --sx-color-muted - Secondary text colour (labels, key, source line).
 * @cssprop --sx-color-background - Background of the element.
 * @cssprop --sx-color-border - Lines and borders.
 * @cssprop --sx-color-accent - Figures, the focus ring and the selected target.
 * @cssprop --sx-color-accent-soft - The "at least" zones and "about" bands.
 * @cssprop --sx-color-track - The rows' tracks.
 * @cssprop --sx-color-positive - An outcome that met its target.
 * @cssprop --sx-color-negative - An outcome that did not.
 * @cssprop --sx-series-2 - An outcome the report's wording cannot judge alone ("about" without a range).
 * @cssprop --sx-font-family - Font (default: the page's).
 * @cssprop --sx-font-size - Base font size (default 1rem).
 * @cssprop --sx-chart-height - Height of the bullet chart (default 280px).
 * @cssprop --sx-padding - Padding inside the element.
 * @cssprop --sx-radius - Corner radius.
 * @cssprop --sx-content-visibility - On a page of many elements, `auto` (default): far from the viewport, the browser may skip drawing the inside; `visible` opts out.
 */
export class SxTargetBoard extends SxChartElement<TargetBoardModel, Options> {
  static override styles = [...SxChartElement.styles, rovingItemStyles, verdictStyles, targetBoardStyles];

  /** Outcomes by target id, as text: `gdp-growth:5.2, cpi:0.2`. */
  @property() actuals: string | null = null;

  /** Where the outcomes come from. */
  @property({ attribute: 'actual-label' }) actualLabel = '';

  /** The id of the target the reader selected last. */
  @state() private selectedId: string | undefined;

  /** The list's one tab stop, its arrow keys, Enter, Space and clicks. */
  private readonly roving = new RovingListController(this, { selector: 'li.item', chosen: (i) => this.choose(i) });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const rows = this.resolution?.model?.rows ?? [];
    this.roving.index = Math.max(0, Math.min(this.roving.index, rows.length - 1));
  }

  protected override resolve(lang: Lang): Resolution<TargetBoardModel> {
    const s = t(lang);
    const actuals = new Map<string, number>();
    for (const raw of this.textInput('actuals').split(SEPARATOR)) {
      const part = raw.trim();
      if (!part) continue;
      const match = /^([^:：]+)[:：](.*)$/.exec(part);
      const id = keyword(match?.[1]);
      const target = getTarget(id);
      // The number as the shared input layer reads it: full-width digits, any minus, the target's unit after it.
      const units = target?.unit ? [target.unit.zh, target.unit.en] : ['%'];
      const number = parseNumber(match?.[2], units);
      if (!match || !id || !number.ok || number.value === undefined || actuals.has(id)) {
        return this.fail('malformed-attribute', s.errorMalformedAttribute('actuals', echo(part), s.actualsFormat));
      }
      if (!target) return this.fail('unknown-indicator', s.errorUnknownIndicator(echo(match[1]!.trim())) + s.validList(targetIds.join(', ')));
      actuals.set(id, number.value);
    }
    const rows = targets.map((target): BoardRow => {
      const actual = actuals.get(target.id);
      return {
        target,
        actual,
        verdict: actual === undefined ? undefined : verdictFor(target, actual),
        context: (CONTEXT[target.id] ?? []).map((id) => getResult(id)).filter((r): r is ResultFigure => r?.kind === 'figure'),
      };
    });
    return {
      model: {
        rows,
        charted: rows.filter((r) => r.target.value !== undefined && r.target.unit?.en === '%'),
        counts: rows.filter((r) => r.target.value !== undefined && r.target.unit?.en !== '%'),
        statements: rows.filter((r) => r.target.value === undefined),
        actualLabel: this.textInput('actualLabel'),
      },
    };
  }

  protected override hasChart(model: TargetBoardModel): boolean {
    return model.charted.length > 0;
  }

  protected override heading(_model: TargetBoardModel, lang: Lang): string {
    return t(lang).boardTitle;
  }

  protected override describe(model: TargetBoardModel, lang: Lang): string {
    const s = t(lang);
    const named = (rows: readonly BoardRow[]) =>
      joinList(
        rows.map((r) => s.labelledValue(r.target.label[lang], formatTargetValue(r.target, lang))),
        lang,
      );
    return s.boardSummary(model.rows.length, model.charted.length, named(model.counts), named(model.statements));
  }

  protected override renderBody(model: TargetBoardModel, lang: Lang): TemplateResult {
    const s = t(lang);
    return html`${model.counts.map(
        (r) => html`<p class="count" part="count" aria-hidden="true">
          <span class="count-figure">${formatTargetValue(r.target, lang)}</span>
          <span class="count-label">${r.target.label[lang]}</span>
        </p>`,
      )}
      <p class="key" part="key" aria-hidden="true">${this.key(model, lang)}</p>
      <p id="hint" class="visually-hidden">${s.boardHint}</p>
      <ol class="list" part="list" role="list" aria-describedby="hint">
        ${model.rows.map((r, i) => this.renderRow(r, this.roving.tabindex(i, model.rows.length), model, lang))}
      </ol>`;
  }

  protected override table(model: TargetBoardModel, lang: Lang): TableModel {
    const s = t(lang);
    const withActuals = model.rows.some((r) => r.actual !== undefined);
    const columns = [{ label: s.item }, { label: s.target, numeric: true }];
    if (withActuals) columns.push({ label: s.actual, numeric: true }, { label: s.verdict, numeric: false });
    columns.push({ label: s.context2024Header, numeric: false });
    return {
      caption: s.boardTitle,
      columns,
      rows: model.rows.map((r) => {
        const cells = [formatTargetValue(r.target, lang)];
        if (withActuals) {
          cells.push(
            r.actual === undefined ? '' : this.formatActual(r, lang),
            r.actual === undefined ? '' : verdictWords(r.target, r.actual, r.verdict, lang),
          );
        }
        cells.push(this.contextText(r, lang));
        return { header: r.target.label[lang], cells, figure: targetFigure(r.target) };
      }),
    };
  }

  /**
   * The dataset's notes on the targets (the retail-sales record kept once), then how the chart draws "about": for
   * data people, so in the table's "About the data", the CSV, JSON and citation, never in the key or a picture.
   */
  protected override dataNotes(model: TargetBoardModel, lang: Lang): readonly string[] {
    const about = model.charted.some((r) => r.target.comparator === 'about');
    return [...super.dataNotes(model, lang), ...(about ? [t(lang).boardBandNote] : [])];
  }

  /**
   * The charted targets as figures, for a fixed-size picture too small for the chart's rows (the English landscape:
   * its names would run over one another): the picture draws these large in the chart's place instead.
   */
  protected override pictureFigures(model: TargetBoardModel, lang: Lang): PictureFigure[] {
    return model.charted.map((r) => ({ value: formatTargetValue(r.target, lang), label: r.target.label[lang] }));
  }

  protected override records(model: TargetBoardModel): readonly object[] {
    return model.rows.map((r) => r.target);
  }

  protected override loadChart(): Promise<ChartRuntime<Options>> {
    return import('./target-board.chart.js').then((m) => m.runtime());
  }

  protected override chartOption(model: TargetBoardModel, ctx: ChartContext, { buildBulletOption }: Options): EChartsCoreOption {
    const s = t(ctx.lang);
    return buildBulletOption(
      model.charted.map((r) => {
        const label = r.target.label[ctx.lang];
        const valueText = formatTargetValue(r.target, ctx.lang);
        const outcome =
          r.actual === undefined
            ? ''
            : `\n${s.outcomeLine(this.formatActual(r, ctx.lang), isolate(model.actualLabel))}${ctx.lang === 'zh' ? '，' : ': '}${verdictWords(r.target, r.actual, r.verdict, ctx.lang)}`;
        return {
          label,
          valueText,
          value: r.target.value!,
          comparator: r.target.comparator,
          actual: r.actual,
          tone: r.actual === undefined ? undefined : verdictTone(r.verdict),
          tooltip: `${s.labelledValue(label, valueText)}${outcome}`,
        };
      }),
      ctx,
    );
  }

  protected override chartRecord(item: ChartItem, model: TargetBoardModel): unknown {
    return model.charted[item.dataIndex]?.target;
  }

  /** How to read the chart, in one short line: the dot only when outcomes are drawn. */
  private key(model: TargetBoardModel, lang: Lang): string {
    const s = t(lang);
    const outcomes = model.charted.some((r) => r.actual !== undefined);
    return `${s.boardKey}${outcomes ? `${lang === 'zh' ? '；' : '; '}${s.boardKeyOutcome}` : ''}${lang === 'zh' ? '。' : '.'}`;
  }

  private formatActual(row: BoardRow, lang: Lang): string {
    return formatQuantity({ value: row.actual!, unit: row.target.unit }, lang);
  }

  private contextText(row: BoardRow, lang: Lang): string {
    const s = t(lang);
    return joinList(
      row.context.map((r) => s.labelledValue(r.label[lang], formatQuantity(r, lang))),
      lang,
    );
  }

  private choose(index: number): void {
    const row = this.resolution?.model?.rows[index];
    if (!row) return;
    this.selectedId = row.target.id;
    this.selectRecord(row.target);
  }

  private renderRow(r: BoardRow, tabindex: '0' | '-1', model: TargetBoardModel, lang: Lang): TemplateResult {
    const s = t(lang);
    const { target } = r;
    const statement = target.value === undefined;
    const context = this.contextText(r, lang);
    return html`<li
      class="item"
      part="item"
      tabindex=${tabindex}
      aria-current=${target.id === this.selectedId ? 'true' : nothing}
      data-id=${target.id}
    >
      <span class="label">${target.label[lang]}</span>
      <span class=${statement ? 'value statement' : 'value'}>${formatTargetValue(target, lang)}</span>
      ${r.actual === undefined
        ? nothing
        : html`<span class="outcome">
            ${s.outcomeLine(this.formatActual(r, lang), isolate(model.actualLabel))}
            <span class="verdict" data-tone=${verdictTone(r.verdict)}>${verdictWords(target, r.actual, r.verdict, lang)}</span>
          </span>`}
      ${context ? html`<span class="context">${s.context2024(context)}</span>` : nothing}
    </li>`;
  }
}
