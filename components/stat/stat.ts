import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { notes } from '../../data/notes.js';
import { getResult, resultIds } from '../../data/results-2024.js';
import type { Result } from '../../data/types.js';
import type { TableModel } from '../../src/a11y/data-table.js';
import { picks } from '../../src/a11y/roving.js';
import { echo, keyword } from '../../src/chart/input.js';
import { SxFigureElement, type Resolution } from '../../src/chart/sx-figure-element.js';
import { t, type Lang } from '../../src/i18n/results.js';
import type { PictureFigure } from '../../src/chart/picture.js';
import { qualifierLines, renderStatCard, statRows, statSentence, statValueFull, themeTitle, withValidIds } from './stat.card.js';
import { statCardStyles } from './stat.card.styles.js';
import { statStyles } from './stat.styles.js';

/** What `<sx-stat>` shows: one dataset record, untouched. */
export interface StatModel {
  record: Result;
}

/**
 * One 2024 result of the Shanxi government work report (2024年成绩单) as a newsroom number card: the figure
 * exactly as the report writes it (300多家, 两倍多, 超过550亿元, 近千亿元, 提前三年, 第一, 十佳), its qualifiers said
 * in words, the label, the theme, and the verbatim source sentence as its provenance (shown with `show-source`,
 * otherwise in the data table). A milestone without a number is a card with its description. A stat draws no
 * chart and loads no chart code: a page of stats downloads no ECharts at all.
 *
 * @summary One 2024 result as a number card (or a milestone card), with its qualifiers in words and its source sentence.
 * @summary-zh 一项2024年成绩做成数字卡片（或里程碑卡片），限定词写成文字，并附报告原句。
 * @tag sx-stat
 *
 * @attr result - The result's id in the dataset, one of the 52 (36 figures, 16 milestones) in the order of the report: jinchuang-valley-contracts, new-three-exports-growth, clean-energy-capacity-share, tourist-roads-investment, … The VS Code data offers every id with its label, and an unknown id's message lists them all.
 * @attr-zh result - 数据集中成绩的编号，按报告顺序共52项（36项数字、16项里程碑），如 `jinchuang-valley-contracts`、`new-three-exports-growth`、`clean-energy-capacity-share`、`tourist-roads-investment`……VS Code 数据列出每个编号及其名称，填错编号时的提示也会列出全部编号。
 * @attr show-source - Shows the sentence of the report the result comes from, verbatim, on the card.
 * @attr-zh show-source - 在卡片上逐字显示这项成绩出自报告的原句。
 * @attr lang - `zh` (default) or `en`; when absent, the nearest ancestor's `lang` decides.
 * @attr theme - `light` (default), `dark`, or `auto`: the `color-scheme` the page declares (a site's `.dark` class), else the reader's `prefers-color-scheme`; live.
 * @attr no-download - Hides the download menu (CSV, JSON, PNG, SVG, square, portrait and landscape pictures, citation); `download()` still works.
 * @attr renderer - No effect: a stat draws no chart (shared by every element).
 * @attr-zh renderer - 无作用：数字卡片不画图（所有元素共有的属性）。
 * @attr no-title - Hides the title visually; it still names the figure for screen readers.
 * @attr no-source - Hides the source line.
 * @attr eager - No effect: a stat draws no chart (shared by every element).
 * @attr-zh eager - 无作用：数字卡片不画图（所有元素共有的属性）。
 *
 * @event sx-ready - The card has rendered.
 * @event sx-select - A reader clicked or tapped the card, or pressed Enter or Space on it: `detail.record` is the dataset's result record.
 * @event sx-error - A missing or unknown result id; `detail` is `{ code, message }`.
 * @event sx-download - A reader took a download or copied the citation (or a script called `download()`): `detail` is `{ format, filename }` (`csv`, `json`, `png`, `svg`, the sized PNGs `square` 1080×1080, `portrait` 1080×1350, `landscape` 1200×675, `share` (the portrait picture), `citation`; no filename for the citation). A failure is an `sx-error` with code `download-failed`.
 *
 * @csspart figure - The figure that holds everything.
 * @csspart title - The title: the result's label.
 * @csspart card - The card (focusable).
 * @csspart theme - The theme line above the figure.
 * @csspart value - The figure as the report writes it, or "milestone"; in English the number only ("300+") when it has one.
 * @csspart words - In English, the figure in words under its number ("more than 300 companies and teams"), when the number leaves words out.
 * @csspart qualifiers - The qualifiers in words.
 * @csspart description - A milestone's description.
 * @csspart quote - The source sentence (with `show-source`).
 * @csspart table - The data table (visually hidden until the toggle opens it).
 * @csspart toggle - The button that shows and hides the data table.
 * @csspart download - The "下载 / Download" button beside the data toggle.
 * @csspart downloads - The menu of download buttons it opens.
 * @csspart source - The source line.
 * @csspart error - The error message.
 *
 * @cssprop --sx-color-text - Text colour.
 * @cssprop --sx-color-muted - Secondary text colour (theme line, qualifiers, source).
 * @cssprop --sx-color-background - Background of the element.
 * @cssprop --sx-color-border - Lines and borders.
 * @cssprop --sx-color-accent - The figure and the focus ring.
 * @cssprop --sx-stat-size - Font size of the figure (default 2.25em).
 * @cssprop --sx-font-family - Font (default: the page's).
 * @cssprop --sx-font-size - Base font size (default 1rem).
 * @cssprop --sx-padding - Padding inside the element.
 * @cssprop --sx-radius - Corner radius.
 * @cssprop --sx-content-visibility - On a page of many elements, `auto` (default): far from the viewport, the browser may skip drawing the inside; `visible` opts out.
 */
export class SxStat extends SxFigureElement<StatModel> {
  static override styles = [...SxFigureElement.styles, statCardStyles, statStyles];
  /** The 2024 results name the dataset's notes by id. */
  protected override readonly noteTable = notes;

  /**
   * The result's id in the dataset, one of the 52 in the report's order (`jinchuang-valley-contracts`,
   * `new-three-exports-growth`, `clean-energy-capacity-share`, …): editors with the VS Code data offer every id
   * with its label, and an unknown id's message lists them all.
   */
  @property() result = '';

  /** Shows the source sentence, verbatim, on the card. */
  @property({ type: Boolean, attribute: 'show-source' }) showSource = false;

  protected override resolve(lang: Lang): Resolution<StatModel> {
    const s = t(lang);
    // Through the shared input layer (src/chart/input.ts): null/undefined from a framework is absent, ids compare
    // case-insensitively, and the id echoed in a message is cut and bidi-isolated.
    const id = this.textInput('result');
    if (!id) return this.fail('missing-attribute', s.errorMissingAttribute('result'));
    const record = getResult(keyword(id));
    if (!record) return this.fail('unknown-result', withValidIds(s.errorUnknownResult(echo(id)), resultIds, lang));
    return { model: { record } };
  }

  protected override heading(model: StatModel, lang: Lang): string {
    return model.record.label[lang];
  }

  protected override describe(model: StatModel, lang: Lang): string {
    return statSentence(model.record, lang);
  }

  protected override renderBody(model: StatModel, lang: Lang): TemplateResult {
    return html`<p id="hint" class="visually-hidden">${t(lang).cardHint}</p>
      <div class="card" part="card" tabindex="0" aria-describedby="hint" @click=${this.choose} @keydown=${this.onKeydown}>
        ${renderStatCard(model.record, lang, { label: false, theme: true, source: this.showSource })}
      </div>`;
  }

  protected override table(model: StatModel, lang: Lang): TableModel {
    const s = t(lang);
    return {
      caption: this.heading(model, lang),
      columns: [{ label: s.item }, { label: s.value }],
      rows: statRows(model.record, lang, false),
    };
  }

  /** The picture's figure: the number large with its qualifiers, or a milestone's description. */
  protected override pictureFigures(model: StatModel, lang: Lang): PictureFigure[] {
    const r = model.record;
    if (r.kind === 'highlight') return [{ value: '', label: r.description[lang] }];
    return [{ value: statValueFull(r, lang), label: '', lines: [...qualifierLines(r, lang), themeTitle(r, lang)] }];
  }

  protected override records(model: StatModel): readonly object[] {
    return [model.record];
  }


  private choose(): void {
    this.selectRecord(this.resolution?.model?.record);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (picks(event)) this.choose();
  }
}
