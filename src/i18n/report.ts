/** The words of <sx-report>, in both languages: a module of its own, loaded by what uses them. */
import { withStrings } from './core.js';
import type { Lang } from './index.js';
import type { ReportStrings } from './strings.js';

export type { Lang } from './index.js';

export const reportStrings: Readonly<Record<Lang, ReportStrings>> = {
  zh: {
    errorUnknownSection: (name, valid) => `未知的部分“${name}”。可用的部分：${valid}。`,
    reportContents: '目录',
    reportDelivered: (date, speaker, meeting) => `${date}，${speaker}在${meeting}上作报告`,
    reportSummary: (sections) => `2025年山西省政府工作报告图解，包括：${sections}。`,
    sectionResults: '2024年成绩单',
    sectionTargets: '2025年主要预期目标',
    sectionTasks: '七方面重点工作',
    sectionProjects: '15件民生实事',
    itemCount: (count) => `${count}项`,
    section: '部分',
  },
  en: {
    errorUnknownSection: (name, valid) => `Unknown section “${name}”. Valid sections: ${valid}.`,
    reportContents: 'Contents',
    reportDelivered: (date, speaker, meeting) => `Delivered by ${speaker} on ${date} at the ${meeting}`,
    reportSummary: (sections) => `The 2025 Shanxi Provincial Government Work Report in charts: ${sections}.`,
    sectionResults: 'The 2024 report card',
    sectionTargets: 'Main targets for 2025',
    sectionTasks: 'Seven key task areas',
    sectionProjects: '15 livelihood projects',
    itemCount: (count) => (count === 1 ? '1 item' : `${count} items`),
    section: 'Section',
  },
};

/** The core strings and those of <sx-report>, in one language. */
export const t = /* @__PURE__ */ withStrings(reportStrings);
