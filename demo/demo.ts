/**
 * The demo page: a gallery of every element the library ships, built from the dataset through the public API
 * only (the registration module and the dataset). Every piece of text reaches the DOM through Lit templates or
 * attributes; nothing is parsed as HTML.
 *
 * URL parameters set the page-level switches: `?theme=dark&lang=en&renderer=canvas`.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import '../src/define-all.js';
import { dataset } from '../data/index.js';
import type { Category, Localized, Project, Target } from '../data/index.js';
import type { SxErrorDetail, SxSelectDetail } from '../src/index.js';
import { VERSION } from '../src/version.js';
import type { DemoKit } from './section-kit.js';
import { targetBoardDemo } from './target-board.js';
import { taskMapDemo } from './task-map.js';
import { resultsDemo } from './results.js';
import { reportDemo } from './report.js';
import { exportsDemo } from './exports.js';
import { copyText, tagSnippet } from './embed-code.js';

type Lang = 'zh' | 'en';
type PageTheme = 'light' | 'dark';
type Renderer = 'svg' | 'canvas';
type Tag = `sx-${string}`;

interface Settings {
  theme: PageTheme;
  lang: Lang;
  renderer: Renderer;
}

/** One example in the gallery: an element made once and kept, whatever the switches do. */
interface Example {
  /** The card's id, for links and for the copy status. */
  id: string;
  tag: Tag;
  /** The attributes that make this example what it is, in the order the snippet writes them. */
  attrs: ReadonlyArray<readonly [string, string]>;
  element: HTMLElement;
  /** Span two grid columns on wide screens. */
  wide?: boolean;
}

interface LogEntry {
  time: string;
  type: 'sx-select' | 'sx-error';
  source: string;
  detail: string;
}

/** Version-pinned, as the README and the builder write it: a new release never changes a published article. */
const CDN_LINE = `<script type="module" src="https://unpkg.com/shanxi-report-charts@${VERSION}/dist/cdn/shanxi-report-charts.js"></script>`;
const LOG_LIMIT = 30;
const COPY_STATUS_MS = 2500;

/* ------------------------------------------------------------------------------------------------ */
/* The page's own words, one table per language (the elements bring their own).                       */
/* ------------------------------------------------------------------------------------------------ */

const strings = {
  zh: {
    dek: '可嵌入网页的报告图表：自定义元素示例库',
    meta: (s: typeof dataset.source) =>
      `${s.speaker.zh}在${s.meeting.zh}上作报告，${formatDate(s.date, 'zh')}。数据据${s.publisher.zh}摘要整理。`,
    controls: '页面设置',
    theme: '主题',
    light: '浅色',
    dark: '深色',
    lang: '语言',
    renderer: '渲染方式',
    embedTitle: '如何嵌入',
    embedText:
      '在页面中加入一次下面这一行，再把任一示例下方的标签粘贴到需要显示图表的位置。元素使用离它最近的 lang 属性所指定的语言；本页设为英文时，代码中会写明 lang="en"。',
    embedCode: '嵌入代码',
    builderLink: '用嵌入代码生成器挑选图表、设置属性并复制代码 →',
    copy: '复制',
    copied: '已复制',
    copyFailed: '无法自动复制，代码已选中，请按 Ctrl+C（⌘C）',
    targetsTitle: '2025年主要预期目标',
    targetsText: '报告列出的全部九项目标。有具体数值的目标画成仪表盘，没有数值的目标以文字陈述显示。',
    outcomeTitle: '实际值与目标对比',
    outcomeText:
      '用 actual 属性可以把一个实际值放到目标旁边，元素会根据目标的表述（“以上”“左右”等）给出判断；对“左右”类目标，tolerance 属性给出算作达标的范围。',
    illustrative: '示例数据，并非真实统计',
    illustrativeText:
      '本节中的 5.2、4.8 和 5.3 是为演示 actual 属性而编造的数字，不是山西省2025年的统计结果，请勿引用。',
    projectsTitle: '15件民生实事',
    projectsText: '完整清单、单个项目、按类别筛选。用方向键在项目之间移动，按回车或空格选择。',
    allProjects: '完整清单',
    oneProject: '单个项目：project="6"',
    oneCategory: '一个类别：category="water"',
    errorTitle: '错误状态',
    errorText: '未知的 id 不会让页面出错：元素显示一条可读的说明，并触发 sx-error 事件。',
    logTitle: '事件日志',
    logText: '点击仪表盘、图表中的柱子或清单中的项目，这里会列出 sx-select 事件；错误会以 sx-error 事件出现。',
    logEmpty: '还没有事件。',
    logClear: '清空日志',
    ready: (n: number, total: number) => `已渲染 ${n} / ${total} 个元素（sx-ready 或 sx-error）`,
    record: '记录',
    footerSource: '来源',
    footerLibrary: '本页使用 shanxi-report-charts 的公开接口：define-all 注册全部元素，数据来自随库附带的数据集。',
    footerLicense: '代码以 Apache-2.0 许可发布。',
  },
  en: {
    dek: 'Charts from the report, ready to embed: a gallery of the custom elements',
    meta: (s: typeof dataset.source) =>
      `Delivered by ${s.speaker.en} to the ${s.meeting.en}, ${formatDate(s.date, 'en')}. Figures transcribed from the summary published by ${s.publisher.en}.`,
    controls: 'Page settings',
    theme: 'Theme',
    light: 'Light',
    dark: 'Dark',
    lang: 'Language',
    renderer: 'Renderer',
    embedTitle: 'How to embed',
    embedText:
      'Add the line below once to your page, then paste the tag from any example where the chart should appear. An element speaks the language of the nearest lang attribute; while this page is in English, the snippets spell out lang="en".',
    embedCode: 'Embed code',
    builderLink: 'Pick a chart, set its attributes and copy its code in the embed builder →',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy automatically: the code is selected, press Ctrl+C (⌘C)',
    targetsTitle: 'The 2025 main targets',
    targetsText:
      'All nine targets in the report. Targets with a number are drawn as gauges; those without one are shown as statements.',
    outcomeTitle: 'An outcome against its target',
    outcomeText:
      'The actual attribute puts an outcome next to the target, and the element gives a verdict that follows the target’s wording (“at least”, “about”); for an “about” target, tolerance sets the range that counts as on target.',
    illustrative: 'Illustrative figures, not real statistics',
    illustrativeText:
      'The 5.2, 4.8 and 5.3 in this section are made up to show the actual attribute. They are not Shanxi’s 2025 results: do not quote them.',
    projectsTitle: 'The 15 livelihood projects',
    projectsText:
      'The full list, one project, and one category. Move between projects with the arrow keys; press Enter or Space to select one.',
    allProjects: 'The full list',
    oneProject: 'One project: project="6"',
    oneCategory: 'One category: category="water"',
    errorTitle: 'Error state',
    errorText: 'An unknown id does not break the page: the element shows a message a reader can act on and fires sx-error.',
    logTitle: 'Event log',
    logText:
      'Click a gauge, a bar or a project in a list and its sx-select event appears here; errors appear as sx-error events.',
    logEmpty: 'No events yet.',
    logClear: 'Clear log',
    ready: (n: number, total: number) => `${n} of ${total} elements rendered (sx-ready or sx-error)`,
    record: 'record',
    footerSource: 'Source',
    footerLibrary:
      'This page uses the public API of shanxi-report-charts only: define-all registers every element, and the figures come from the dataset shipped with the library.',
    footerLicense: 'Code released under the Apache-2.0 licence.',
  },
} satisfies Record<Lang, Record<string, unknown>>;

const INTRO: Localized = {
  zh: 'shanxi-report-charts 是一组基于 Lit 3 和 ECharts 6 的网页自定义元素，把2025年山西省政府工作报告中的主要预期目标和15件民生实事做成可以直接嵌入新闻页面的图表。每个图表都同时给出文字、数据表和出处，屏幕阅读器和键盘都能使用。',
  en: 'shanxi-report-charts is a set of custom elements, built on Lit 3 and ECharts 6, that turn the main targets and the 15 livelihood projects of the 2025 Shanxi government work report into charts a newsroom can embed. Every chart also gives its figures as text, a data table and its source, and works with a keyboard and a screen reader.',
};

/* ------------------------------------------------------------------------------------------------ */
/* State                                                                                             */
/* ------------------------------------------------------------------------------------------------ */

const settings: Settings = readSettings();
const log: LogEntry[] = [];
const settled = new Set<Element>();
const copyStatus = new Map<string, 'copied' | 'failed'>();
const copyTimers = new Map<string, ReturnType<typeof setTimeout>>();

function readSettings(): Settings {
  const q = new URLSearchParams(location.search);
  const theme = q.get('theme');
  const lang = q.get('lang');
  const renderer = q.get('renderer');
  const prefersDark = globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return {
    theme: theme === 'dark' || theme === 'light' ? theme : prefersDark ? 'dark' : 'light',
    lang: lang === 'en' ? 'en' : 'zh',
    renderer: renderer === 'canvas' ? 'canvas' : 'svg',
  };
}

/* ------------------------------------------------------------------------------------------------ */
/* The examples                                                                                      */
/* ------------------------------------------------------------------------------------------------ */

const byElement = new WeakMap<Element, Example>();

function example(id: string, tag: Tag, attrs: Example['attrs'], wide = false): Example {
  const element = document.createElement(tag);
  for (const [name, value] of attrs) element.setAttribute(name, value);
  const ex: Example = { id, tag, attrs, element, wide };
  byElement.set(element, ex);
  return ex;
}

const targetExamples = dataset.targets.map((t) =>
  example(`target-${t.id}`, 'sx-target-gauge', [['indicator', t.id]]),
);

const ILLUSTRATIVE_LABEL = '示例数据 / example figure';
const outcomeExamples = [
  example('outcome-gdp-growth', 'sx-target-gauge', [
    ['indicator', 'gdp-growth'],
    ['actual', '5.2'],
    ['actual-label', ILLUSTRATIVE_LABEL],
  ]),
  example('outcome-fixed-asset-investment', 'sx-target-gauge', [
    ['indicator', 'fixed-asset-investment'],
    ['actual', '4.8'],
    ['actual-label', ILLUSTRATIVE_LABEL],
  ]),
  example('outcome-urban-unemployment', 'sx-target-gauge', [
    ['indicator', 'urban-unemployment'],
    ['actual', '5.3'],
    ['actual-label', ILLUSTRATIVE_LABEL],
    ['tolerance', '0.3'],
  ]),
];

const projectExamples = {
  all: example('projects-all', 'sx-project-list', [], true),
  one: example('projects-6', 'sx-project-list', [['project', '6']]),
  category: example('projects-water', 'sx-project-list', [['category', 'water']]),
};

const errorExample = example('error-unknown-indicator', 'sx-target-gauge', [['indicator', 'gdp-growth-2030']]);

/** Sections that live in modules of their own, built with the page's helpers. */
const kit: DemoKit<Example> = { example, card, section };
const moduleSections = [resultsDemo(kit), targetBoardDemo(kit), taskMapDemo(kit), reportDemo(kit)];

const examples: Example[] = [
  ...targetExamples,
  ...moduleSections.flatMap((m) => m.examples),
  ...outcomeExamples,
  projectExamples.all,
  projectExamples.one,
  projectExamples.category,
  errorExample,
];

/** The page-level switches reach every element as attributes; the language is inherited from `<html lang>`. */
function applySettings(): void {
  const root = document.documentElement;
  root.dataset.theme = settings.theme;
  root.lang = settings.lang === 'zh' ? 'zh-CN' : 'en';
  for (const { element } of examples) {
    toggleAttr(element, 'theme', settings.theme === 'dark' ? 'dark' : null);
    toggleAttr(element, 'renderer', settings.renderer === 'canvas' ? 'canvas' : null);
  }
  const url = new URL(location.href);
  url.searchParams.set('theme', settings.theme);
  url.searchParams.set('lang', settings.lang);
  url.searchParams.set('renderer', settings.renderer);
  history.replaceState(null, '', url);
}

function toggleAttr(el: Element, name: string, value: string | null): void {
  if (value === null) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/**
 * The tag exactly as the example uses it: its own attributes, then the ones the page switches put on every
 * element, then `lang="en"` while it inherits English from the page (a pasted tag would otherwise speak
 * Chinese). Built from the same settings `applySettings` writes, not read back from the DOM, where the
 * elements reflect their default `theme="light"`.
 */
function snippet(ex: Example): string {
  const attrs: [string, string][] = ex.attrs.map(([n, v]) => [n, v]);
  if (settings.theme === 'dark') attrs.push(['theme', 'dark']);
  if (settings.renderer === 'canvas') attrs.push(['renderer', 'canvas']);
  if (settings.lang === 'en') attrs.push(['lang', 'en']);
  return tagSnippet(ex.tag, attrs);
}

/* ------------------------------------------------------------------------------------------------ */
/* Events                                                                                            */
/* ------------------------------------------------------------------------------------------------ */

function describeElement(el: Element): string {
  const ex = byElement.get(el);
  const attrs = ex ? ex.attrs.map(([n, v]) => ` ${n}="${v}"`).join('') : '';
  return `<${el.localName}${attrs}>`;
}

function isTarget(r: object): r is Target {
  return 'comparator' in r;
}

function isProject(r: object): r is Project {
  return 'number' in r && 'category' in r;
}

function describeRecord(record: unknown, lang: Lang): string {
  if (!record || typeof record !== 'object') return String(record);
  if (isTarget(record)) return `${record.id} · ${record.label[lang]}`;
  if (isProject(record)) return `#${record.number} · ${record.title[lang]}`;
  const category = record as Partial<Category>;
  if (category.id && category.label) return `${category.id} · ${category.label[lang]}`;
  // A task area (id and title), an area's sub-heading (heading) or a task (its words).
  const task = record as { id?: string; title?: Localized; heading?: Localized; zh?: string; en?: string };
  if (task.id && task.title) return `${task.id} · ${task.title[lang]}`;
  if (task.heading) return task.heading[lang];
  if (task.zh && task.en) return lang === 'zh' ? task.zh : task.en;
  return JSON.stringify(record);
}

function addLog(type: LogEntry['type'], target: Element, detail: string): void {
  log.unshift({
    time: new Date().toLocaleTimeString(settings.lang === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false }),
    type,
    source: describeElement(target),
    detail,
  });
  log.length = Math.min(log.length, LOG_LIMIT);
  update();
}

// Listen before any element is connected: an unknown id reports its error on its first render.
document.addEventListener('sx-select', (event) => {
  const detail = event.detail as SxSelectDetail;
  addLog('sx-select', event.target as Element, `${strings[settings.lang].record}: ${describeRecord(detail.record, settings.lang)}`);
});
document.addEventListener('sx-error', (event) => {
  const detail = event.detail as SxErrorDetail;
  settled.add(event.target as Element);
  addLog('sx-error', event.target as Element, `${detail.code}: ${detail.message}`);
});
document.addEventListener('sx-ready', (event) => {
  const size = settled.size;
  settled.add(event.target as Element);
  if (settled.size !== size) update();
});

/* ------------------------------------------------------------------------------------------------ */
/* Copying                                                                                           */
/* ------------------------------------------------------------------------------------------------ */

async function copy(id: string, text: string, code: HTMLElement | null): Promise<void> {
  const status = await copyText(text, code);
  copyStatus.set(id, status);
  clearTimeout(copyTimers.get(id));
  copyTimers.set(
    id,
    setTimeout(() => {
      copyStatus.delete(id);
      update();
    }, status === 'copied' ? COPY_STATUS_MS : COPY_STATUS_MS * 3),
  );
  update();
}

/* ------------------------------------------------------------------------------------------------ */
/* Templates                                                                                         */
/* ------------------------------------------------------------------------------------------------ */

function codeBlock(id: string, code: string, label: string): TemplateResult {
  const s = strings[settings.lang];
  const status = copyStatus.get(id);
  const codeId = `code-${id}`;
  return html`<div class="embed">
    <div class="embed-bar">
      <span class="embed-label" id=${`label-${id}`}>${label}</span>
      <span class="copy-status" role="status" data-status=${status ?? 'idle'}
        >${status === 'copied' ? s.copied : status === 'failed' ? s.copyFailed : ''}</span
      >
      <button
        type="button"
        class="copy"
        aria-describedby=${codeId}
        @click=${() => copy(id, code, document.getElementById(codeId))}
      >
        ${s.copy}
      </button>
    </div>
    <pre><code id=${codeId} translate="no">${code}</code></pre>
  </div>`;
}

function card(ex: Example, caption?: string): TemplateResult {
  const s = strings[settings.lang];
  return html`<article class=${ex.wide ? 'card card--wide' : 'card'} id=${ex.id}>
    ${caption ? html`<h3 class="card-caption">${caption}</h3>` : nothing}
    <div class="card-element">${ex.element}</div>
    ${codeBlock(ex.id, snippet(ex), s.embedCode)}
  </article>`;
}

function radioGroup<V extends string>(
  name: keyof Settings,
  legend: string,
  options: ReadonlyArray<readonly [V, string, string?]>,
  current: V,
): TemplateResult {
  return html`<fieldset class="switch">
    <legend>${legend}</legend>
    <div class="switch-options">
      ${options.map(
        ([value, label, lang]) => html`<label class="switch-option">
          <input
            type="radio"
            name=${name}
            .value=${value}
            .checked=${value === current}
            @change=${() => setSetting(name, value)}
          />
          <span lang=${lang ?? nothing}>${label}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

function setSetting(name: keyof Settings, value: string): void {
  (settings as unknown as Record<string, string>)[name] = value;
  applySettings();
  update();
}

function section(id: string, title: string, text: string, body: TemplateResult): TemplateResult {
  return html`<section class="section" id=${id} aria-labelledby=${`${id}-title`}>
    <div class="section-head">
      <h2 id=${`${id}-title`}>${title}</h2>
      <p>${text}</p>
    </div>
    ${body}
  </section>`;
}

function page(): TemplateResult {
  const lang = settings.lang;
  const s = strings[lang];
  const src = dataset.source;
  return html`
    <header class="masthead">
      <div class="wrap">
        <p class="kicker"><code translate="no">shanxi-report-charts</code><span aria-hidden="true"> · </span>Lit 3 + ECharts 6</p>
        <h1>
          <span lang="zh-CN">${src.title.zh}</span>
          <span class="h1-en" lang="en">${src.title.en}</span>
        </h1>
        <p class="dek">${s.dek}</p>
        <div class="intro">
          <p lang="zh-CN">${INTRO.zh}</p>
          <p lang="en">${INTRO.en}</p>
        </div>
        <p class="meta">${s.meta(src)}</p>
      </div>
    </header>

    <section class="toolbar" aria-label=${s.controls}>
      <div class="wrap toolbar-inner">
        ${radioGroup('theme', s.theme, [['light', s.light], ['dark', s.dark]], settings.theme)}
        ${radioGroup('lang', s.lang, [['zh', '中文', 'zh-CN'], ['en', 'English', 'en']], settings.lang)}
        ${radioGroup('renderer', s.renderer, [['svg', 'SVG'], ['canvas', 'Canvas']], settings.renderer)}
      </div>
    </section>

    <main class="wrap" id="gallery">
      <section class="section embed-intro" aria-labelledby="embed-title">
        <div class="section-head">
          <h2 id="embed-title">${s.embedTitle}</h2>
          <p>${s.embedText}</p>
          <p><a class="builder-link" href="./builder.html">${s.builderLink}</a></p>
        </div>
        ${codeBlock('cdn', CDN_LINE, 'HTML')}
      </section>

      ${section(
        'targets',
        s.targetsTitle,
        s.targetsText,
        html`<div class="grid">${targetExamples.map((ex) => card(ex))}</div>`,
      )}

      ${moduleSections.map((m) => m.render(lang))}

      ${section(
        'outcome',
        s.outcomeTitle,
        s.outcomeText,
        html`<div class="illustrative" role="note">
            <strong>${s.illustrative}</strong>
            <span>${s.illustrativeText}</span>
          </div>
          <div class="grid">${outcomeExamples.map((ex) => card(ex))}</div>`,
      )}

      ${section(
        'projects',
        s.projectsTitle,
        s.projectsText,
        html`<div class="grid grid--projects">
          ${card(projectExamples.all, s.allProjects)}
          <div class="stack">${card(projectExamples.one, s.oneProject)} ${card(projectExamples.category, s.oneCategory)}</div>
        </div>`,
      )}

      ${exportsDemo(lang, update)}

      <div class="grid grid--pair">
        ${section('error', s.errorTitle, s.errorText, card(errorExample))}
        ${section(
          'events',
          s.logTitle,
          s.logText,
          html`<div class="log-panel">
            <div class="log-bar">
              <p class="log-ready" role="status">${s.ready(Math.min(settled.size, examples.length), examples.length)}</p>
              <button type="button" class="copy" ?disabled=${log.length === 0} @click=${clearLog}>${s.logClear}</button>
            </div>
            ${log.length === 0
              ? html`<p class="log-empty">${s.logEmpty}</p>`
              : html`<ol class="log" aria-live="polite">
                  ${log.map(
                    (e) => html`<li class="log-entry" data-type=${e.type}>
                      <span class="log-time">${e.time}</span>
                      <span class="log-type">${e.type}</span>
                      <code class="log-source" translate="no">${e.source}</code>
                      <span class="log-detail">${e.detail}</span>
                    </li>`,
                  )}
                </ol>`}
          </div>`,
        )}
      </div>
    </main>

    <footer class="colophon">
      <div class="wrap">
        <p>
          <strong>${s.footerSource}:</strong>
          ${src.title[lang]} · ${src.speaker[lang]} · ${formatDate(src.date, lang)} · ${src.publisher[lang]}
        </p>
        <p>${s.footerLibrary} ${s.footerLicense}</p>
      </div>
    </footer>
  `;
}

function clearLog(): void {
  log.length = 0;
  update();
}

function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/* ------------------------------------------------------------------------------------------------ */
/* Rendering                                                                                         */
/* ------------------------------------------------------------------------------------------------ */

const app = document.getElementById('app')!;
let pending = false;

/** Re-renders the page at most once per task; the elements are the same nodes every time, so they stay put. */
function update(): void {
  if (pending) return;
  pending = true;
  queueMicrotask(() => {
    pending = false;
    render(page(), app);
  });
}

applySettings();
app.replaceChildren();
render(page(), app);
