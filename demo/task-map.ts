/** The demo's section for <sx-task-map>: the seven task areas, and one area on its own. */
import { html } from 'lit';
import type { DemoKit, DemoSection } from './section-kit.js';

const words = {
  zh: {
    title: '七方面重点工作',
    text: '七个方面及其具体任务：左边（手机上在下方）是可用键盘浏览的大纲，右边是矩形树图，每项任务一格。原文的编号问题和第3方面连排的标题行照数据集的说明标出。方向键在各行间移动，右键进入一个方面，左键返回，回车选择。',
    all: '全部七个方面',
    one: '单个方面：area="3"',
  },
  en: {
    title: 'The seven key task areas',
    text: 'The seven areas and their tasks: an outline a keyboard can walk, beside a treemap with one cell per task. The report’s numbering and area 3’s run-on title line are marked as the dataset’s notes record them. The arrow keys move between lines, Right enters an area, Left goes back, Enter picks one.',
    all: 'All seven areas',
    one: 'One area: area="3"',
  },
};

export function taskMapDemo<E>(kit: DemoKit<E>): DemoSection<E> {
  const all = kit.example('task-map', 'sx-task-map', [], true);
  const one = kit.example('task-map-3', 'sx-task-map', [['area', '3']], true);
  return {
    examples: [all, one],
    render: (lang) => {
      const s = words[lang];
      return kit.section('task-map', s.title, s.text, html`<div class="grid">${kit.card(all, s.all)} ${kit.card(one, s.one)}</div>`);
    },
  };
}
