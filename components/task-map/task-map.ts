import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getTaskArea, taskAreas } from '../../data/task-areas.js';
import type { Localized, TaskArea, TaskGroup, Unit } from '../../data/types.js';
import { joinList, type TableModel } from '../../src/a11y/data-table.js';
import { verticalMoves } from '../../src/a11y/roving.js';
import { RovingListController } from '../../src/controllers/roving-list.js';
import type { ChartRuntime } from '../../src/chart/echarts-controller.js';
import type { Options } from './task-map.chart.js';
import type { EChartsCoreOption } from '../../src/chart/runtime.js';
import { SxChartElement, type ChartContext, type ChartItem, type Resolution } from '../../src/chart/sx-chart-element.js';
import { setState } from '../../src/chart/states.js';
import { t, type Lang } from '../../src/i18n/tasks.js';
import { taskMapStyles } from './task-map.styles.js';
import { rovingItemStyles } from '../../src/chart/parts.styles.js';

/** One line of the outline: an area, a sub-heading (only area 3 has them) or a task, in document order. */
export interface OutlineNode {
  kind: 'area' | 'heading' | 'task';
  /** The dataset record a reader picks: the area, the group (for a sub-heading) or the task's words. */
  record: TaskArea | TaskGroup | Localized;
  area: TaskArea;
  text: Localized;
  level: 1 | 2 | 3;
  /** The index of the node it belongs to, or -1 for an area. */
  parent: number;
}

/** What `<sx-task-map>` shows: the areas asked for, and every line of their outline. */
export interface TaskMapModel {
  areas: readonly TaskArea[];
  nodes: readonly OutlineNode[];
  /** The one area asked for with `area`, if any. */
  single?: TaskArea | undefined;
}

/** Every line of the outline of some areas, in document order, each knowing its parent. */
export function outline(areas: readonly TaskArea[]): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  for (const area of areas) {
    const top = nodes.push({ kind: 'area', record: area, area, text: area.title, level: 1, parent: -1 }) - 1;
    for (const group of area.groups) {
      let parent = top;
      if (group.heading) {
        parent = nodes.push({ kind: 'heading', record: group, area, text: group.heading, level: 2, parent: top }) - 1;
      }
      for (const item of group.items) {
        nodes.push({ kind: 'task', record: item, area, text: item, level: parent === top ? 2 : 3, parent });
      }
    }
  }
  return nodes;
}

/** The unit of a count of tasks, for the table's figures. */
const TASKS: Unit = { zh: '项', en: 'tasks', enSingular: 'task' };

/** How many tasks an area lists (its sub-headings aside). */
export const taskCountOf = (area: TaskArea): number => area.groups.reduce((n, g) => n + g.items.length, 0);

/**
 * The seven key task areas (七方面重点工作) of the 2025 Shanxi government work report and their tasks: an outline a
 * keyboard and a screen reader can walk (a tree: the arrow keys move through areas and tasks, Enter picks one),
 * under a unit chart with one mark per task, a row per area, each area in its own colour (the outline's lines carry
 * the same marks). No treemap: its tile areas would encode nothing a reader cares about. How the report prints the
 * areas is for data people and stays in the data table, not in the figure: the heading announces seven areas but
 * the text numbers six (共同富裕 is printed under area 5 and is area 6 here; the text's "6、" is area 7), and area
 * 3's title line runs into its first sub-heading.
 *
 * @summary The seven 2025 task areas and their tasks: a walkable outline under a unit chart of the tasks.
 * @summary-zh 2025年七个方面的重点工作及其任务：可逐项浏览的提纲，上方是每项任务一格的单位图。
 * @tag sx-task-map
 *
 * @attr area - One area by its number, 1–7 (the dataset's numbering, which restores the seventh area the text leaves unnumbered): shows that area alone.
 * @attr-zh area - 按序号（1–7）只显示一个方面（数据集的序号，补上了原文未编号的第七个方面）。
 * @attr lang - `zh` (default) or `en`; when absent, the nearest ancestor's `lang` decides.
 * @attr theme - `light` (default), `dark`, or `auto`: the `color-scheme` the page declares (a site's `.dark` class), else the reader's `prefers-color-scheme`; live.
 * @attr no-download - Hides the download menu (CSV, JSON, PNG, SVG, square, portrait and landscape pictures, citation); `download()` still works.
 * @attr renderer - `svg` (default) or `canvas`.
 * @attr no-title - Hides the title visually; it still names the figure for screen readers.
 * @attr no-source - Hides the source line.
 * @attr eager - Starts the chart at once instead of when the element nears the viewport.
 *
 * @event sx-ready - The chart has rendered.
 * @event sx-select - A reader picked an area, a sub-heading or a task (in the outline by click, Enter or Space, or in the chart): `detail.record` is the dataset's area record, group record or task record.
 * @event sx-error - A malformed or unknown area number (the message lists 1–7), or a chart that failed to load; `detail` is `{ code, message }`.
 * @event sx-download - A reader took a download or copied the citation (or a script called `download()`): `detail` is `{ format, filename }` (`csv`, `json`, `png`, `svg`, the sized PNGs `square` 1080×1080, `portrait` 1080×1350, `landscape` 1200×675, `share` (the portrait picture), `citation`; no filename for the citation). A failure is an `sx-error` with code `download-failed`.
 *
 * @csspart figure - The figure that holds everything.
 * @csspart title - The title.
 * @csspart outline - The outline of areas and tasks (a tree: one tab stop, arrow keys move).
 * @csspart item - One area, sub-heading or task in the outline (`aria-selected="true"` when picked).
 * @csspart chart - The box the unit chart (one mark per task) is drawn in.
 * @csspart chart-keys - The keyboard's way to pick in the chart: a focusable button over the chart box (the arrow keys walk the tasks, Enter or Space picks, as a click does).
 * @csspart table - The data table (visually hidden until the toggle opens it).
 * @csspart toggle - The button that shows and hides the data table.
 * @csspart download - The "下载 / Download" button beside the data toggle.
 * @csspart downloads - The menu of download buttons it opens.
 * @csspart source - The source line.
 * @csspart error - The error message.
 *
 * @cssprop --sx-color-text - Text colour.
 * @cssprop --sx-color-muted - Secondary text colour (marks, note, source line).
 * @cssprop --sx-color-background - Background of the element.
 * @cssprop --sx-color-border - Lines and borders.
 * @cssprop --sx-color-accent - Area numbers, the focus ring and the picked line.
 * @cssprop --sx-series-1 - The first area's colour, in the chart and the outline (`--sx-series-2` … `--sx-series-6` the next; the seventh is the text colour).
 * @cssprop --sx-font-family - Font (default: the page's).
 * @cssprop --sx-font-size - Base font size (default 1rem).
 * @cssprop --sx-chart-height - Height of the unit chart (default 210px; 48px for one area).
 * @cssprop --sx-padding - Padding inside the element.
 * @cssprop --sx-radius - Corner radius.
 * @cssprop --sx-content-visibility - On a page of many elements, `auto` (default): far from the viewport, the browser may skip drawing the inside; `visible` opts out.
 */
export class SxTaskMap extends SxChartElement<TaskMapModel, Options> {
  static override styles = [...SxChartElement.styles, rovingItemStyles, taskMapStyles];

  /** One area by its number, 1–7, as text or a number. Empty shows all seven. */
  @property() area: string | number | null = null;

  /** The index, in the outline, of the line picked last. */
  @state() private selectedIndex = -1;

  /** The outline's one tab stop: its lines walked as a tree's ({@link treeMoves}); Enter, Space and clicks pick. */
  private readonly roving = new RovingListController(this, {
    selector: '[role=treeitem]',
    moves: (key, index, last) => this.treeMoves(key, index, last),
    chosen: (i) => this.choose(i),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // One area is one row of marks: the chart box is as low as that row (task-map.styles.ts).
    setState(this, 'sx-one-area', !!this.resolution?.model?.single);
    if (changed.has('area')) {
      this.roving.index = 0;
      this.selectedIndex = -1;
    }
  }

  protected override resolve(lang: Lang): Resolution<TaskMapModel> {
    const s = t(lang);
    const number = this.numberInput('area', { integer: true });
    if (number === undefined) return { model: { areas: taskAreas, nodes: outline(taskAreas) } };
    const area = getTaskArea(number);
    if (!area) return this.fail('unknown-area', s.errorUnknownArea(String(number)) + s.validList(`1–${taskAreas.length}`));
    return { model: { areas: [area], nodes: outline([area]), single: area } };
  }

  protected override heading(model: TaskMapModel, lang: Lang): string {
    const s = t(lang);
    return model.single ? s.taskAreaTitle(model.single.number, model.single.title[lang]) : s.taskMapTitle(model.areas.length);
  }

  protected override describe(model: TaskMapModel, lang: Lang): string {
    const s = t(lang);
    if (model.single) {
      const a = model.single;
      return s.taskAreaSummary(a.number, a.title[lang], taskCountOf(a), a.groups.length);
    }
    const counts = model.areas.map(taskCountOf);
    const most = Math.max(...counts);
    const top = model.areas.filter((a) => taskCountOf(a) === most).map((a) => s.areaLabel(a.number));
    return s.taskMapSummary(model.areas.length, counts.reduce((x, y) => x + y, 0), joinList(top, lang), most);
  }

  protected override renderBody(model: TaskMapModel, lang: Lang): TemplateResult {
    const s = t(lang);
    // A flat tree: every line is a treeitem of the tree itself, its depth given by aria-level and its place among
    // its siblings by aria-posinset/aria-setsize. Nested groups would make an area's accessible name (its text
    // content) swallow every task under it. Each line carries its area's colour: an area a square with its number,
    // a task a small square, one per task, as in the chart above.
    const siblings = (parent: number) => model.nodes.filter((n) => n.parent === parent);
    const line = (node: OutlineNode, i: number): TemplateResult => {
      const set = siblings(node.parent);
      const hasChildren = model.nodes[i + 1]?.parent === i;
      return html`<li
        role="treeitem"
        class=${`item ${node.kind}`}
        part="item"
        data-area=${node.area.number}
        aria-level=${node.level}
        aria-setsize=${set.length}
        aria-posinset=${set.indexOf(node) + 1}
        aria-expanded=${hasChildren ? 'true' : nothing}
        aria-selected=${i === this.selectedIndex ? 'true' : nothing}
        tabindex=${this.roving.tabindex(i, model.nodes.length)}
        data-index=${i}
      >
        ${node.kind === 'area'
          ? html`<span class="number">${node.area.number}</span>`
          : node.kind === 'task'
            ? html`<span class="mark" aria-hidden="true"></span>`
            : nothing}
        <span class="text">${node.text[lang]}</span>
        ${node.kind === 'area' ? html`<span class="count">${s.taskCount(taskCountOf(node.area))}</span>` : nothing}
      </li>`;
    };
    return html`<p id="hint" class="visually-hidden">${s.taskMapHint}</p>
      <ul
        class="list outline"
        part="outline"
        role="tree"
        aria-labelledby="title"
        aria-describedby="hint"
      >
        ${model.nodes.map((n, i) => line(n, i))}
      </ul>
      <p class="key" aria-hidden="true">${s.taskMapKey}</p>`;
  }

  protected override table(model: TaskMapModel, lang: Lang): TableModel {
    const s = t(lang);
    return {
      caption: this.heading(model, lang),
      columns: [{ label: s.taskArea }, { label: s.task }],
      rows: model.areas.map((a) => ({
        // How the report prints the area (its number, a run-on title line) is for data people: here, not in the figure.
        header: [s.labelledValue(s.areaLabel(a.number), a.title[lang]), ...this.marks(a, lang)].join(lang === 'zh' ? '；' : '; '),
        cells: [
          s.labelledValue(
            s.taskCount(taskCountOf(a)),
            joinList(
              a.groups.flatMap((g) => g.items.map((item) => item[lang])),
              lang,
            ),
          ),
        ],
        // The count is the element's own (the report lists the tasks, it does not count them): no `written`.
        figure: { value: taskCountOf(a), unit: TASKS },
      })),
    };
  }

  protected override records(model: TaskMapModel): readonly object[] {
    return model.areas;
  }

  protected override loadChart(): Promise<ChartRuntime<Options>> {
    return import('./task-map.chart.js').then((m) => m.runtime());
  }

  protected override chartOption(model: TaskMapModel, ctx: ChartContext, { buildUnitOption, taskUnits }: Options): EChartsCoreOption {
    return buildUnitOption(taskUnits(model.areas, ctx), ctx);
  }

  /** One key per task, in the chart's order: its area and its words. */
  protected override chartKeys(model: TaskMapModel, lang: Lang): readonly string[] {
    const s = t(lang);
    return chartTasks(model).map((i) => s.labelledValue(s.areaLabel(model.nodes[i]!.area.number), model.nodes[i]!.text[lang]));
  }

  protected override chartRecord(item: ChartItem, model: TaskMapModel): unknown {
    const index = chartTasks(model)[item.dataIndex];
    return index === undefined ? undefined : model.nodes[index]!.record;
  }

  /** The area's quirks as the dataset's notes record them, in words. */
  private marks(area: TaskArea, lang: Lang): string[] {
    const s = t(lang);
    const marks: string[] = [];
    if (area.writtenNumber === null) marks.push(s.areaUnnumbered);
    else if (area.writtenNumber !== area.number) marks.push(s.areaPrintedAs(area.writtenNumber));
    // The title is set with full-width commas, the line as printed with half-width ones: only a run-on line is longer.
    if (area.sourceTitle.length !== area.title.zh.length) marks.push(s.areaRunOn(area.sourceTitle));
    return marks;
  }

  private choose(index: number): void {
    const node = this.resolution?.model?.nodes[index];
    if (!node) return;
    this.selectedIndex = index;
    this.selectRecord(node.record);
  }

  /** A tree: Up, Down, Home and End as in a vertical list; Right enters an area (or a sub-heading), Left goes back up to it. */
  private treeMoves(key: string, index: number, last: number): number | undefined {
    const nodes = this.resolution?.model?.nodes ?? [];
    if (key === 'ArrowRight') return nodes[index + 1]?.parent === index ? index + 1 : undefined;
    if (key === 'ArrowLeft') return nodes[index]!.parent >= 0 ? nodes[index]!.parent : undefined;
    return verticalMoves(key, index, last);
  }
}

/** The outline's task lines in the chart's order (the outline's own): the chart's data index → outline index. */
function chartTasks(model: TaskMapModel): number[] {
  return model.nodes.flatMap((n, i) => (n.kind === 'task' ? [i] : []));
}
