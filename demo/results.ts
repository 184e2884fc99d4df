/**
 * The demo's "2024年成绩单" section: the 2024 results of the report as an editor would use them: the three
 * theme boards, number cards, comparable figures as bars and shares as rings, each with its embed code.
 */
import { html } from 'lit';
import type { DemoKit, DemoSection } from './section-kit.js';

const words = {
  zh: {
    title: '2024年成绩单',
    text: '报告回顾2024年的三大主题：向新而行、向绿而行、向效而行。每个主题一块成绩板：数字卡片、里程碑和可比数字的条形图；也可以单独嵌入一张数字卡片、一组条形图或一个占比环形图。数字照报告原文书写，“余”“近”“预计”等限定词以文字说明。',
    boards: ['成绩板：向新而行（topic="innovation"）', '成绩板：向绿而行（topic="green"）', '成绩板：向效而行（topic="efficiency"）'],
    stat: '数字卡片，显示原文句子（show-source）',
    statTwoFold: '数字卡片：“增长两倍多”',
    statMilestone: '里程碑卡片（没有数字的成绩）',
    bars: '可比数字：三大产业营业收入（预计）',
    barsBound: '自选成绩：“超过”画作开口的下限，“近”画作斜线',
    ring: '占比环形图：新能源和清洁能源装机占比',
    ringTarget: '2025年目标环形图：民生实事第8件（60%以上）',
  },
  en: {
    title: 'The 2024 report card',
    text: 'The report reviews 2024 under three themes: going for the new, going green and going for results. Each theme has a board: number cards, milestones and the comparable figures as bars; a single number card, a set of bars or a share ring can be embedded on its own too. Figures are written as the report writes them, with qualifiers such as “more than”, “nearly” and “expected” said in words.',
    boards: ['Board: going for the new (topic="innovation")', 'Board: going green (topic="green")', 'Board: going for results (topic="efficiency")'],
    stat: 'A number card with its source sentence (show-source)',
    statTwoFold: 'A number card: exports “grew more than two-fold”',
    statMilestone: 'A milestone card (a result without a number)',
    bars: 'Comparable figures: three industries’ revenue (expected)',
    barsBound: 'Results of your choice: “more than” drawn as an open floor, “nearly” hatched',
    ring: 'Share ring: new and clean energy share of installed capacity',
    ringTarget: '2025 target ring: livelihood project 8 (60% or more)',
  },
};

export function resultsDemo<E>(kit: DemoKit<E>): DemoSection<E> {
  const boards = (['innovation', 'green', 'efficiency'] as const).map((topic) =>
    kit.example(`results-board-${topic}`, 'sx-results-board', [['topic', topic]], true),
  );
  const stat = kit.example('stat-contracts', 'sx-stat', [['result', 'jinchuang-valley-contracts'], ['show-source', '']]);
  const statTwoFold = kit.example('stat-two-fold', 'sx-stat', [['result', 'new-three-exports-growth']]);
  const statMilestone = kit.example('stat-lighthouse', 'sx-stat', [['result', 'lighthouse-factory']]);
  const bars = kit.example('bars-revenues', 'sx-metric-bars', [['set', 'industry-revenues']]);
  const barsBound = kit.example('bars-bounds', 'sx-metric-bars', [
    ['results', 'northern-new-energy-base-investment,tourist-roads-investment,power-spot-market-savings'],
  ]);
  const ring = kit.example('ring-clean-energy', 'sx-share-ring', [['result', 'clean-energy-capacity-share']]);
  const ringTarget = kit.example('ring-grain-insurance', 'sx-share-ring', [['project', '8']]);
  return {
    examples: [...boards, stat, statTwoFold, statMilestone, bars, barsBound, ring, ringTarget],
    render: (lang) => {
      const s = words[lang];
      return kit.section(
        'results-2024',
        s.title,
        s.text,
        html`<div class="grid">
          ${boards.map((b, i) => kit.card(b, s.boards[i]))} ${kit.card(stat, s.stat)} ${kit.card(statTwoFold, s.statTwoFold)}
          ${kit.card(statMilestone, s.statMilestone)} ${kit.card(bars, s.bars)} ${kit.card(barsBound, s.barsBound)}
          ${kit.card(ring, s.ring)} ${kit.card(ringTarget, s.ringTarget)}
        </div>`,
      );
    },
  };
}
