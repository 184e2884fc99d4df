/** The words of <sx-target-board>, in both languages: a module of its own, loaded by what uses them. */
import { withStrings } from './core.js';
import type { Lang } from './index.js';
import type { BoardStrings } from './strings.js';

export type { Lang } from './index.js';

export const boardStrings: Readonly<Record<Lang, BoardStrings>> = {
  zh: {
    /* <sx-target-board>, <sx-task-map>, <sx-report> (issue 10) */
    errorMalformedAttribute: (name, part, expected) => `属性“${name}”中的“${part}”无法识别。${expected}`,
    actualsFormat: '应写成“指标编号:数值”，多项用逗号分隔，例如 gdp-growth:5.2, cpi:0.2。',
    boardTitle: '2025年主要预期目标',
    boardSummary: (total, charted, counts, statements) =>
      `2025年山西主要预期目标共${total}项：${charted}项为百分比目标，画在同一坐标轴上；${counts}；另有定性目标：${statements}。`,
    boardKey: '竖线为目标值；向右渐隐的浅色区域为“以上”（上不封顶），浅色短带为“左右”',
    boardKeyOutcome: '圆点为实际值',
    boardBandNote: '目标图中“左右”画作目标值处的浅色短带：报告未给出范围，带宽不代表区间。',
    boardHint: '用上下方向键在目标间移动，按回车键或空格键选择。',
    context2024: (text) => `2024年：${text}`,
    context2024Header: '2024年情况',
  },
  en: {
    /* <sx-target-board>, <sx-task-map>, <sx-report> (issue 10) */
    errorMalformedAttribute: (name, part, expected) => `“${part}” in the attribute “${name}” cannot be read. ${expected}`,
    actualsFormat: 'Write it as “indicator:number”, separated by commas, e.g. gdp-growth:5.2, cpi:0.2.',
    boardTitle: 'Shanxi’s main targets for 2025',
    boardSummary: (total, charted, counts, statements) =>
      `Shanxi’s ${total} main targets for 2025: ${charted} percentages, drawn on one shared axis; ${counts}; and statements without a figure: ${statements}.`,
    boardKey: 'The tick is the target; a shaded zone fading out to the right is “at least” (no ceiling), a short shaded band “about”',
    boardKeyOutcome: 'a dot is an outcome',
    boardBandNote: 'The chart draws an “about” target as a short shaded band at the target: the report sets no range, so the band’s width means nothing.',
    boardHint: 'Use the Up and Down arrow keys to move between targets; press Enter or Space to select one.',
    context2024: (text) => `2024: ${text}`,
    context2024Header: 'In 2024',
  },
};

/** The core strings and those of <sx-target-board>, in one language. */
export const t = /* @__PURE__ */ withStrings(boardStrings);
