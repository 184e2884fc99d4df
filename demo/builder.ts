/**
 * The embed builder: pick an element, set its attributes, see it at phone and article width, copy the code.
 *
 * Everything about the elements comes from custom-elements.json (`virtual:sx-manifest`, which vite.config.ts
 * makes by running the analyzer on the sources): the list of elements, one field per attribute, the values a
 * select offers and their labels, the defaults the embed code leaves out. The builder names no element, so an
 * element added to the library appears here with no code of its own.
 *
 * The state lives in the URL (`?element=sx-target-gauge&indicator=cpi&theme=dark`); with none, the builder
 * opens on the first element with its first record picked. Nothing from it, or from the manifest, becomes
 * HTML: values reach the page as Lit template text, property bindings and `setAttribute` on the previewed
 * elements, whose tags and attribute names come from the manifest only.
 *
 * The embed code holds the element's sentence (its `description`, the words the element itself gives screen
 * readers) as the tag's text, so that an article whose script is blocked still says the figure. "Try the code"
 * opens try.html, which shows that code in a sandboxed frame of its own, with and without the script.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import '../src/define-all.js';
import { manifest, pkg } from 'virtual:sx-manifest';
import {
  attributesFor,
  embedCode,
  elementsOf,
  npmCode,
  readState,
  startValues,
  writeState,
  type ElementSpec,
  type Field,
  type Values,
} from './builder-model.js';
import { copyText } from './embed-code.js';
import { TRY_PARAM } from './try-code.js';
import { PICTURE_PRESET_NAMES, t } from '../src/index.js';
import type { DownloadFormat } from '../src/events.js';

type Lang = 'zh' | 'en';
type CopyId = 'embed' | 'npm' | 'link';

/**
 * Short names for the fields, by attribute name (an attribute means the same in every element). An attribute
 * not listed here is labelled by its name alone; its help, from the manifest, still says what it does.
 */
const FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  indicator: { zh: '目标', en: 'Target' },
  actual: { zh: '实际结果', en: 'Outcome' },
  actuals: { zh: '实际结果', en: 'Outcomes' },
  'actual-label': { zh: '结果出处', en: 'Outcome source' },
  tolerance: { zh: '容差', en: 'Tolerance' },
  result: { zh: '成绩', en: 'Result' },
  results: { zh: '成绩', en: 'Results' },
  set: { zh: '可比数字组', en: 'Comparable set' },
  project: { zh: '民生实事', en: 'Project' },
  category: { zh: '类别', en: 'Category' },
  topic: { zh: '主题', en: 'Theme of the report' },
  area: { zh: '工作方面', en: 'Task area' },
  sections: { zh: '部分', en: 'Sections' },
  'show-source': { zh: '显示原句', en: 'Show the source sentence' },
  lang: { zh: '语言', en: 'Language' },
  theme: { zh: '配色', en: 'Colour scheme' },
  renderer: { zh: '绘制方式', en: 'Renderer' },
  'no-title': { zh: '隐藏标题', en: 'Hide the title' },
  'no-source': { zh: '隐藏来源行', en: 'Hide the source line' },
  eager: { zh: '立即绘制', en: 'Draw at once' },
  static: { zh: '保留服务器画的图', en: 'Keep the server’s picture' },
  'no-download': { zh: '隐藏下载菜单', en: 'Hide the download menu' },
};

/** The pictures an editor takes of the preview, through the element's own `download()`: its sized presets. */
const PICTURES: readonly DownloadFormat[] = PICTURE_PRESET_NAMES;

/** A picture's name, as the element's own download menu says it. */
function pictureLabel(format: DownloadFormat, lang: Lang): string {
  const s = t(lang);
  const labels: Partial<Record<DownloadFormat, string>> = {
    square: s.downloadSquare,
    portrait: s.downloadPortrait,
    landscape: s.downloadLandscape,
  };
  return labels[format] ?? format;
}

const strings = {
  zh: {
    title: '嵌入代码生成器',
    dek: '选择一个图表，设置它的属性，复制嵌入代码，粘贴到文章里。',
    gallery: '返回示例库',
    element: '图表',
    attributes: '显示什么',
    advanced: '高级',
    advancedHelp: '给开发者：绘制方式、加载时机、服务器渲染和下载菜单。',
    unset: '（不设置）',
    inherit: '（跟随页面）',
    unknown: (v: string) => `未知的值：${v}`,
    defaultIs: '默认：',
    preview: '预览',
    phone: '手机 · 360 像素',
    article: '文章 · 680 像素',
    scaled: (p: number) => `（缩放至 ${p}%）`,
    theme: '主题',
    lang: '语言',
    ready: '已渲染',
    rendering: '渲染中…',
    error: (m: string) => `元素报告错误：${m}`,
    embedTitle: '嵌入代码',
    embedText: '把这两行粘贴到网页中要显示图表的位置。脚本行每页只需要一次。标签里的一句话是图表的文字版：脚本被拦截或加载慢时，读者看到的是它。',
    tryCode: '在空白页中试用代码',
    picturesTitle: '图片',
    picturesText: '把预览中的图表存为适合社交平台的图片。',
    pictureFailed: '图片没能生成，元素显示了原因。',
    npmTitle: (npm: TemplateResult) => html`给插件作者：从 ${npm} 安装`,
    copyEmbed: '复制嵌入代码',
    copyNpm: '复制模块导入代码',
    copyLink: '复制本页链接',
    copied: '已复制',
    copyFailed: '无法自动复制，代码已选中，请按 Ctrl+C（⌘C）',
  },
  en: {
    title: 'Embed builder',
    dek: 'Pick a chart, set its attributes, copy the embed code and paste it into your story.',
    gallery: 'Back to the gallery',
    element: 'Chart',
    attributes: 'What to show',
    advanced: 'Advanced',
    advancedHelp: 'For developers: renderer, when the chart starts, server rendering and the download menu.',
    unset: '(not set)',
    inherit: '(the page’s)',
    unknown: (v: string) => `Unknown value: ${v}`,
    defaultIs: 'Default: ',
    preview: 'Preview',
    phone: 'Phone · 360 px',
    article: 'Article · 680 px',
    scaled: (p: number) => ` (shown at ${p}%)`,
    theme: 'Theme',
    lang: 'Language',
    ready: 'Rendered',
    rendering: 'Rendering…',
    error: (m: string) => `The element reports an error: ${m}`,
    embedTitle: 'Embed code',
    embedText:
      'Paste these two lines where the chart should appear. The script line is needed once per page. The sentence inside the tag is the chart in words: what readers see while the script is blocked or slow.',
    tryCode: 'Try the code in a blank page',
    picturesTitle: 'Pictures',
    picturesText: 'Save the chart in the preview as a picture at the sizes social platforms expect.',
    pictureFailed: 'The picture could not be made: the element says why.',
    npmTitle: (npm: TemplateResult) => html`For plugin authors: the ${npm} module`,
    copyEmbed: 'Copy embed code',
    copyNpm: 'Copy npm import',
    copyLink: 'Copy link to this chart',
    copied: 'Copied',
    copyFailed: 'Could not copy automatically: the code is selected, press Ctrl+C (⌘C)',
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** The two widths an editor checks: a phone, and the column of an article. */
const FRAMES = [
  { id: 'phone', width: 360 },
  { id: 'article', width: 680 },
] as const;
type FrameId = (typeof FRAMES)[number]['id'];

/* ------------------------------------------------------------------------------------------------ */
/* State                                                                                             */
/* ------------------------------------------------------------------------------------------------ */

const specs = elementsOf(manifest, pkg);
let { spec, values } = readState(location.search, specs);
/** The previewed elements, one per frame, made again when the editor picks another element. */
let previews = makePreviews(spec);
/** What each preview has told: `sx-ready` once (ready), and the `sx-error` message while the error shows. */
const frameStatus = new Map<FrameId, { ready: boolean; error?: string }>();
let copyStatus: { id: CopyId; status: 'copied' | 'failed' } | undefined;
let pictureFailed = false;
let copyTimer: ReturnType<typeof setTimeout> | undefined;

function uiLang(): Lang {
  return (values.lang ?? '') === 'en' ? 'en' : 'zh';
}

function makePreviews(s: ElementSpec): Map<FrameId, HTMLElement> {
  return new Map(FRAMES.map((f) => [f.id, document.createElement(s.tag)]));
}

/** The previews carry exactly the attributes the embed code writes, so what is seen is what is copied. */
function syncPreviews(): void {
  const attrs = attributesFor(spec, values);
  const wanted = new Map(attrs);
  for (const [frame, el] of previews) {
    for (const field of spec.fields) {
      const value = wanted.get(field.name);
      try {
        if (value === undefined) el.removeAttribute(field.name);
        else if (el.getAttribute(field.name) !== value) el.setAttribute(field.name, value);
      } catch (error) {
        // An attribute the element refuses must not take the builder down; the element shows its own error.
        console.error(error);
      }
    }
    if (!frameStatus.has(frame)) frameStatus.set(frame, { ready: false });
    void settle(frame, el);
  }
}

/**
 * Once the element has rendered the new attributes: an error it no longer shows is gone. (An element reports
 * a new error with `sx-error`, but a mended one with nothing when it has no chart to draw again.)
 */
async function settle(frame: FrameId, el: HTMLElement): Promise<void> {
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  const status = frameStatus.get(frame);
  if (previews.get(frame) !== el) return;
  // The element's sentence (the embed code's fallback) follows its attributes.
  update();
  if (status?.error && !el.shadowRoot?.querySelector('[part~="error"]')) frameStatus.set(frame, { ready: status.ready });
}

function setValue(name: string, value: string): void {
  values = { ...values, [name]: value };
  changed();
}

function pickElement(tag: string): void {
  const next = specs.find((s) => s.tag === tag);
  if (!next || next === spec) return;
  // Keep what still applies (theme, language…): the attributes the new element also has.
  const kept: Values = startValues(next);
  for (const field of next.fields) {
    const value = values[field.name];
    // A record of the old element may not be one of the new element's (a stat's result in a ring).
    if (value === undefined || (field.kind === 'select' && !field.values.some((v) => v.value === value))) continue;
    kept[field.name] = value;
  }
  spec = next;
  values = kept;
  previews = makePreviews(spec);
  frameStatus.clear();
  changed();
}

function changed(): void {
  history.replaceState(null, '', writeState(spec, values) + location.hash);
  syncPreviews();
  update();
}

/* ------------------------------------------------------------------------------------------------ */
/* Events from the previews, copying                                                                 */
/* ------------------------------------------------------------------------------------------------ */

function frameOf(target: EventTarget | null): FrameId | undefined {
  for (const [frame, el] of previews) if (el === target) return frame;
  return undefined;
}

document.addEventListener('sx-ready', (event) => {
  const frame = frameOf(event.target);
  if (!frame) return;
  frameStatus.set(frame, { ready: true });
  update();
});
document.addEventListener('sx-error', (event) => {
  const frame = frameOf(event.target);
  if (!frame) return;
  frameStatus.set(frame, { ready: frameStatus.get(frame)?.ready ?? false, error: event.detail.message });
  update();
});

async function copy(id: CopyId, text: string, codeId?: string): Promise<void> {
  const status = await copyText(text, codeId ? document.getElementById(codeId) : null);
  copyStatus = { id, status };
  clearTimeout(copyTimer);
  copyTimer = setTimeout(() => {
    copyStatus = undefined;
    update();
  }, 4000);
  update();
}

/* ------------------------------------------------------------------------------------------------ */
/* Templates                                                                                         */
/* ------------------------------------------------------------------------------------------------ */

function valueLabel(v: { value: string; label?: { zh: string; en: string } }, lang: Lang): string {
  const label = v.label?.[lang];
  return label && label !== v.value ? `${v.value} · ${label}` : v.value;
}

function fieldControl(field: Field, lang: Lang): TemplateResult {
  const s = strings[lang];
  const id = `field-${field.name}`;
  const value = values[field.name] ?? field.defaultValue;
  const input = (e: Event) => setValue(field.name, (e.target as HTMLInputElement | HTMLSelectElement).value);
  switch (field.kind) {
    case 'boolean':
      return html`<input
        id=${id}
        type="checkbox"
        .checked=${live(value === 'true')}
        @change=${(e: Event) => setValue(field.name, (e.target as HTMLInputElement).checked ? 'true' : '')}
      />`;
    case 'select': {
      const known = field.values.some((v) => v.value === value);
      return html`<select id=${id} .value=${live(value)} @change=${input}>
        ${field.defaultValue === '' ? html`<option value="">${field.name === 'lang' ? s.inherit : s.unset}</option>` : nothing}
        ${field.values.map((v) => html`<option .value=${v.value} ?selected=${v.value === value}>${valueLabel(v, lang)}</option>`)}
        ${known || value === '' ? nothing : html`<option .value=${value} selected>${s.unknown(value)}</option>`}
      </select>`;
    }
    case 'multiple': {
      // In the order the editor checks them: for a list attribute, order can matter (sx-report's sections).
      const list = value.split(field.separator).filter(Boolean);
      const chosen = new Set(list);
      const toggle = (v: string, on: boolean) => {
        const next = on ? [...list.filter((x) => x !== v), v] : list.filter((x) => x !== v);
        setValue(field.name, next.join(field.separator));
      };
      return html`<div class="multi" id=${id} role="group" aria-labelledby=${`${id}-label`} data-separator=${field.separator} data-order=${value}>
        ${field.values.map(
          (v) => html`<label class="multi-option">
            <input
              type="checkbox"
              .value=${v.value}
              .checked=${live(chosen.has(v.value))}
              @change=${(e: Event) => toggle(v.value, (e.target as HTMLInputElement).checked)}
            />
            <span>${valueLabel(v, lang)}</span>
          </label>`,
        )}
      </div>`;
    }
    case 'number':
      return html`<input id=${id} type="number" step="any" .value=${live(value)} @input=${input} />`;
    default:
      return html`<input id=${id} type="text" spellcheck="false" .value=${live(value)} @input=${input} />`;
  }
}

/** A manifest description as text, its `code` spans as <code> (Lit text parts: nothing is parsed as HTML). */
function prose(text: string): Array<string | TemplateResult> {
  return text.split('`').map((part, i) => (i % 2 ? html`<code translate="no">${part}</code>` : part));
}

function fieldRow(field: Field, lang: Lang): TemplateResult {
  const s = strings[lang];
  const id = `field-${field.name}`;
  const check = field.kind === 'boolean';
  const label = FIELD_LABELS[field.name]?.[lang];
  return html`<div class=${check ? 'field field--check' : 'field'} data-field=${field.name} data-kind=${field.kind}>
    <label id=${`${id}-label`} for=${field.kind === 'multiple' ? nothing : id}
      >${label ? html`<span class="field-label">${label}</span> ` : nothing}<code translate="no">${field.name}</code></label
    >
    ${fieldControl(field, lang)}
    <p class="field-help">
      ${prose(field.description[lang])}${field.defaultValue !== '' && !check
        ? html` <span class="field-default">${s.defaultIs}<code translate="no">${field.defaultValue}</code></span>`
        : nothing}
    </p>
  </div>`;
}

/** The preview's quick switch for a select field (theme, lang): the same value, its labels from the manifest. */
function segmented(name: string, legend: string, lang: Lang): TemplateResult {
  const field = spec.fields.find((f) => f.name === name && f.kind === 'select');
  if (!field) return html``;
  const options = field.values.map((v) => [v.value, v.label?.[lang] ?? v.value] as const);
  // An unset language is the element's default, Chinese.
  const current = values[name] || field.defaultValue || (name === 'lang' ? 'zh' : '');
  return html`<fieldset class="switch">
    <legend>${legend}</legend>
    <div class="switch-options">
      ${options.map(
        ([value, label]) => html`<label class="switch-option">
          <input
            type="radio"
            name=${`switch-${name}`}
            .value=${value}
            .checked=${live(value === current)}
            @change=${() => setValue(name, value)}
          />
          <span>${label}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

function frame(id: FrameId, width: number, lang: Lang): TemplateResult {
  const s = strings[lang];
  const status = frameStatus.get(id);
  const state = status?.error !== undefined ? 'error' : status?.ready ? 'ready' : 'rendering';
  const theme = values.theme || spec.fields.find((f) => f.name === 'theme')?.defaultValue || 'light';
  const scale = frameScale.get(id) ?? 1;
  return html`<figure class="frame" data-frame=${id} style=${`--frame-width: ${width}px`}>
    <figcaption>
      <span>${id === 'phone' ? s.phone : s.article}${scale < 1 ? s.scaled(Math.round(scale * 100)) : ''}</span>
      <span class="frame-status" role="status" data-state=${state}
        >${state === 'error' ? s.error(status?.error ?? '') : state === 'ready' ? s.ready : s.rendering}</span
      >
    </figcaption>
    <div class="frame-fit">
      <div class="frame-page" data-theme=${theme} lang=${values.lang ? nothing : 'zh-CN'}>${previews.get(id)}</div>
    </div>
  </figure>`;
}

/* ------------------------------------------------------------------------------------------------ */
/* Fitting the frames                                                                                */
/* ------------------------------------------------------------------------------------------------ */

/**
 * Each frame's page keeps its true CSS width (360 or 680 px: the element lays out and draws as it will in the
 * article) and is scaled down to the space its column has; the box around it takes the scaled height, so nothing
 * overflows sideways at any width of the builder.
 */
const frameScale = new Map<FrameId, number>();
const fit = new ResizeObserver(() => fitFrames());

function fitFrames(): void {
  let changed = false;
  for (const figure of document.querySelectorAll<HTMLElement>('.frame')) {
    const id = figure.dataset.frame as FrameId;
    const width = FRAMES.find((f) => f.id === id)?.width ?? 0;
    const box = figure.querySelector<HTMLElement>('.frame-fit');
    const page = figure.querySelector<HTMLElement>('.frame-page');
    if (!box || !page || width === 0) continue;
    fit.observe(box);
    fit.observe(page);
    const scale = Math.min(1, box.clientWidth / width);
    page.style.transform = scale < 1 ? `scale(${scale})` : '';
    box.style.height = `${Math.ceil(page.offsetHeight * scale)}px`;
    if (frameScale.get(id) !== scale) {
      frameScale.set(id, scale);
      changed = true;
    }
  }
  if (changed) update();
}

/* ------------------------------------------------------------------------------------------------ */
/* Pictures and trying the code                                                                      */
/* ------------------------------------------------------------------------------------------------ */

async function takePicture(format: DownloadFormat): Promise<void> {
  const el = previews.get('article') as (HTMLElement & { download?: (f: DownloadFormat) => Promise<boolean> }) | undefined;
  pictureFailed = !(await el?.download?.(format));
  update();
}

/** Opens try.html in a new tab with the code in its address (the fragment: never sent to a server). */
function tryCode(code: string): void {
  const url = new URL('./try.html', location.href);
  url.hash = new URLSearchParams({ [TRY_PARAM]: code, lang: uiLang() }).toString();
  window.open(url.href, '_blank', 'noopener');
}

/** The element's sentence in the article frame: the embed code's fallback text ('' while it shows an error). */
function fallbackSentence(): string {
  const el = previews.get('article') as (HTMLElement & { description?: string }) | undefined;
  return el?.description ?? '';
}

function copyButton(id: CopyId, label: string, text: string, codeId?: string): TemplateResult {
  return html`<button type="button" class="copy" data-copy=${id} @click=${() => copy(id, text, codeId)}>${label}</button>`;
}

function page(): TemplateResult {
  const lang = uiLang();
  const s = strings[lang];
  const embed = embedCode(spec, values, pkg, fallbackSentence());
  const npm = npmCode(spec, pkg);
  const status = copyStatus;
  return html`
    <header class="masthead">
      <div class="wrap">
        <p class="kicker"><code translate="no">${pkg.name}@${pkg.version}</code></p>
        <h1>${s.title}</h1>
        <p class="dek">${s.dek} <a href="./index.html">${s.gallery}</a></p>
      </div>
    </header>
    <main class="wrap builder">
      <form class="panel fields" @submit=${(e: Event) => e.preventDefault()}>
        <div class="field">
          <label for="element"><strong>${s.element}</strong></label>
          <select id="element" .value=${live(spec.tag)} @change=${(e: Event) => pickElement((e.target as HTMLSelectElement).value)}>
            ${specs.map((x) => html`<option .value=${x.tag} ?selected=${x === spec}>${x.summary[lang]}</option>`)}
          </select>
          <p class="field-help"><code translate="no">&lt;${spec.tag}&gt;</code></p>
        </div>
        <fieldset class="attributes">
          <legend>${s.attributes}</legend>
          ${spec.fields.filter((f) => !f.advanced).map((f) => fieldRow(f, lang))}
        </fieldset>
        <details class="advanced">
          <summary>${s.advanced}</summary>
          <p class="field-help">${s.advancedHelp}</p>
          ${spec.fields.filter((f) => f.advanced).map((f) => fieldRow(f, lang))}
        </details>
      </form>

      <section class="panel preview" aria-labelledby="preview-title">
        <div class="preview-bar">
          <h2 id="preview-title">${s.preview}</h2>
          ${segmented('theme', s.theme, lang)} ${segmented('lang', s.lang, lang)}
        </div>
        <div class="frames">${FRAMES.map((f) => frame(f.id, f.width, lang))}</div>
      </section>

      <section class="panel code" aria-labelledby="embed-title">
        <h2 id="embed-title">${s.embedTitle}</h2>
        <p>${s.embedText}</p>
        <pre><code id="embed-code" translate="no">${embed}</code></pre>
        <div class="actions">
          ${copyButton('embed', s.copyEmbed, embed, 'embed-code')} ${copyButton('link', s.copyLink, location.href)}
          <button type="button" class="copy" data-try @click=${() => tryCode(embed)}>${s.tryCode}</button>
          <span class="copy-status" role="status" data-status=${status?.status ?? 'idle'}
            >${status ? (status.status === 'copied' ? s.copied : s.copyFailed) : ''}</span
          >
        </div>
        <h3>${s.picturesTitle}</h3>
        <p>${s.picturesText}</p>
        <div class="actions">
          ${PICTURES.map(
            (format) =>
              html`<button type="button" class="copy" data-picture=${format} ?disabled=${frameStatus.get('article')?.ready !== true}
                @click=${() => takePicture(format)}>${pictureLabel(format, lang)}</button>`,
          )}
          <span class="copy-status" role="status" data-status=${pictureFailed ? 'failed' : 'idle'}>${pictureFailed ? s.pictureFailed : ''}</span>
        </div>
        <h3>${s.npmTitle(html`<code translate="no">npm</code>`)}</h3>
        <pre><code id="npm-code" translate="no">${npm}</code></pre>
        <div class="actions">${copyButton('npm', s.copyNpm, npm, 'npm-code')}</div>
      </section>
    </main>
  `;
}

/* ------------------------------------------------------------------------------------------------ */
/* Rendering                                                                                         */
/* ------------------------------------------------------------------------------------------------ */

const app = document.getElementById('app')!;
let pending = false;
// The builder's own colours follow the reader's; the preview pages follow the element's theme.
document.documentElement.dataset.theme = globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';

function update(): void {
  if (pending) return;
  pending = true;
  queueMicrotask(() => {
    pending = false;
    document.documentElement.lang = uiLang() === 'zh' ? 'zh-CN' : 'en';
    render(page(), app);
    fitFrames();
  });
}

syncPreviews();
app.replaceChildren();
update();
