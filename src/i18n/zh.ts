import type { Strings } from './strings.js';

/** Simplified Chinese, the language of the report and the library's default. */
export const zh: Strings = {
  data: '数据',
  hideData: '隐藏数据',
  source: '来源',
  sourceLine: '来源：2025年山西省政府工作报告（《山西晚报》摘要）',
  loading: '加载中…',
  chartLabel: '图表',

  item: '事项',
  value: '数值',
  unit: '单位',
  qualifier: '限定词',
  category: '类别',
  number: '序号',

  errorTitle: '无法显示图表',
  errorUnknownIndicator: (id) => `未知指标“${id}”。请检查指标编号是否与数据集中的编号一致。`,
  errorMissingAttribute: (name) => `缺少必需的属性“${name}”。`,
  errorMalformedNumber: (text) => `“${text}”不是有效的数字。`,
  errorUnknownProject: (id) => `未知项目“${id}”。请检查项目编号是否与数据集中的编号一致。`,
  errorUnknownCategory: (id) => `未知类别“${id}”。请检查类别编号是否与数据集中的编号一致。`,
  errorLoadFailed: '数据加载失败，请稍后重试。',

  met: '达到目标',
  notMet: '未达到目标',
  withinRange: '在目标范围内',
  closeTo: '接近目标',
  above: '高于目标',
  below: '低于目标',

  target: '目标',
  actual: '实际',
  outcome: '结果',
  projects: '项目',
  showAll: '显示全部',

  targetTitle: (label) => `2025年目标：${label}`,
  targetSentence: (label, value) => `2025年山西${label}的预期目标：${value}。`,
  outcomeLine: (value, source) => (source ? `实际：${value}（${source}）` : `实际：${value}`),
  differenceAbove: (diff) => `比目标高${diff}`,
  differenceBelow: (diff) => `比目标低${diff}`,
  equal: '与目标持平',
  outsideRange: '不在目标范围内',
  noVerdict: '仅凭这一数字无法判断是否达到目标',
  verdict: '评估',

  projectListTitle: (total) => `2025年${total}件民生实事`,
  projectListCategoryTitle: (total, category) => `2025年${total}件民生实事：${category}`,
  projectTitle: (number, title) => `2025年民生实事第${number}件：${title}`,
  projectListSummary: (total, categories, most, mostCount, tied) =>
    `${total}件民生实事，分属${categories}个类别，其中${most}最多，${tied ? '各' : '有'}${mostCount}件。`,
  projectListSummaryEven: (total, categories, each) => `${total}件民生实事，分属${categories}个类别，每类${each}件。`,
  projectListCategorySummary: (category, count, total, numbers) =>
    `${total}件民生实事中，${category}类有${count}件：第${numbers}件。`,
  projectSummary: (number, category, text) => `第${number}件民生实事（${category}）：${text}`,
  projectCount: (count) => `${count}件`,
  projectCountHeader: '项目数',
  projectsPerCategory: '各类别民生实事数量',
  labelledValue: (label, value) => `${label}：${value}`,
  projectListHint: '用上下方向键在项目间移动，按回车键或空格键选择。',
  noFigure: '未给出具体数量',

  // core: hardening (input, recovery)
  errorInvalidValue: (name) => `属性“${name}”的值无效：应为文本或数字。`,
};
