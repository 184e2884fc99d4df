/**
 * The demo's section for downloads, citation, print and the host site's dark mode (issue 11): two elements with
 * `theme="auto"`, a button that switches a `site-dark` class on <html> (which sets `color-scheme: dark`, as a
 * site's own dark mode would), a print button, and a line that says what the last download was.
 */
import { html, type TemplateResult } from 'lit';
import { preparePrint, type SxDownloadEvent } from '../src/index.js';
import type { DemoLang } from './section-kit.js';

const words = {
  zh: {
    title: '下载、引用、打印与网站深色模式',
    text: '每个元素的“下载”按钮提供：CSV 数据表（带 BOM，Excel 可直接打开中文）、JSON 数据记录、PNG 图片（2倍）、SVG 矢量图、1080像素宽的分享卡片，以及复制引用（数字、原文句子、报告、日期和出处）。打印时图表按纸宽绘制、数据表展开、按钮隐藏。下面两个元素设为 theme="auto"：它们先跟随网站声明的 color-scheme，再跟随读者系统的深浅色设置。',
    siteDark: '网站深色模式（在 <html> 上切换 class="site-dark"）',
    print: '打印本页',
    last: (format: string, file: string) => `最近一次：${format}${file ? ` → ${file}` : ''}`,
    none: '还没有下载。',
    gauge: 'theme="auto" 的仪表盘',
    list: 'theme="auto" 的单个民生实事（纯文字：只提供 CSV、JSON 和引用）',
  },
  en: {
    title: 'Downloads, citation, print and the site’s dark mode',
    text: 'Every element’s Download button offers: the table as CSV (with a BOM, so Excel opens the Chinese), the records as JSON, a PNG (2×), an SVG, a share card 1080 px wide, and a citation to copy (the figure, the source sentence, the report, its date and publisher). In print, charts are drawn to the paper’s width, the data table opens and the buttons go. The two elements below have theme="auto": they follow the colour-scheme the site declares first, the reader’s system setting second.',
    siteDark: 'Site dark mode (switches class="site-dark" on <html>)',
    print: 'Print this page',
    last: (format: string, file: string) => `Last: ${format}${file ? ` → ${file}` : ''}`,
    none: 'Nothing downloaded yet.',
    gauge: 'A gauge with theme="auto"',
    list: 'One livelihood project with theme="auto" (text only: CSV, JSON and the citation)',
  },
} satisfies Record<DemoLang, Record<string, unknown>>;

let last: { format: string; file: string } | undefined;
const elements: HTMLElement[] = [];

function element(tag: string, attrs: Record<string, string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  elements.push(el);
  return el;
}

const gauge = element('sx-target-gauge', { indicator: 'urban-jobs', theme: 'auto' });
const project = element('sx-project-list', { project: '6', theme: 'auto' });

/** The section; `rerender` draws the page again (the last-download line changes). */
export function exportsDemo(lang: DemoLang, rerender: () => void): TemplateResult {
  const s = words[lang];
  const root = document.documentElement;
  const dark = root.classList.contains('site-dark');
  const onDownload = (event: SxDownloadEvent) => {
    last = { format: event.detail.format, file: event.detail.filename ?? '' };
    rerender();
  };
  return html`<section class="section" id="exports" aria-labelledby="exports-title">
    <div class="section-head">
      <h2 id="exports-title">${s.title}</h2>
      <p>${s.text}</p>
    </div>
    <div class="exports-controls">
      <button
        type="button"
        class="exports-button"
        aria-pressed=${dark ? 'true' : 'false'}
        @click=${() => {
          root.classList.toggle('site-dark');
          rerender();
        }}
      >
        ${s.siteDark}
      </button>
      <button
        type="button"
        class="exports-button"
        @click=${async () => {
          // Load the chart code of every element first: charts the reader never scrolled to print too.
          await preparePrint();
          window.print();
        }}
      >
        ${s.print}
      </button>
      <p class="exports-last" role="status">${last ? s.last(last.format, last.file) : s.none}</p>
    </div>
    <div class="grid exports-stage" @sx-download=${onDownload}>
      <div class="card"><p class="card-caption">${s.gauge}</p><div class="card-element">${gauge}</div></div>
      <div class="card"><p class="card-caption">${s.list}</p><div class="card-element">${project}</div></div>
    </div>
  </section>`;
}
