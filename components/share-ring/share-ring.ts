import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { notes } from '../../data/notes.js';
import { getProject, projects } from '../../data/projects.js';
import { getResult, resultIds } from '../../data/results-2024.js';
import type { Localized, Project, Qualifier, Result, Unit } from '../../data/types.js';
import type { TableModel } from '../../src/a11y/data-table.js';
import { picks } from '../../src/a11y/roving.js';
import type { ChartRuntime } from '../../src/chart/echarts-controller.js';
import type { Options } from './share-ring.chart.js';
import { echo, keyword } from '../../src/chart/input.js';
import type { EChartsCoreOption } from '../../src/chart/runtime.js';
import { SxChartElement, type ChartContext, type Resolution } from '../../src/chart/sx-chart-element.js';
import { boundOf, formatQuantity, qualifierMeaning } from '../../src/format/index.js';
import { t, type Lang } from '../../src/i18n/results.js';
import { withValidIds } from '../stat/stat.card.js';
import { statCardStyles } from '../stat/stat.card.styles.js';
import { shareRingStyles } from './share-ring.styles.js';

/** A share as the dataset gives it, from a 2024 result or a 2025 project's quantity. */
export interface Share {
  value: number;
  unit: Unit;
  written: string;
  qualifiers: readonly Qualifier[];
  label: Localized;
  /** What the rest of the whole is, as the dataset names it. */
  remainder: Localized;
}

/** What `<sx-share-ring>` shows: the share, and the record it comes from, untouched. */
export interface ShareRingModel {
  share: Share;
  /** The dataset record: a 2024 result, or the 2025 livelihood project whose target this is. */
  record: Result | Project;
  /** A 2025 target (from a project) rather than a 2024 outcome. */
  target: boolean;
}

/** The share results of the dataset: the ids `result` takes. */
const shareIds = resultIds.filter((id) => isShare(getResult(id)));

function isShare(r: Result | undefined): boolean {
  return r?.kind === 'figure' && r.measure === 'share' && r.unit.zh === '%' && r.remainder !== undefined;
}

/** Removes binary noise from 100 − a share (100 - 93.6 = 6.400000000000006). */
const rest = (value: number) => Number((100 - value).toPrecision(12));

/**
 * A share as a ring: the clean-energy share of installed capacity (49.7%) or the share of water sections rated
 * good (93.6%) in 2024, or a 2025 target from a livelihood project (grain full-cost insurance coverage, 60%以上,
 * project 8) as a target ring. The share is said once, large, above the ring (in the accent, keying the arc); the
 * rest is labelled for what it is, as the dataset names it ("other installed capacity"), never invented, after a
 * swatch that keys the ring's grey; the ring itself carries no words. A floor ("60% or more") leaves the rest
 * open, as at most what remains.
 *
 * @summary A 2024 share, or a 2025 share target, as a ring with its remainder labelled for what it is.
 * @summary-zh 2024年的一项占比或2025年的一项占比目标，画成圆环，其余部分按实际含义标注。
 * @tag sx-share-ring
 *
 * @attr result - A 2024 result that is a share: clean-energy-capacity-share, good-water-quality-share. Wins over `project`.
 * @attr-zh result - 一项占比类的2024年成绩：`clean-energy-capacity-share`、`good-water-quality-share`。与 `project` 同设时以它为准。
 * @attr project - A 2025 livelihood project by its number whose target is a share: 8 (grain full-cost insurance coverage, 60%以上).
 * @attr-zh project - 按序号指定一件目标为占比的2025年民生实事：`8`（粮食作物完全成本保险覆盖率达到60%以上）。
 * @attr lang - `zh` (default) or `en`; when absent, the nearest ancestor's `lang` decides.
 * @attr theme - `light` (default), `dark`, or `auto`: the `color-scheme` the page declares (a site's `.dark` class), else the reader's `prefers-color-scheme`; live.
 * @attr no-download - Hides the download menu (CSV, JSON, PNG, SVG, square, portrait and landscape pictures, citation); `download()` still works.
 * @attr renderer - `svg` (default) or `canvas`.
 * @attr no-title - Hides the title visually; it still names the figure for screen readers.
 * @attr no-source - Hides the source line.
 * @attr eager - Starts the chart at once instead of when the element nears the viewport.
 *
 * @event sx-ready - The ring has rendered.
 * @event sx-select - A reader clicked or tapped the ring or the figure, or pressed Enter or Space on the figure: `detail.record` is the dataset's result (or project) record.
 * @event sx-error - A missing or unknown result or project, a record that is not a share (`wrong-kind`), a malformed project number, or a chart that failed to load; `detail` is `{ code, message }`.
 * @event sx-download - A reader took a download or copied the citation (or a script called `download()`): `detail` is `{ format, filename }` (`csv`, `json`, `png`, `svg`, the sized PNGs `square` 1080×1080, `portrait` 1080×1350, `landscape` 1200×675, `share` (the portrait picture), `citation`; no filename for the citation). A failure is an `sx-error` with code `download-failed`.
 *
 * @csspart figure - The figure that holds everything.
 * @csspart title - The title.
 * @csspart card - The share as text (focusable).
 * @csspart value - The share as written.
 * @csspart remainder - What the rest is, with its amount, after a swatch of the ring's rest (its key).
 * @csspart qualifiers - The qualifiers in words.
 * @csspart text - A project's line, for a 2025 target.
 * @csspart chart - The box the ring is drawn in.
 * @csspart table - The data table (visually hidden until the toggle opens it).
 * @csspart toggle - The button that shows and hides the data table.
 * @csspart download - The "下载 / Download" button beside the data toggle.
 * @csspart downloads - The menu of download buttons it opens.
 * @csspart source - The source line.
 * @csspart error - The error message.
 *
 * @cssprop --sx-color-text - Text colour.
 * @cssprop --sx-color-muted - Secondary text colour (source line), the outline of the rest's swatch.
 * @cssprop --sx-color-background - Background of the element.
 * @cssprop --sx-color-border - Lines and borders; the hatching of an open rest.
 * @cssprop --sx-color-accent - The share's arc and figure (which keys the arc).
 * @cssprop --sx-color-track - The rest of the ring, and its swatch.
 * @cssprop --sx-font-family - Font (default: the page's).
 * @cssprop --sx-font-size - Base font size (default 1rem).
 * @cssprop --sx-chart-height - Height of the ring (default 200px).
 * @cssprop --sx-padding - Padding inside the element.
 * @cssprop --sx-radius - Corner radius.
 * @cssprop --sx-content-visibility - On a page of many elements, `auto` (default): far from the viewport, the browser may skip drawing the inside; `visible` opts out.
 */
export class SxShareRing extends SxChartElement<ShareRingModel, Options> {
  static override styles = [...SxChartElement.styles, statCardStyles, shareRingStyles];
  /** The 2024 results name the dataset's notes by id. */
  protected override readonly noteTable = notes;

  /** A share result's id (`clean-energy-capacity-share`, `good-water-quality-share`). Wins over `project`. */
  @property() result: string | null = null;

  /** A livelihood project's number (1–15) whose target is a share: 8. */
  @property() project: string | null = null;

  protected override resolve(lang: Lang): Resolution<ShareRingModel> {
    const s = t(lang);
    const id = this.textInput('result');
    if (id) {
      const r = getResult(keyword(id));
      if (!r) return this.fail('unknown-result', withValidIds(s.errorUnknownResult(echo(id)), shareIds, lang));
      if (r.kind !== 'figure') return this.fail('wrong-kind', withValidIds(s.errorWrongKind(r.id, s.kindHighlight, s.kindShare), shareIds, lang));
      if (!isShare(r) || !r.remainder) {
        return this.fail('wrong-kind', withValidIds(s.errorWrongKind(r.id, s.kindNotShare, s.kindShare), shareIds, lang));
      }
      return { model: { share: { ...r, remainder: r.remainder }, record: r, target: false } };
    }
    const number = this.numberInput('project', { integer: true });
    if (number === undefined) return this.fail('missing-attribute', s.errorMissingAttribute('result / project'));
    const project = getProject(number);
    if (!project) return this.fail('unknown-project', s.errorUnknownProject(echo(this.textInput('project'))) + s.validList(`1–${projects.length}`));
    const q = project.quantities.find((x) => x.unit.zh === '%' && x.remainder);
    if (!q?.remainder) {
      const valid = projects.filter((p) => p.quantities.some((x) => x.remainder)).map((p) => String(p.number));
      return this.fail('wrong-kind', withValidIds(s.errorWrongKind(String(project.number), s.kindNoShareProject, s.kindShare), valid, lang));
    }
    return { model: { share: { ...q, remainder: q.remainder }, record: project, target: true } };
  }

  protected override heading(model: ShareRingModel, lang: Lang): string {
    const label = model.share.label[lang];
    return model.target ? t(lang).targetTitle(label) : label;
  }

  protected override describe(model: ShareRingModel, lang: Lang): string {
    const s = t(lang);
    const end = lang === 'zh' ? '。' : '.';
    const parts = [
      s.labelledValue(model.share.label[lang], this.valueText(model, lang)),
      this.remainderText(model, lang),
      ...model.share.qualifiers.map((q) => qualifierMeaning(q, lang)),
    ];
    // English parts are sentences of their own ("The rest …", "At least: …"); Chinese ones run on after '；'.
    return parts.join(lang === 'zh' ? '；' : '. ') + end;
  }

  protected override renderBody(model: ShareRingModel, lang: Lang): TemplateResult {
    const s = t(lang);
    const { share } = model;
    const project = model.target ? (model.record as Project) : undefined;
    return html`<p id="hint" class="visually-hidden">${s.cardHint}</p>
      <div class="card" part="card" tabindex="0" aria-describedby="hint" @click=${this.choose} @keydown=${this.onKeydown}>
        <p class="value" part="value">${this.valueText(model, lang)}</p>
        <p class="remainder" part="remainder" ?data-open=${this.lowerBound(model)}>${this.remainderText(model, lang)}</p>
        ${share.qualifiers.length
          ? html`<ul class="qualifiers" part="qualifiers" role="list">
              ${share.qualifiers.map((q) => html`<li>${qualifierMeaning(q, lang)}</li>`)}
            </ul>`
          : nothing}
        ${project
          ? html`<p class="text" part="text">${s.labelledValue(s.projectTitle(project.number, project.title[lang]), lang === 'zh' ? project.text : project.textEn)}</p>`
          : nothing}
      </div>`;
  }

  protected override table(model: ShareRingModel, lang: Lang): TableModel {
    const s = t(lang);
    const { share } = model;
    const rows = [
      { header: share.label[lang], cells: [this.valueText(model, lang)], figure: share },
      // The rest is the element's own subtraction, not a figure the report writes.
      { header: share.remainder[lang], cells: [this.restText(model, lang)], figure: null },
      ...share.qualifiers.map((q) => ({ header: s.qualifier, cells: [qualifierMeaning(q, lang)], figure: null })),
      {
        header: s.sourceSentence,
        cells: [model.target ? (model.record as Project).text : (model.record as Result).source],
        figure: null,
      },
    ];
    return { caption: this.heading(model, lang), columns: [{ label: s.item }, { label: s.value }], rows };
  }

  protected override records(model: ShareRingModel): readonly object[] {
    return [model.record];
  }


  protected override loadChart(): Promise<ChartRuntime<Options>> {
    return import('./share-ring.chart.js').then((m) => m.runtime());
  }

  protected override chartOption(model: ShareRingModel, ctx: ChartContext, { buildShareRingOption }: Options): EChartsCoreOption {
    return buildShareRingOption(
      {
        value: model.share.value,
        valueText: this.valueText(model, ctx.lang),
        label: model.share.label[ctx.lang],
        remainderLabel: this.remainderText(model, ctx.lang),
        lowerBound: this.lowerBound(model),
      },
      ctx,
    );
  }

  protected override chartRecord(): unknown {
    return this.resolution?.model?.record;
  }

  private lowerBound(model: ShareRingModel): boolean {
    return boundOf(model.share.qualifiers) === 'lower';
  }

  /** The share as written: "49.7%", "60%以上" / "at least 60%". */
  private valueText(model: ShareRingModel, lang: Lang): string {
    return lang === 'zh' ? model.share.written : formatQuantity(model.share, 'en');
  }

  /** How much the rest is: exactly 100 − the share, or at most that much when the share is a floor. */
  private restText(model: ShareRingModel, lang: Lang): string {
    const amount = formatQuantity({ value: rest(model.share.value), unit: model.share.unit }, lang);
    return this.lowerBound(model) ? t(lang).atMost(amount) : amount;
  }

  /** "其他装机：50.3%" / "Other installed capacity: 50.3%". */
  private remainderText(model: ShareRingModel, lang: Lang): string {
    return t(lang).labelledValue(model.share.remainder[lang], this.restText(model, lang));
  }

  private choose(): void {
    this.selectRecord(this.resolution?.model?.record);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (picks(event)) this.choose();
  }
}
