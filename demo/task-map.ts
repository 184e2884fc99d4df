/** The demo's section for <sx-task-map>: the seven task areas, and one area on its own. */
import { html } from 'lit';
import type { DemoKit, DemoSection } from './section-kit.js';

const words = {
  zh: {
    title: '七方面重点工作',
    text: '七个方面及其具体任务：上方的图每项任务一个方块，每行一个方面；下方是可用键盘浏览的大纲，每行标出所属方面的颜色。原文的编号问题和第3方面连排的标题行写在数据表的说明里。方向键在各行间移动，右键进入一个方面，左键返回，回车选择。',
    all: '全部七个方面',
    one: '单个方面：area="3"',
  },
  en: {
    title: 'The seven key task areas',
    text: 'The seven areas and their tasks: a chart with one square per task, a row per area, above an outline a keyboard can walk, each line marked in its area’s colour. The report’s numbering and area 3’s run-on title line are noted in the data table. The arrow keys move between lines, Right enters an area, Left goes back, Enter picks one.',
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
