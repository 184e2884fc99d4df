/** The words of the download menu, its messages, the CSV columns and the citation (src/download/), in both languages: a module of its own, loaded by what uses them. */
import { withStrings } from './core.js';
import type { Lang } from './index.js';
import type { DownloadStrings } from './strings.js';

export const downloadStrings: Readonly<Record<Lang, DownloadStrings>> = {
  zh: {
    downloadCsv: 'CSV 数据表',
    downloadJson: 'JSON 数据记录',
    downloadPng: 'PNG 图片',
    downloadSvg: 'SVG 矢量图',
    downloadSquare: '方图（PNG，1080×1080）',
    downloadPortrait: '竖图（PNG，1080×1350，微信、微博）',
    downloadLandscape: '横图（PNG，1200×675，链接预览）',
    downloadShare: '分享卡片（竖图，PNG，1080×1350）',
    downloadLongPng: '长图（PNG，1080像素宽）',
    downloadLongSvg: '长图（SVG 矢量图）',
    copyCitation: '复制引用',
    downloadDone: (file) => `已下载 ${file}`,
    citationCopied: '引用已复制到剪贴板',
    csvValue: '数值（基本单位）',
    csvWritten: '原文写法',
    citationQuote: '原文',
    citationSource: (title, date, publisher) => `出处：《${title}》，${date}，${publisher}摘要。`,
  },
  en: {
    downloadCsv: 'Data (CSV)',
    downloadJson: 'Records (JSON)',
    downloadPng: 'Picture (PNG)',
    downloadSvg: 'Vector picture (SVG)',
    downloadSquare: 'Square picture (PNG, 1080×1080)',
    downloadPortrait: 'Portrait picture (PNG, 1080×1350: WeChat, Weibo)',
    downloadLandscape: 'Landscape picture (PNG, 1200×675: link previews)',
    downloadShare: 'Share card (portrait PNG, 1080×1350)',
    downloadLongPng: 'Long image (PNG, 1080 px wide)',
    downloadLongSvg: 'Long image (SVG)',
    copyCitation: 'Copy citation',
    downloadDone: (file) => `Downloaded ${file}`,
    citationCopied: 'Citation copied to the clipboard',
    csvValue: 'Value (base units)',
    csvWritten: 'As written in the report',
    citationQuote: 'Source text',
    citationSource: (title, date, publisher) => `Source: ${title}, ${date}, as summarised by ${publisher}.`,
  },
};

/** The core strings and those of the download menu, its messages, the CSV and the citation, in one language. */
export const t = /* @__PURE__ */ withStrings(downloadStrings);
