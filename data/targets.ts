/**
 * The 2025 main targets (主要预期目标), in the order of the list. A module of its own, so that a page of targets
 * loads nothing else of the dataset.
 *
 * Transcribed from data/source/shanxi-2025-government-work-report.txt; every verbatim string is found character for
 * character in that file (test/data.test.ts checks it). Rules for value / written / unit and the qualifiers:
 * data/README.md.
 */
import type { Target, TargetId } from './types.js';
import { PERCENT, PEOPLE } from './units.js';

export const targets: readonly Target[] = [
  {
    id: 'gdp-growth',
    label: { zh: '地区生产总值增长', en: 'GDP growth' },
    comparator: 'target',
    value: 5,
    unit: PERCENT,
    written: '地区生产总值增长5%',
    sources: ['地区生产总值增长5%'],
  },
  {
    id: 'fixed-asset-investment',
    label: { zh: '固定资产投资增长', en: 'Growth in fixed-asset investment' },
    comparator: 'at-least',
    value: 6,
    unit: PERCENT,
    written: '固定资产投资增长6%以上',
    sources: ['固定资产投资增长6%以上'],
  },
  {
    id: 'retail-sales',
    label: { zh: '社会消费品零售总额增长', en: 'Growth in retail sales of consumer goods' },
    comparator: 'at-least',
    value: 5,
    unit: PERCENT,
    written: '社会消费品零售总额增长5%以上',
    sources: ['社会消费品零售总额增长5%以上', '社会消费品零售总额增长5%'],
    note: {
      zh: '目标清单两次列出社会消费品零售总额：第三行为“增长5%以上”，倒数第二行为“增长5%”。两行说的是同一指标，本数据集只保留一条记录，按第一次出现的写法取“5%以上”，两行均列为来源。',
      en: 'The target list gives retail sales twice: the third line says “growth of 5% or more”, the second-to-last says “growth of 5%”. Both lines describe the same indicator, so the dataset keeps one record, takes “5% or more” as first written, and cites both lines as its sources.',
    },
  },
  {
    id: 'foreign-trade',
    label: { zh: '进出口总额', en: 'Total imports and exports' },
    comparator: 'positive',
    written: '进出口总额力争保持正增长',
    sources: ['进出口总额力争保持正增长'],
  },
  {
    id: 'resident-income',
    label: { zh: '居民收入增长', en: 'Growth in residents’ income' },
    comparator: 'in-step',
    written: '居民收入增长与经济增长同步',
    sources: ['居民收入增长与经济增长同步'],
  },
  {
    id: 'urban-jobs',
    label: { zh: '城镇新增就业', en: 'New urban jobs' },
    comparator: 'target',
    value: 450_000,
    unit: PEOPLE,
    written: '城镇新增就业45万人',
    sources: ['城镇新增就业45万人'],
  },
  {
    id: 'urban-unemployment',
    label: { zh: '城镇调查失业率', en: 'Surveyed urban unemployment rate' },
    comparator: 'about',
    value: 5.5,
    unit: PERCENT,
    written: '城镇调查失业率5.5%左右',
    sources: ['城镇调查失业率5.5%左右'],
  },
  {
    id: 'cpi',
    label: { zh: '居民消费价格涨幅', en: 'Rise in consumer prices (CPI)' },
    comparator: 'about',
    value: 2,
    unit: PERCENT,
    written: '居民消费价格涨幅2%左右',
    sources: ['居民消费价格涨幅2%左右'],
  },
  {
    id: 'binding-indicators',
    label: { zh: '约束性指标任务', en: 'Binding targets set by the State' },
    comparator: 'binding',
    written: '不折不扣完成国家下达的约束性指标任务',
    sources: ['不折不扣完成国家下达的约束性指标任务'],
  },
];

/** The ids of the 2025 main targets, in the order of the report's list. */
export const targetIds: readonly TargetId[] = /* @__PURE__ */ targets.map((t) => t.id);

/** A 2025 target by id ('gdp-growth', 'urban-jobs', …), or undefined for an unknown id. */
export function getTarget(id: string): Target | undefined {
  return targets.find((t) => t.id === id);
}
