import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { getTarget, targetIds } from '../../data/targets.js';
import type { Target } from '../../data/types.js';
import type { TableModel } from '../../src/a11y/data-table.js';
import type { ChartRuntime } from '../../src/chart/echarts-controller.js';
import type { Options } from './target-gauge.chart.js';
import type { EChartsCoreOption } from '../../src/chart/runtime.js';
import { echo, isolate, keyword } from '../../src/chart/input.js';
import { SxChartElement, type ChartContext, type Resolution } from '../../src/chart/sx-chart-element.js';
import { formatQuantity, formatTargetValue, midSentence, targetFigure } from '../../src/format/index.js';
import { verdictFor, verdictTone, verdictWords, type Verdict } from '../../src/format/verdict.js';
import { t, type Lang } from '../../src/i18n/index.js';
import { targetGaugeStyles } from './target-gauge.styles.js';
import { verdictStyles } from '../../src/chart/parts.styles.js';

interface GaugeModel {
  target: Target;
  actual?: number;
  tolerance?: number;
  actualLabel: string;
  verdict?: Verdict;
}

/**
 * One 2025 target of the Shanxi government work report: numeric targets as a gauge whose marker and words
 * say the comparator ("at least 6%", "about 5.5%"), statement targets (positive trade growth, income in step
 * with the economy, the binding indicators) as a labelled statement with no gauge. An outcome can be shown
 * against the target with a verdict computed from the comparator.
 *
 * @summary A 2025 target from the Shanxi government work report, as a gauge or a statement.
 * @summary-zh 山西省2025年政府工作报告中的一项预期目标，画成仪表或写成一句陈述。
 * @tag sx-target-gauge
 *
 * @attr indicator - The target's id in the dataset: gdp-growth, fixed-asset-investment, retail-sales, foreign-trade, resident-income, urban-jobs, urban-unemployment, cpi, binding-indicators.
 * @attr-zh indicator - 数据集中目标的编号：`gdp-growth`、`fixed-asset-investment`、`retail-sales`、`foreign-trade`、`resident-income`、`urban-jobs`、`urban-unemployment`、`cpi`、`binding-indicators`。
 * @attr actual - An outcome to show against the target, in the target's unit ("5.2" for 5.2%, "480000" for jobs).
 * @attr-zh actual - 与目标对照的实际结果，按目标的单位填写（5.2% 填 `5.2`，就业人数填 `480000`）。
 * @attr actual-label - Where the outcome comes from, shown next to it ("国家统计局, 2026-01").
 * @attr-zh actual-label - 实际结果的出处，显示在结果旁边（如“国家统计局, 2026-01”）。
 * @attr tolerance - For "about" targets only: the range, in the target's unit, within which an outcome counts as on target. The report sets none, so without it the verdict only says above or below.
 * @attr-zh tolerance - 仅用于“左右”类目标：结果落在目标上下多大范围内算达到目标，按目标的单位填写。报告没有给出这个范围，不设置时只说高于或低于目标。
 * @attr lang - `zh` (default) or `en`; when absent, the nearest ancestor's `lang` decides.
 * @attr theme - `light` (default), `dark`, or `auto`: the `color-scheme` the page declares (a site's `.dark` class), else the reader's `prefers-color-scheme`; live.
 * @attr no-download - Hides the download menu (CSV, JSON, PNG, SVG, square, portrait and landscape pictures, citation); `download()` still works.
 * @attr renderer - `svg` (default) or `canvas`.
 * @attr no-title - Hides the title visually; it still names the figure for screen readers.
 * @attr no-source - Hides the source line.
 * @attr eager - Starts the chart at once instead of when the element nears the viewport.
 *
 * @event sx-ready - The chart has rendered (for a statement target: the text has). Once per drawn chart instance: again after a move or a renderer change. A script that comes later awaits the `ready` property instead.
 * @event sx-select - A reader clicked or tapped the gauge; `detail.record` is the dataset's target record.
 * @event sx-error - A missing or unknown indicator, a malformed number, a property set to an object, or a chart that failed to load; `detail` is `{ code, message }`. Once per error (not again when only the language changes); the `error` property holds it.
 * @event sx-download - A reader took a download or copied the citation (or a script called `download()`): `detail` is `{ format, filename }` (`csv`, `json`, `png`, `svg`, the sized PNGs `square` 1080×1080, `portrait` 1080×1350, `landscape` 1200×675, `share` (the portrait picture), `citation`; no filename for the citation). A failure is an `sx-error` with code `download-failed`.
 *
 * @csspart figure - The figure that holds everything.
 * @csspart title - The title.
 * @csspart summary - The target (and outcome) as text.
 * @csspart chart - The box the gauge is drawn in.
 * @csspart chart-keys - The keyboard's way to pick in the chart: a focusable button over the chart box (Enter or Space picks, as a click does).
 * @csspart table - The data table (visually hidden until the toggle opens it).
 * @csspart toggle - The button that shows and hides the data table.
 * @csspart download - The "下载 / Download" button beside the data toggle.
 * @csspart downloads - The menu of download buttons it opens.
 * @csspart source - The source line.
 * @csspart error - The error message.
 * @csspart retry - The button that loads the chart again after its code failed to load.
 *
 * @cssprop --sx-color-text - Text colour.
 * @cssprop --sx-color-muted - Secondary text colour (source line, scale labels).
 * @cssprop --sx-color-background - Background of the element.
 * @cssprop --sx-color-border - Lines and borders.
 * @cssprop --sx-color-accent - The target's figure and marker zone.
 * @cssprop --sx-color-accent-soft - The shaded "at least" zone of the gauge.
 * @cssprop --sx-color-track - The gauge's track.
 * @cssprop --sx-color-positive - An outcome that met the target.
 * @cssprop --sx-color-negative - An outcome that did not.
 * @cssprop --sx-font-family - Font (default: the page's).
 * @cssprop --sx-font-size - Base font size (default 1rem).
 * @cssprop --sx-chart-height - Height of the gauge (default 220px).
 * @cssprop --sx-padding - Padding inside the element.
 * @cssprop --sx-radius - Corner radius.
 * @cssprop --sx-content-visibility - On a page of many elements, `auto` (default): far from the viewport, the browser may skip drawing the inside; `visible` opts out.
 */
export class SxTargetGauge extends SxChartElement<GaugeModel, Options> {
  static override styles = [...SxChartElement.styles, verdictStyles, targetGaugeStyles];

  /** The target's id in the dataset, e.g. `gdp-growth`. */
  @property() indicator = '';

  /** An outcome to compare with the target, in the target's unit, as text ("5.2"). */
  @property() actual: string | null = null;

  /** Where the outcome comes from. */
  @property({ attribute: 'actual-label' }) actualLabel = '';

  /** For "about" targets: the range around the target that counts as on target, in the target's unit. */
  @property() tolerance: string | null = null;

  protected override resolve(lang: Lang): Resolution<GaugeModel> {
    const s = t(lang);
    const id = this.textInput('indicator');
    if (!id) return this.fail('missing-attribute', s.errorMissingAttribute('indicator'));
    const target = getTarget(keyword(id));
    if (!target) return this.fail('unknown-indicator', s.errorUnknownIndicator(echo(id)) + s.validList(targetIds.join(', ')));
    // The target's unit may follow the number, as editors type it: "5.2%", "480000人", "480000 people".
    const units = target.unit ? [target.unit.zh, target.unit.en] : [];
    const actual = this.numberInput('actual', { units });
    const tolerance = this.numberInput('tolerance', { units, min: 0 });
    return {
      model: {
        target,
        actual,
        tolerance,
        actualLabel: this.textInput('actualLabel'),
        verdict: actual === undefined ? undefined : verdictFor(target, actual, tolerance),
      },
    };
  }

  protected override hasChart(model: GaugeModel): boolean {
    return model.target.value !== undefined;
  }

  protected override heading(model: GaugeModel, lang: Lang): string {
    return t(lang).targetTitle(model.target.label[lang]);
  }

  protected override describe(model: GaugeModel, lang: Lang): string {
    const s = t(lang);
    const sentence = s.targetSentence(midSentence(model.target.label[lang], lang), formatTargetValue(model.target, lang));
    if (model.actual === undefined) return sentence;
    const outcome = s.outcomeLine(this.formatActual(model, lang), isolate(model.actualLabel));
    const verdict = this.verdictWords(model, lang);
    // Chinese sentences follow each other with no space: the first ends in its full-width 。.
    return lang === 'zh' ? `${sentence}${outcome}，${verdict}。` : `${sentence} ${outcome}: ${verdict}.`;
  }

  /**
   * The big number leads: the outcome when there is one (with its verdict), else the target. The target is written
   * here once; the gauge below draws it as a zone or a tick, with no words of its own.
   */
  protected override renderBody(model: GaugeModel, lang: Lang): TemplateResult {
    const s = t(lang);
    const { target } = model;
    const statement = target.value === undefined;
    const targetText = formatTargetValue(target, lang);
    if (model.actual === undefined) {
      return html`<p class="summary" part="summary">
        <span class=${statement ? 'statement' : 'figure'}>${targetText}</span>
        ${statement ? nothing : html`<span>${s.target}</span>`}
      </p>`;
    }
    const source = isolate(model.actualLabel);
    return html`<div part="summary">
      <p class="summary">
        <span class="figure outcome-figure">${this.formatActual(model, lang)}</span>
        <span>${source ? s.labelledValue(s.actual, source) : s.actual}</span>
        <span class="verdict" data-tone=${verdictTone(model.verdict)}>${this.verdictWords(model, lang)}</span>
      </p>
      <p class="target-line">${s.labelledValue(s.target, targetText)}</p>
    </div>`;
  }

  protected override table(model: GaugeModel, lang: Lang): TableModel {
    const s = t(lang);
    const columns = [{ label: s.item }, { label: s.target, numeric: true }];
    const cells = [formatTargetValue(model.target, lang)];
    if (model.actual !== undefined) {
      columns.push({ label: s.actual, numeric: true }, { label: s.verdict, numeric: false });
      cells.push(this.formatActual(model, lang), this.verdictWords(model, lang));
    }
    return {
      caption: this.heading(model, lang),
      columns,
      rows: [{ header: model.target.label[lang], cells, figure: targetFigure(model.target) }],
    };
  }

  protected override records(model: GaugeModel): readonly object[] {
    return [model.target];
  }

  protected override loadChart(): Promise<ChartRuntime<Options>> {
    return import('./target-gauge.chart.js').then((m) => m.runtime());
  }

  protected override chartOption(model: GaugeModel, ctx: ChartContext, { buildGaugeOption }: Options): EChartsCoreOption {
    return buildGaugeOption(
      { target: model.target, actual: model.actual, verdict: model.verdict, tolerance: model.tolerance },
      undefined,
      ctx,
    );
  }

  /** The gauge picks its one record: Enter or Space on the focused gauge, as a click anywhere on it. */
  protected override chartKeys(model: GaugeModel, lang: Lang): readonly string[] {
    return [t(lang).selectChart(this.heading(model, lang))];
  }

  protected override chartRecord(): unknown {
    return this.resolution?.model?.target;
  }

  private formatActual(model: GaugeModel, lang: Lang): string {
    return formatQuantity({ value: model.actual!, unit: model.target.unit }, lang);
  }

  private verdictWords(model: GaugeModel, lang: Lang): string {
    return verdictWords(model.target, model.actual, model.verdict, lang);
  }
}
