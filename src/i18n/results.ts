/** The words of the 2024 results: <sx-stat>, <sx-results-board>, <sx-metric-bars>, <sx-share-ring>, in both languages: a module of its own, loaded by what uses them. */
import { withStrings } from './core.js';
import type { Lang } from './index.js';
import type { ResultStrings } from './strings.js';

export type { Lang } from './index.js';

export const resultStrings: Readonly<Record<Lang, ResultStrings>> = {
  zh: {
    errorRepeated: (name, part) => `属性“${name}”中的“${part}”出现了不止一次，每项只能写一次。`,
    errorTooMany: (name, count, max) => `属性“${name}”列了${count}项，最多只能列${max}项（数据集共有${max}项）。`,
    /* 2024 results: <sx-stat>, <sx-results-board>, <sx-metric-bars>, <sx-share-ring> */
    errorUnknownResult: (id) => `未知成绩“${id}”。请检查编号是否与数据集中的成绩编号一致。`,
    errorUnknownSet: (id) => `未知对比组“${id}”。请检查编号是否与数据集中的对比组编号一致。`,
    errorUnknownTopic: (id) => `未知主题“${id}”。主题只能是报告的三大主题之一。`,
    errorWrongKind: (id, kind, expected) => `“${id}”是${kind}，这里需要${expected}。`,
    errorMixedUnits: (a, b) => `“${a}”与“${b}”的单位或量纲不同，不能画在同一坐标轴上。`,
    validValues: '可用的编号',
    kindHighlight: '没有数字的里程碑',
    kindFigure: '有数字的成绩',
    kindRanking: '名次',
    kindRankingChange: '名次变化',
    kindShare: '占比（百分比）',
    kindNotShare: '不是占比的数字',
    kindNoShareProject: '没有占比数字的民生实事',
    results2024: '2024年成绩单',
    chosenFiguresTitle: (count) => `${count <= 10 ? '零一两三四五六七八九十'[count] : count}项成绩对比（2024年）`,
    milestone: '里程碑',
    statSentence: (label, value) => `2024年，${label}：${value}。`,
    sourceSentence: '原文',
    timesWords: (value) => `${value}倍`,
    cardHint: '用方向键在卡片间移动，按回车键或空格键选择。',
    legendLowerBound: '虚线开口：实际数值高于实线所示',
    legendApproximate: '斜线填充：近似值或上限',
    atMost: (amount) => `至多${amount}`,
    milestones: '里程碑',
    resultsBoardSummary: (themes, figures, highlights, sets) =>
      `2024年成绩单（${themes}）：${figures}个数字成绩、${highlights}个里程碑${sets ? `，${sets}组可比数字以条形图对比` : ''}。`,
  },
  en: {
    errorRepeated: (name, part) => `“${part}” appears more than once in the attribute “${name}”; give each only once.`,
    errorTooMany: (name, count, max) =>
      `The attribute “${name}” lists ${count} items; it takes at most ${max}, as many as the dataset holds.`,
    /* 2024 results: <sx-stat>, <sx-results-board>, <sx-metric-bars>, <sx-share-ring> */
    errorUnknownResult: (id) => `Unknown result “${id}”. Check that the id matches one of the result ids in the dataset.`,
    errorUnknownSet: (id) =>
      `Unknown comparable set “${id}”. Check that the id matches one of the comparable-set ids in the dataset.`,
    errorUnknownTopic: (id) => `Unknown topic “${id}”. The topic must be one of the report’s three themes.`,
    errorWrongKind: (id, kind, expected) => `“${id}” is ${kind}; this element needs ${expected}.`,
    errorMixedUnits: (a, b) =>
      `“${a}” and “${b}” differ in unit or measure, so they cannot share one axis.`,
    validValues: 'Valid ids',
    kindHighlight: 'a milestone without a number',
    kindFigure: 'a result with a number',
    kindRanking: 'a ranking',
    kindRankingChange: 'a change in a ranking',
    kindShare: 'a share (a percentage of a whole)',
    kindNotShare: 'a figure that is not a share',
    kindNoShareProject: 'a livelihood project that names no share',
    results2024: '2024 results',
    chosenFiguresTitle: (count) =>
      `${count <= 10 ? ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'][count] : count} 2024 results compared`,
    milestone: 'Milestone',
    statSentence: (label, value) => `${label} in 2024: ${value}.`,
    sourceSentence: 'Source sentence (Chinese)',
    timesWords: (value) => {
      const words = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
      return `${Number.isInteger(value) && value <= 10 ? words[value] : String(value)}-fold`;
    },
    cardHint: 'Use the arrow keys to move between cards; press Enter or Space to select one.',
    legendLowerBound: 'Dashed open end: more than the solid bar shows',
    legendApproximate: 'hatched bar: an approximate value or a ceiling',
    atMost: (amount) => `at most ${amount}`,
    milestones: 'Milestones',
    resultsBoardSummary: (themes, figures, highlights, sets) =>
      `Shanxi’s 2024 results (${themes}): ${figures} ${figures === 1 ? 'figure' : 'figures'} and ${highlights} ${highlights === 1 ? 'milestone' : 'milestones'}` +
      (sets ? `, with ${sets} ${sets === 1 ? 'set' : 'sets'} of comparable figures as bar charts.` : '.'),
  },
};

/** The core strings and those of the 2024 results: <sx-stat>, <sx-results-board>, <sx-metric-bars>, <sx-share-ring>, in one language. */
export const t = /* @__PURE__ */ withStrings(resultStrings);
