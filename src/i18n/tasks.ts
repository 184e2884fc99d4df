/** The words of <sx-task-map>, in both languages: a module of its own, loaded by what uses them. */
import { withStrings } from './core.js';
import type { Lang } from './index.js';
import type { TaskStrings } from './strings.js';

export type { Lang } from './index.js';

/** A count the report writes in words (七方面), for ten or fewer; digits above. */
const numeral = (n: number): string => '〇一二三四五六七八九十'[n] ?? String(n);

export const taskStrings: Readonly<Record<Lang, TaskStrings>> = {
  zh: {
    errorUnknownArea: (value) => `未知的重点工作方面“${value}”。`,
    // 七方面, as the report's heading and the report's section write it: one word for one thing.
    taskMapTitle: (areas) => `2025年${numeral(areas)}方面重点工作`,
    taskAreaTitle: (number, title) => `2025年重点工作第${number}方面：${title}`,
    taskMapSummary: (areas, tasks, most, mostCount) =>
      `2025年山西${numeral(areas)}方面重点工作，共${tasks}项具体任务，其中${most}最多，有${mostCount}项。`,
    taskAreaSummary: (number, title, tasks, groups) =>
      `重点工作第${number}方面“${title}”${groups > 1 ? `分${groups}组、` : ''}共${tasks}项具体任务。`,
    area: '方面',
    areaLabel: (number) => `第${number}方面`,
    taskCount: (count) => `${count}项`,
    taskArea: '重点工作',
    task: '具体任务',
    taskQuirksNote:
      '原文标题为“七方面重点工作”，但只编号到6：“聚焦促进共同富裕”一段印在第5方面之下，此处按数据集恢复为第6方面，原文的“6、”为第7方面；第3方面的标题行与第一个小标题连排，此处在空格处拆开。',
    areaUnnumbered: '原文未编号，印在第5方面之下',
    areaPrintedAs: (number) => `原文编号为${number}`,
    areaRunOn: (line) => `原文标题行：${line}`,
    taskMapHint: '用上下方向键在各方面和任务间移动，左右方向键在方面与其任务间切换，按回车键或空格键选择。',
    taskMapKey: '每个方块为一项任务，每行一个方面。',
  },
  en: {
    errorUnknownArea: (value) => `Unknown task area “${value}”.`,
    taskMapTitle: (areas) => `The ${areas} key task areas for 2025`,
    taskAreaTitle: (number, title) => `Key task area ${number} for 2025: ${title}`,
    taskMapSummary: (areas, tasks, most, mostCount) =>
      `Shanxi’s ${areas} key task areas for 2025 hold ${tasks} tasks; ${most} has the most, with ${mostCount}.`,
    taskAreaSummary: (number, title, tasks, groups) =>
      `Key task area ${number}, “${title}”, holds ${tasks} ${tasks === 1 ? 'task' : 'tasks'}${groups > 1 ? ` in ${groups} groups` : ''}.`,
    area: 'Area',
    areaLabel: (number) => `Area ${number}`,
    taskCount: (count) => (count === 1 ? '1 task' : `${count} tasks`),
    taskArea: 'Task area',
    task: 'Task',
    taskQuirksNote:
      'The report announces seven key task areas but numbers only six: “Promote common prosperity” is printed under area 5. Following the dataset, it is area 6 here, and the text’s “6、” is area 7. Area 3’s title line runs into its first sub-heading; it is split at the space.',
    areaUnnumbered: 'printed without a number, under area 5',
    areaPrintedAs: (number) => `printed as ${number}`,
    areaRunOn: (line) => `title line as printed: ${line}`,
    taskMapHint:
      'Use the Up and Down arrow keys to move through the areas and tasks, Left and Right to move between an area and its tasks; press Enter or Space to select one.',
    taskMapKey: 'Each square is one task; a row per area.',
  },
};

/** The core strings and those of <sx-task-map>, in one language. */
export const t = /* @__PURE__ */ withStrings(taskStrings);
