import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { categories, getCategory, getProject, projectCategoryIds, projects } from '../../data/projects.js';
import type { Category, Project, Unit } from '../../data/types.js';
import { joinList, type TableModel } from '../../src/a11y/data-table.js';
import { verticalMoves } from '../../src/a11y/roving.js';
import { RovingListController } from '../../src/controllers/roving-list.js';
import { echo, keyword } from '../../src/chart/input.js';
import type { ChartRuntime } from '../../src/chart/echarts-controller.js';
import type { Options } from './project-list.chart.js';
import type { EChartsCoreOption } from '../../src/chart/runtime.js';
import {
  SxChartElement,
  type ChartContext,
  type ChartItem,
  type Resolution,
} from '../../src/chart/sx-chart-element.js';
import { formatNumber, formatQuantity } from '../../src/format/index.js';
import { t, type Lang } from '../../src/i18n/projects.js';
import { groupProjects, type CategoryGroup } from './project-list.option.js';
import { ONE_COLUMN_HEIGHT, projectListStyles } from './project-list.styles.js';
import { rovingItemStyles } from '../../src/chart/parts.styles.js';

/** What `<sx-project-list>` shows: the records it picked from the dataset, untouched. */
export interface ProjectListModel {
  /** The projects listed, in the report's order (one when `project` is set). */
  projects: readonly Project[];
  /** Every category with its projects: what the overview chart draws. */
  groups: readonly CategoryGroup[];
  /** How many projects the report lists (15). */
  total: number;
  /** The category the list is filtered to, if any. */
  category?: Category | undefined;
  /** The single project asked for with `project`, if any. */
  project?: Project | undefined;
}

/** The counter of the overview's figures: projects per category. */
const PROJECTS: Unit = { zh: '件', en: 'projects', enSingular: 'project' };

/**
 * The fifteen livelihood projects (15件民生实事) of the 2025 Shanxi government work report, in the report's
 * order: each with its number, title, category and every figure it names, as a list a keyboard and a screen
 * reader can walk, under a unit chart of the projects themselves: fifteen numbered marks grouped by category (a
 * bar per category would only ever be 1 or 2 high). `category` filters the list and highlights its projects among
 * the fifteen marks; `project` shows one project with its full text, without the chart.
 *
 * @summary The 2025 livelihood projects as an accessible list under a unit chart of the fifteen projects.
 * @summary-zh 2025年15件民生实事：一份无障碍的清单，上方是15件实事的单位图。
 * @tag sx-project-list
 *
 * @attr project - One project by its number in the report, 1–15: shows that project with its full text, and no chart. Wins over `category`.
 * @attr-zh project - 按报告中的序号（1–15）只显示一件实事，附全文，不画图。与 `category` 同设时以它为准。
 * @attr category - Lists only the projects of one category, by id: elderly-care, health, disability, employment, housing, business, agriculture, food-safety, water, tourism, culture. The chart still shows all fifteen projects, this category's highlighted and the others dimmed.
 * @attr-zh category - 只列出一个类别的实事，按编号：`elderly-care`、`health`、`disability`、`employment`、`housing`、`business`、`agriculture`、`food-safety`、`water`、`tourism`、`culture`。图中仍显示全部15件实事，突出这一类，其余变淡。
 * @attr lang - `zh` (default) or `en`; when absent, the nearest ancestor's `lang` decides.
 * @attr theme - `light` (default), `dark`, or `auto`: the `color-scheme` the page declares (a site's `.dark` class), else the reader's `prefers-color-scheme`; live.
 * @attr no-download - Hides the download menu (CSV, JSON, PNG, SVG, square, portrait and landscape pictures, citation); `download()` still works.
 * @attr renderer - `svg` (default) or `canvas`.
 * @attr no-title - Hides the title visually; it still names the figure for screen readers.
 * @attr no-source - Hides the source line.
 * @attr eager - Starts the chart at once instead of when the element nears the viewport.
 *
 * @event sx-ready - The chart has rendered (for a single project, which has no chart: the text has). Once per drawn chart instance: again after a move or a renderer change. A script that comes later awaits the `ready` property instead.
 * @event sx-select - A reader picked a project in the list (click, Enter or Space): `detail.record` is the dataset's project record; or a mark in the chart (click, tap, or Enter or Space on the chart's button): `detail.record` is the project record too.
 * @event sx-error - An unknown project or category, a malformed project number, a property set to an object, or a chart that failed to load; `detail` is `{ code, message }`. Once per error (not again when only the language changes); the `error` property holds it.
 * @event sx-download - A reader took a download or copied the citation (or a script called `download()`): `detail` is `{ format, filename }` (`csv`, `json`, `png`, `svg`, the sized PNGs `square` 1080×1080, `portrait` 1080×1350, `landscape` 1200×675, `share` (the portrait picture), `citation`; no filename for the citation). A failure is an `sx-error` with code `download-failed`.
 *
 * @csspart figure - The figure that holds everything.
 * @csspart title - The title.
 * @csspart chart - The box the unit chart of the fifteen projects is drawn in (above the list).
 * @csspart chart-keys - The keyboard's way to pick in the chart: a focusable button over the chart box (Enter or Space picks, as a click does).
 * @csspart list - The ordered list of projects.
 * @csspart item - One project in the list (focusable; `aria-current="true"` when selected).
 * @csspart table - The data table (visually hidden until the toggle opens it).
 * @csspart toggle - The button that shows and hides the data table.
 * @csspart download - The "下载 / Download" button beside the data toggle.
 * @csspart downloads - The menu of download buttons it opens.
 * @csspart source - The source line.
 * @csspart error - The error message.
 * @csspart retry - The button that loads the chart again after its code failed to load.
 *
 * @cssprop --sx-color-text - Text colour.
 * @cssprop --sx-color-muted - Secondary text colour (categories, source line, dimmed marks' numbers).
 * @cssprop --sx-color-background - Background of the element.
 * @cssprop --sx-color-border - Lines and borders between projects.
 * @cssprop --sx-color-accent - Project numbers, the focus ring, the selected project and the highlighted category's marks.
 * @cssprop --sx-color-track - The outline of a dimmed mark.
 * @cssprop --sx-font-family - Font (default: the page's).
 * @cssprop --sx-font-size - Base font size (default 1rem).
 * @cssprop --sx-chart-height - Height of the unit chart (default 300px on a phone, where the categories stand in one column; 170px from 560px wide, 124px from 900px).
 * @cssprop --sx-padding - Padding inside the element.
 * @cssprop --sx-radius - Corner radius.
 * @cssprop --sx-content-visibility - On a page of many elements, `auto` (default): far from the viewport, the browser may skip drawing the inside; `visible` opts out.
 */
export class SxProjectList extends SxChartElement<ProjectListModel, Options> {
  static override styles = [...SxChartElement.styles, rovingItemStyles, projectListStyles];

  /** One project by its number in the report (1–15), as text or a number. Empty shows them all. */
  @property() project: string | number | null = null;

  /** A category id (`water`, `health`, …) to filter the list to. Empty shows them all. */
  @property() category: string | null = null;

  /** The number of the project the reader selected last. */
  @state() private selectedNumber: number | undefined;

  /** The list's one tab stop: a vertical list, so Up, Down, Home and End move; Left and Right are left to the browser. */
  private readonly roving = new RovingListController(this, {
    selector: 'li.item',
    moves: verticalMoves,
    chosen: (i) => this.choose(i),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('project') || changed.has('category')) {
      const projects = this.resolution?.model?.projects ?? [];
      const selected = projects.findIndex((p) => p.number === this.selectedNumber);
      this.roving.index = Math.max(0, selected);
    }
  }

  protected override resolve(lang: Lang): Resolution<ProjectListModel> {
    const s = t(lang);
    let category: Category | undefined;
    const categoryId = this.textInput('category');
    if (categoryId) {
      category = getCategory(keyword(categoryId));
      if (!category) {
        return this.fail('unknown-category', s.errorUnknownCategory(echo(categoryId)) + s.validList(projectCategoryIds.join(', ')));
      }
    }
    let project: Project | undefined;
    const number = this.numberInput('project', { integer: true });
    if (number !== undefined) {
      project = getProject(number);
      if (!project) {
        const last = projects.length;
        return this.fail('unknown-project', s.errorUnknownProject(echo(this.textInput('project'))) + s.validList(`1–${last}`));
      }
    }
    const all = projects;
    return {
      model: {
        projects: project ? [project] : category ? all.filter((p) => p.category === category.id) : all,
        groups: groupProjects(all, categories),
        total: all.length,
        category,
        project,
      },
    };
  }

  /** A picture draws the marks at a phone's width, in one column: at least the phone's height. */
  protected override pictureChartHeight(screenHeight: number): number {
    return Math.max(screenHeight, ONE_COLUMN_HEIGHT);
  }

  protected override hasChart(model: ProjectListModel): boolean {
    return !model.project && model.groups.length > 0;
  }

  protected override heading(model: ProjectListModel, lang: Lang): string {
    const s = t(lang);
    if (model.project) return s.projectTitle(model.project.number, model.project.title[lang]);
    if (model.category) return s.projectListCategoryTitle(model.total, model.category.label[lang]);
    return s.projectListTitle(model.total);
  }

  protected override describe(model: ProjectListModel, lang: Lang): string {
    const s = t(lang);
    if (model.project) {
      const p = model.project;
      return s.projectSummary(p.number, this.categoryLabel(p, model, lang), projectText(p, lang));
    }
    if (model.category) {
      const numbers = model.projects.map((p) => formatNumber(p.number, lang));
      return s.projectListCategorySummary(model.category.label[lang], model.projects.length, model.total, joinList(numbers, lang));
    }
    const used = model.groups.filter((g) => g.projects.length > 0);
    const counts = used.map((g) => g.projects.length);
    const most = Math.max(0, ...counts);
    const least = Math.min(most, ...counts);
    if (used.length > 1 && most === least) return s.projectListSummaryEven(model.total, used.length, most);
    const top = used.filter((g) => g.projects.length === most).map((g) => g.category.label[lang]);
    return s.projectListSummary(model.total, used.length, joinList(top, lang), most, top.length > 1);
  }

  protected override renderBody(model: ProjectListModel, lang: Lang): TemplateResult {
    const s = t(lang);
    return html`<p id="hint" class="hint visually-hidden">${s.projectListHint}</p>
      <ol class="list" part="list" role="list" aria-describedby="hint">
        ${model.projects.map((p, i) => this.renderItem(p, this.roving.tabindex(i, model.projects.length), model, lang))}
      </ol>`;
  }

  protected override table(model: ProjectListModel, lang: Lang): TableModel {
    const s = t(lang);
    if (model.project) {
      const p = model.project;
      return {
        caption: this.heading(model, lang),
        columns: [{ label: s.item }, { label: s.value, numeric: true }],
        rows: p.quantities.length
          ? p.quantities.map((q) => ({
              header: q.label[lang],
              cells: [formatQuantity(q, lang)],
              figure: { value: q.value, unit: q.unit, written: q.written, qualifiers: q.qualifiers },
            }))
          : [{ header: p.title[lang], cells: [s.noFigure], figure: null }],
      };
    }
    return {
      caption: s.projectsPerCategory,
      columns: [{ label: s.category }, { label: s.projectCountHeader, numeric: true }, { label: s.number }],
      rows: model.groups.map((g) => ({
        header: g.category.label[lang],
        cells: [
          formatNumber(g.projects.length, lang),
          joinList(
            g.projects.map((p) => formatNumber(p.number, lang)),
            lang,
          ),
        ],
        // A count the element makes, not a figure the report writes: no written form.
        figure: { value: g.projects.length, unit: PROJECTS },
      })),
    };
  }

  protected override records(model: ProjectListModel): readonly object[] {
    return model.projects;
  }

  protected override downloadId(model: ProjectListModel): string {
    return model.project?.id ?? model.category?.id ?? 'all';
  }

  protected override loadChart(): Promise<ChartRuntime<Options>> {
    return import('./project-list.chart.js').then((m) => m.runtime());
  }

  protected override chartOption(model: ProjectListModel, ctx: ChartContext, { buildUnitOption, projectUnits }: Options): EChartsCoreOption {
    return buildUnitOption(projectUnits(model.groups, model.category?.id, ctx), ctx);
  }

  /** One key per project, in the chart's order (by category): its number and title, as its tooltip says. */
  protected override chartKeys(model: ProjectListModel, lang: Lang): readonly string[] {
    return chartProjects(model).map((p) => projectLabel(p, lang));
  }

  protected override chartRecord(item: ChartItem, model: ProjectListModel): unknown {
    return chartProjects(model)[item.dataIndex];
  }

  private categoryLabel(project: Project, model: ProjectListModel, lang: Lang): string {
    return model.groups.find((g) => g.category.id === project.category)?.category.label[lang] ?? project.category;
  }

  private choose(index: number): void {
    const project = this.resolution?.model?.projects[index];
    if (!project) return;
    this.selectedNumber = project.number;
    this.selectRecord(project);
  }

  private renderItem(p: Project, tabindex: '0' | '-1', model: ProjectListModel, lang: Lang): TemplateResult {
    const s = t(lang);
    const selected = p.number === this.selectedNumber;
    const single = !!model.project;
    return html`<li
      class="item"
      part="item"
      value=${p.number}
      tabindex=${tabindex}
      aria-current=${selected ? 'true' : nothing}
      data-number=${p.number}
    >
      <span class="number">${formatNumber(p.number, lang)}</span>
      <div class="content">
        <span class="name">${p.title[lang]}</span>
        <span class="category">${this.categoryLabel(p, model, lang)}</span>
        ${p.quantities.length
          ? html`<ul class="quantities" role="list">
              ${p.quantities.map(
                // The label with its language's colon, then the figure, kept on one line.
                (q) =>
                  html`<li>${s.labelledValue(q.label[lang], '')}<span class="value">${formatQuantity(q, lang)}</span></li>`,
              )}
            </ul>`
          : nothing}
        ${single || p.quantities.length === 0 ? html`<p class="text">${projectText(p, lang)}</p>` : nothing}
      </div>
    </li>`;
  }
}

/** The projects in the chart's order: category by category, each in the report's order. */
function chartProjects(model: ProjectListModel): Project[] {
  return model.groups.flatMap((g) => g.projects);
}

/** "1 社区养老工程" / "1 Community elderly-care projects": how a mark is named. */
export function projectLabel(p: Project, lang: Lang): string {
  return `${formatNumber(p.number, lang)} ${p.title[lang]}`;
}

/** The project's line as the report writes it (zh), or its English translation. */
function projectText(p: Project, lang: Lang): string {
  return lang === 'zh' ? p.text : p.textEn;
}
