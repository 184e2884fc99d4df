/** The words of <sx-project-list>, in both languages: a module of its own, loaded by what uses them. */
import { withStrings } from './core.js';
import type { Lang } from './index.js';
import type { ProjectStrings } from './strings.js';

export type { Lang } from './index.js';

export const projectStrings: Readonly<Record<Lang, ProjectStrings>> = {
  zh: {
    category: '类别',
    errorUnknownCategory: (id) => `未知类别“${id}”。`,
    showAll: '显示全部',
    projectListTitle: (total) => `2025年${total}件民生实事`,
    projectListCategoryTitle: (total, category) => `2025年${total}件民生实事：${category}`,
    projectListSummary: (total, categories, most, mostCount, tied) =>
      `${total}件民生实事，分属${categories}个类别，其中${most}最多，${tied ? '各' : '有'}${mostCount}件。`,
    projectListSummaryEven: (total, categories, each) => `${total}件民生实事，分属${categories}个类别，每类${each}件。`,
    projectListCategorySummary: (category, count, total, numbers) =>
      `${total}件民生实事中，${category}类有${count}件：第${numbers}件。`,
    projectSummary: (number, category, text) => `第${number}件民生实事（${category}）：${text}`,
    projectCount: (count) => `${count}件`,
    projectCountHeader: '项目数',
    projectsPerCategory: '各类别民生实事数量',
    projectListHint: '用上下方向键在项目间移动，按回车键或空格键选择。',
    noFigure: '未给出具体数量',
  },
  en: {
    category: 'Category',
    errorUnknownCategory: (id) => `Unknown category “${id}”.`,
    showAll: 'Show all',
    projectListTitle: (total) => `${total} livelihood projects for 2025`,
    projectListCategoryTitle: (total, category) => `${total} livelihood projects for 2025: ${category}`,
    projectListSummary: (total, categories, most, mostCount, tied) =>
      `${total} livelihood projects in ${categories} categories. ` +
      (tied
        ? `${most} have the most, with ${mostCount} each.`
        : `${most} has the most, with ${mostCount === 1 ? '1 project' : `${mostCount} projects`}.`),
    projectListSummaryEven: (total, categories, each) =>
      `${total} livelihood projects in ${categories} categories, ${each} in each.`,
    projectListCategorySummary: (category, count, total, numbers) =>
      count === 1
        ? `1 of the ${total} livelihood projects is in the category “${category}”: number ${numbers}.`
        : `${count} of the ${total} livelihood projects are in the category “${category}”: numbers ${numbers}.`,
    projectSummary: (number, category, text) => `Livelihood project ${number} (${category}): ${text}`,
    projectCount: (count) => (count === 1 ? '1 project' : `${count} projects`),
    projectCountHeader: 'Number of projects',
    projectsPerCategory: 'Livelihood projects per category',
    projectListHint: 'Use the Up and Down arrow keys to move between projects; press Enter or Space to select one.',
    noFigure: 'No figure stated',
  },
};

/** The core strings and those of <sx-project-list>, in one language. */
export const t = /* @__PURE__ */ withStrings(projectStrings);
