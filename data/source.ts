/**
 * Where the figures come from: the report, its publisher, date and speaker, the summary's headline and the 2024
 * overview. A module of its own, so that a page that cites nothing does not load it.
 */
import type { Source } from './types.js';

export const source: Source = {
  title: { zh: '2025年山西省政府工作报告', en: '2025 Shanxi Provincial Government Work Report' },
  publisher: { zh: '《山西晚报》', en: 'Shanxi Evening News' },
  date: '2025-01-17',
  speaker: { zh: '省长金湘军', en: 'Governor Jin Xiangjun' },
  meeting: {
    zh: '山西省十四届人大三次会议',
    en: 'Third Session of the 14th Shanxi Provincial People’s Congress',
  },
  headline: { zh: '2025年,山西工作这样干', en: 'Shanxi in 2025: how the work will be done' },
  overview: {
    zh: '刚刚过去的2024年,山西省经济承压前行,运行态势总体平稳、稳中有进,主要经济指标前低后升,进入四季度增速加快,许多领域发生积极变化,有利因素不断增多,回升向好态势明显。一批打基础利长远的大事要事加快推进,高质量发展取得突破性进展、标志性成果。',
    en: 'In 2024, Shanxi’s economy pushed ahead under pressure. It was stable overall and made progress while staying steady; the main indicators started low and rose later in the year, with growth picking up in the fourth quarter. Positive changes appeared in many fields, favourable factors kept multiplying and the recovery was clear. A number of major projects that lay foundations and pay off in the long run moved faster, and high-quality development made breakthrough progress with landmark results.',
  },
  provenance: 'data/source/shanxi-2025-government-work-report.txt',
};
