/** The demo's section for <sx-target-board>: the nine targets at a glance, and the board with outcomes. */
import { html } from 'lit';
import type { DemoKit, DemoSection } from './section-kit.js';

const words = {
  zh: {
    title: '主要预期目标一览',
    text: '九项目标放在一张图里：百分比目标共用一条坐标轴，“以上”画作延伸区，“左右”画作短带；城镇新增就业以数字显示，三项定性目标以文字列出。用方向键在目标间移动，按回车选择。',
    all: '全部九项目标',
    outcomes: 'actuals：实际值与判断（示例数据，并非真实统计）',
  },
  en: {
    title: 'The targets at a glance',
    text: 'All nine targets in one figure: the percentages share one axis, “at least” drawn as a zone and “about” as a band; new urban jobs as a count, the three statements as text. Move between targets with the arrow keys; press Enter to select one.',
    all: 'All nine targets',
    outcomes: 'actuals: outcomes and verdicts (made-up figures, not real statistics)',
  },
};

export function targetBoardDemo<E>(kit: DemoKit<E>): DemoSection<E> {
  const all = kit.example('board', 'sx-target-board', [], true);
  const outcomes = kit.example(
    'board-actuals',
    'sx-target-board',
    [
      ['actuals', 'gdp-growth:5.2, fixed-asset-investment:4.8, cpi:0.2'],
      ['actual-label', '示例数据 / example figure'],
    ],
    true,
  );
  return {
    examples: [all, outcomes],
    render: (lang) => {
      const s = words[lang];
      return kit.section(
        'target-board',
        s.title,
        s.text,
        html`<div class="grid">${kit.card(all, s.all)} ${kit.card(outcomes, s.outcomes)}</div>`,
      );
    },
  };
}
