/** The demo's section for <sx-report>: what it is, its embed code, and a link to a page that is nothing but it. */
import { html } from 'lit';
import type { DemoKit, DemoSection } from './section-kit.js';

const words = {
  zh: {
    title: '整份报告：一个标签',
    text: '<sx-report> 把报告头（标题、日期、报告人、会议）、目录和四个部分（2024年成绩单、主要预期目标、七方面重点工作、15件民生实事）组合在一起，各部分就是上面的元素，图表在读者滚动到附近时才加载。sections 属性可以挑选并排列部分。',
    link: '打开只有 <sx-report> 的页面 →',
    example: '两个部分：sections="targets,projects"',
  },
  en: {
    title: 'The whole report in one tag',
    text: '<sx-report> puts a header (title, date, speaker, meeting), a table of contents and the four sections (the 2024 report card, the main targets, the seven task areas, the 15 livelihood projects) together; each section is one of the elements above, and its charts load only when a reader scrolls near them. The sections attribute picks and orders them.',
    link: 'Open a page that is nothing but <sx-report> →',
    example: 'Two sections: sections="targets,projects"',
  },
};

export function reportDemo<E>(kit: DemoKit<E>): DemoSection<E> {
  const example = kit.example('report', 'sx-report', [['sections', 'targets,projects']], true);
  return {
    examples: [example],
    render: (lang) => {
      const s = words[lang];
      return kit.section(
        'report',
        s.title,
        s.text,
        html`<p class="report-link"><a href=${`./report.html${lang === 'en' ? '?lang=en' : ''}`}>${s.link}</a></p>
          <div class="grid">${kit.card(example, s.example)}</div>`,
      );
    },
  };
}
