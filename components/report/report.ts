import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { notes } from '../../data/notes.js';
import { dataset, projects, results, source, targets, taskAreas } from '../../data/index.js';
import type { Unit } from '../../data/types.js';
import { joinList, type TableModel } from '../../src/a11y/data-table.js';
import { echo, keyword, rendererOf, themeOf } from '../../src/chart/input.js';
import { SxFigureElement, type Resolution } from '../../src/chart/sx-figure-element.js';
import { reportDate } from '../../src/download/citation.js';
import { t, type Lang, type Strings } from '../../src/i18n/all.js';
import { longPictureRequest } from './report.long-sources.js';
import { reportStyles } from './report.styles.js';

/** The report's parts, in the report's order. */
export const SECTIONS = ['results', 'targets', 'tasks', 'projects'] as const;
export type SectionName = (typeof SECTIONS)[number];

/** What `<sx-report>` shows: the sections asked for, in the order asked. */
export interface ReportModel {
  sections: readonly SectionName[];
}

const ITEMS: Unit = { zh: '项', en: 'items', enSingular: 'item' };

/** Each section's name, and the dataset records it shows (what the JSON download of the report gives). */
const SECTION_INFO: Record<SectionName, { title: (s: Strings) => string; records: () => readonly object[] }> = {
  results: { title: (s) => s.sectionResults, records: () => results },
  targets: { title: (s) => s.sectionTargets, records: () => targets },
  tasks: { title: (s) => s.sectionTasks, records: () => taskAreas },
  projects: { title: (s) => s.sectionProjects, records: () => projects },
};

/**
 * The whole 2025 Shanxi government work report in one tag, for an explainer page: a header (title, date,
 * speaker, meeting), a table of contents, then the sections in the report's order: the 2024 results (one
 * `<sx-results-board>`, the three themes in it), the 2025 targets (`<sx-target-board>`), the seven task areas
 * (`<sx-task-map>`) and the fifteen livelihood projects (`<sx-project-list>`). It draws no chart itself: it
 * composes the other elements by their tags and hands them its `theme`, `renderer`, `no-download` and `eager`
 * (its language they inherit), so each keeps its own laziness (no chart code loads before a reader scrolls near
 * it), its own errors and its own accessibility.
 *
 * @summary The whole report in one tag: header, contents, and the results, targets, tasks and projects elements.
 * @summary-zh 一个标签放下整份报告：报头、目录，以及成绩、目标、任务和民生实事各部分。
 * @tag sx-report
 *
 * @attr sections - Which sections to show, and in which order, comma-separated: results, targets, tasks, projects (default: all four, in the report's order).
 * @attr-zh sections - 显示哪些部分、按什么顺序，用逗号分隔：`results`、`targets`、`tasks`、`projects`（默认：四部分全部，按报告顺序）。
 * @attr lang - `zh` (default) or `en`; when absent, the nearest ancestor's `lang` decides. The sections inherit it.
 * @attr-zh lang - `zh`（默认）或 `en`；不设置时由最近的上级元素的 `lang` 决定。各部分随之使用同一语言。
 * @attr theme - `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`, live); handed to every section.
 * @attr-zh theme - `light`（默认）、`dark` 或 `auto`（跟随读者系统的深浅色设置，实时切换）；各部分随之使用同一配色。
 * @attr renderer - `svg` (default) or `canvas`; handed to every section's charts.
 * @attr-zh renderer - `svg`（默认）或 `canvas`；各部分的图表都用它绘制。
 * @attr no-title - Hides the report's title visually; it still names the figure for screen readers.
 * @attr-zh no-title - 在视觉上隐藏报告标题；读屏软件仍会读出它。
 * @attr no-source - Hides the report's source line: one, at its end (its sections never show their own).
 * @attr-zh no-source - 隐藏报告末尾唯一的来源行（各部分从不显示自己的来源行）。
 * @attr eager - Starts every section's charts at once instead of when each nears the viewport.
 * @attr-zh eager - 各部分的图表立即绘制，而不是等到接近可视区域时。
 * @attr no-download - Hides the download menu, here and in every section; `download()` still works.
 * @attr-zh no-download - 隐藏下载菜单，本元素和各部分都隐藏；`download()` 仍可调用。
 *
 * @event sx-ready - The report's own text has rendered (each section fires its own `sx-ready`, which bubbles out).
 * @event sx-select - Bubbles out of the sections: a reader picked a record in one of them; `detail.record` is that record.
 * @event sx-error - An unknown section name in `sections` (the message lists the valid ones); the sections' own errors bubble out too. `detail` is `{ code, message }`.
 * @event sx-download - A reader took a download from the report's menu or copied the citation (or a script called `download()`): `detail` is `{ format, filename }` (`csv`, `json`, `long-png`, `long-svg`, `citation`; no filename for the citation). `long-png` and `long-svg` are the long image (长图): the whole report as one picture 1080 px wide. A failure is an `sx-error` with code `download-failed`. The sections' own downloads bubble out too.
 *
 * @csspart figure - The figure that holds everything.
 * @csspart title - The report's title.
 * @csspart meta - The line with the date, the speaker and the meeting.
 * @csspart contents - The table of contents.
 * @csspart section - One section (with its heading and its elements).
 * @csspart table - The data table of the sections (visually hidden until the toggle opens it).
 * @csspart toggle - The button that shows and hides the data table.
 * @csspart source - The source line.
 * @csspart error - The error message.
 *
 * @cssprop --sx-color-text - Text colour (the sections read the same properties).
 * @cssprop --sx-color-muted - Secondary text colour (meta line, source line).
 * @cssprop --sx-color-background - Background of the element.
 * @cssprop --sx-color-border - Lines between the sections.
 * @cssprop --sx-color-accent - Links of the table of contents.
 * @cssprop --sx-font-family - Font (default: the page's).
 * @cssprop --sx-font-size - Base font size (default 1rem).
 * @cssprop --sx-padding - Padding inside the element.
 * @cssprop --sx-radius - Corner radius.
 * @cssprop --sx-content-visibility - On a page of many elements, `auto` (default): far from the viewport, the browser may skip drawing the inside; `visible` opts out.
 */
export class SxReport extends SxFigureElement<ReportModel> {
  static override styles = [...SxFigureElement.styles, reportStyles];
  /** The 2024 results name the dataset's notes by id. */
  protected override readonly noteTable = notes;

  /** Which sections, in which order: `results,targets,tasks,projects` (all four when empty). */
  @property() sections: string | null = null;

  protected override resolve(lang: Lang): Resolution<ReportModel> {
    const s = t(lang);
    const raw = this.textInput('sections');
    if (!raw) return { model: { sections: SECTIONS } };
    const picked: SectionName[] = [];
    for (const part of raw.split(/[,，、\s]+/)) {
      const name = keyword(part);
      if (!name) continue;
      if (!(SECTIONS as readonly string[]).includes(name)) {
        return this.fail('unknown-section', s.errorUnknownSection(echo(part), SECTIONS.join(', ')));
      }
      if (picked.includes(name as SectionName)) {
        return this.fail('malformed-attribute', s.errorRepeated('sections', echo(part)));
      }
      picked.push(name as SectionName);
    }
    return { model: { sections: picked.length ? picked : SECTIONS } };
  }

  protected override heading(_model: ReportModel, lang: Lang): string {
    return source.title[lang];
  }

  protected override describe(model: ReportModel, lang: Lang): string {
    const s = t(lang);
    return s.reportSummary(joinList(model.sections.map((n) => SECTION_INFO[n].title(s)), lang));
  }

  protected override renderBody(model: ReportModel, lang: Lang): TemplateResult {
    const s = t(lang);
    return html`<p class="meta" part="meta">${s.reportDelivered(reportDate(lang), source.speaker[lang], source.meeting[lang])}</p>
      <nav class="contents" part="contents" aria-labelledby="contents-title">
        <h2 id="contents-title" class="contents-title">${s.reportContents}</h2>
        <ol>
          ${model.sections.map(
            (n) => html`<li><a href=${`#section-${n}`} @click=${(e: Event) => this.jump(e, n)}>${SECTION_INFO[n].title(s)}</a></li>`,
          )}
        </ol>
      </nav>
      ${model.sections.map((n) => this.renderSection(n, lang))}`;
  }

  protected override table(model: ReportModel, lang: Lang): TableModel {
    const s = t(lang);
    return {
      caption: s.reportContents,
      columns: [{ label: s.section }, { label: s.value, numeric: true }],
      rows: model.sections.map((n) => {
        const count = SECTION_INFO[n].records().length;
        // Counts the element makes of the dataset: no `written`.
        return { header: SECTION_INFO[n].title(s), cells: [s.itemCount(count)], figure: { value: count, unit: ITEMS } };
      }),
    };
  }

  protected override records(model: ReportModel): readonly object[] {
    return model.sections.flatMap((n) => SECTION_INFO[n].records());
  }


  /** The report as a whole is cited by the summary's headline, verbatim; its sections cite their own sentences. */
  protected override citationQuotes(): readonly string[] {
    return [source.headline.zh];
  }

  /** The long image (长图): the sections in the order given, drawn by ./report.long-render.ts (loaded when asked). */
  protected override longPicture(model: ReportModel, lang: Lang, dark: boolean): (format: 'png' | 'svg') => Promise<Blob> {
    return async (format) => {
      const render = await import('./report.long-render.js');
      const request = longPictureRequest(model.sections, lang, dark);
      return format === 'png' ? render.longPngBlob(request) : render.longSvgBlob(request);
    };
  }

  protected override downloadId(): string {
    return dataset.id;
  }

  /** Scrolls to a section and moves focus to its heading: fragment links do not reach into a shadow root. */
  private jump(event: Event, name: SectionName): void {
    const heading = this.renderRoot.querySelector<HTMLElement>(`#heading-${name}`);
    if (!heading) return;
    event.preventDefault();
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }

  /** A section: its heading, then the elements that show it, with the report's shared attributes. */
  private renderSection(name: SectionName, lang: Lang): TemplateResult {
    const s = t(lang);
    const theme = themeOf(this.theme) === 'light' ? nothing : themeOf(this.theme);
    const renderer = rendererOf(this.renderer) === 'canvas' ? 'canvas' : nothing;
    // Each section is one figure under the section's heading: its own title would repeat the heading (visually
    // hidden, it still names the figure), and the report's one source line at its end serves them all.
    const body = (() => {
      switch (name) {
        case 'results':
          // The three themes in one board: one data/download row for the section.
          return html`<sx-results-board theme=${theme} renderer=${renderer} no-title no-source ?no-download=${this.noDownload} ?eager=${this.eager}></sx-results-board>`;
        case 'targets':
          return html`<sx-target-board theme=${theme} renderer=${renderer} no-title no-source ?no-download=${this.noDownload} ?eager=${this.eager}></sx-target-board>`;
        case 'tasks':
          return html`<sx-task-map theme=${theme} renderer=${renderer} no-title no-source ?no-download=${this.noDownload} ?eager=${this.eager}></sx-task-map>`;
        case 'projects':
          return html`<sx-project-list theme=${theme} renderer=${renderer} no-title no-source ?no-download=${this.noDownload} ?eager=${this.eager}></sx-project-list>`;
      }
    })();
    return html`<section class="section" part="section" id=${`section-${name}`} aria-labelledby=${`heading-${name}`}>
      <h2 id=${`heading-${name}`} class="section-title" tabindex="-1">${SECTION_INFO[name].title(s)}</h2>
      ${body}
    </section>`;
  }
}
