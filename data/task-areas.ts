/**
 * The seven key task areas (七方面重点工作). A module of its own, so that a page without the task map does not load
 * them.
 *
 * Transcribed from data/source/shanxi-2025-government-work-report.txt; every verbatim string is found character for
 * character in that file (test/data.test.ts checks it). Rules for value / written / unit and the qualifiers:
 * data/README.md.
 */
import type { TaskArea } from './types.js';

export const taskAreas: readonly TaskArea[] = [
  {
    number: 1,
    writtenNumber: 1,
    id: 'expand-demand',
    title: {
      zh: '聚焦推动经济持续回升向好，全方位扩大有效需求',
      en: 'Keep the economy recovering: expand effective demand on every front',
    },
    sourceTitle: '聚焦推动经济持续回升向好,全方位扩大有效需求',
    groups: [
      {
        items: [
          { zh: '激发消费潜能', en: 'Unlock consumer spending' },
          { zh: '提高投资效益', en: 'Get more out of investment' },
          { zh: '稳定外贸外资', en: 'Stabilise foreign trade and foreign investment' },
        ],
      },
    ],
  },
  {
    number: 2,
    writtenNumber: 2,
    id: 'new-quality-productive-forces',
    title: {
      zh: '聚焦加快转型发展，因地制宜培育新质生产力',
      en: 'Speed up the economic transition: foster new quality productive forces to suit local conditions',
    },
    sourceTitle: '聚焦加快转型发展,因地制宜培育新质生产力',
    groups: [
      {
        items: [
          {
            zh: '推动科技创新和产业创新深度融合',
            en: 'Integrate scientific and industrial innovation more deeply',
          },
          {
            zh: '推动新型能源体系和现代化产业体系深度融合',
            en: 'Integrate the new energy system and the modern industrial system more deeply',
          },
          {
            zh: '推动数字经济和实体经济深度融合',
            en: 'Integrate the digital and the real economy more deeply',
          },
          {
            zh: '推动先进制造业和现代服务业深度融合',
            en: 'Integrate advanced manufacturing and modern services more deeply',
          },
          { zh: '推动文化和旅游深度融合', en: 'Integrate culture and tourism more deeply' },
          {
            zh: '打造承载新质生产力的先行区集聚区',
            en: 'Build pilot zones and clusters for new quality productive forces',
          },
        ],
      },
    ],
  },
  {
    number: 3,
    writtenNumber: 3,
    id: 'reform-and-opening-up',
    title: {
      zh: '聚焦提供强大动力和制度保障，进一步全面深化改革扩大开放',
      en: 'Provide strong momentum and institutional guarantees: deepen reform and open wider',
    },
    sourceTitle:
      '聚焦提供强大动力和制度保障,进一步全面深化改革扩大开放 统筹推进教育科技人才体制机制一体改革,提升整体创新效能',
    groups: [
      {
        heading: {
          zh: '统筹推进教育科技人才体制机制一体改革，提升整体创新效能',
          en: 'Reform education, science and technology, and talent systems together to raise overall innovation performance',
        },
        items: [
          { zh: '深化教育改革', en: 'Deepen education reform' },
          { zh: '深化科技体制改革', en: 'Deepen reform of the science and technology system' },
          {
            zh: '深化人才发展体制机制改革',
            en: 'Deepen reform of the systems for developing talent',
          },
        ],
      },
      {
        heading: {
          zh: '坚持和落实“两个毫不动摇”，促进各类所有制经济优势互补、共同发展',
          en: 'Uphold the “two unwaverings” so that firms of every form of ownership complement one another and grow together',
        },
        items: [
          {
            zh: '做强做优做大国资国企',
            en: 'Make state capital and state-owned enterprises stronger, better and bigger',
          },
          { zh: '发展壮大民营经济', en: 'Grow the private sector' },
        ],
      },
      {
        heading: {
          zh: '贯彻落实全国统一大市场建设指引，构建高标准市场体系',
          en: 'Follow the national guidelines for a unified market and build a high-standard market system',
        },
        items: [
          { zh: '完善市场经济基础制度', en: 'Improve the basic institutions of the market economy' },
          { zh: '推动要素资源高效配置', en: 'Allocate factors of production efficiently' },
          {
            zh: '营造市场化法治化国际化营商环境',
            en: 'Create a market-oriented, law-based, international business environment',
          },
        ],
      },
      {
        heading: {
          zh: '完善落实“1+N”政策措施，打造内陆地区对外开放新高地',
          en: 'Refine and carry out the “1+N” policies to make Shanxi a new inland hub of opening-up',
        },
        items: [
          { zh: '提升平台功能', en: 'Strengthen the platforms for opening-up' },
          { zh: '畅通开放通道', en: 'Clear the trade corridors' },
          { zh: '深化区域合作', en: 'Deepen regional cooperation' },
        ],
      },
    ],
  },
  {
    number: 4,
    writtenNumber: 4,
    id: 'urban-rural-integration',
    title: {
      zh: '聚焦推动城乡融合发展，统筹推进新型城镇化和乡村全面振兴',
      en: 'Integrate town and country: advance new urbanisation and all-round rural revitalisation together',
    },
    sourceTitle: '聚焦推动城乡融合发展,统筹推进新型城镇化和乡村全面振兴',
    groups: [
      {
        items: [
          {
            zh: '加快推进中部城市群高质量发展',
            en: 'Speed up high-quality development of the central city cluster',
          },
          {
            zh: '着力推进以县城为重要载体的新型城镇化',
            en: 'Push new urbanisation built around county towns',
          },
          { zh: '大力推进县域经济发展', en: 'Develop county economies vigorously' },
          { zh: '扎实推进乡村全面振兴', en: 'Advance all-round rural revitalisation' },
        ],
      },
    ],
  },
  {
    number: 5,
    writtenNumber: 5,
    id: 'beautiful-shanxi',
    title: {
      zh: '聚焦建设美丽山西，加快经济社会发展全面绿色转型',
      en: 'Build a beautiful Shanxi: speed up the green transition of the economy and society',
    },
    sourceTitle: '聚焦建设美丽山西,加快经济社会发展全面绿色转型',
    groups: [
      {
        items: [
          {
            zh: '有序实施碳达峰山西行动',
            en: 'Carry out Shanxi’s carbon-peaking action plan step by step',
          },
          {
            zh: '做好治水兴水治林兴林大文章',
            en: 'Make the most of water management and forestry',
          },
          {
            zh: '强化污染防治和生态修复',
            en: 'Step up pollution control and ecological restoration',
          },
          {
            zh: '完善全面绿色转型体制机制',
            en: 'Improve the institutions for an all-round green transition',
          },
        ],
      },
    ],
  },
  {
    number: 6,
    writtenNumber: null,
    id: 'common-prosperity',
    title: {
      zh: '聚焦促进共同富裕，加快发展民生社会事业',
      en: 'Promote common prosperity: speed up public services and social programmes',
    },
    sourceTitle: '聚焦促进共同富裕,加快发展民生社会事业',
    groups: [
      {
        items: [
          { zh: '推动高质量充分就业', en: 'Promote full, high-quality employment' },
          { zh: '提升全民健康水平', en: 'Improve the health of the whole population' },
          { zh: '做好社会保障工作', en: 'Strengthen social security' },
          {
            zh: '健全人口发展支持和服务体系',
            en: 'Improve support and services for population development',
          },
          {
            zh: '增强公共文化服务效能',
            en: 'Make public cultural services more effective',
          },
        ],
      },
    ],
  },
  {
    number: 7,
    writtenNumber: 6,
    id: 'security-and-stability',
    title: {
      zh: '聚焦维护和谐稳定，加强安全治理和风险防范',
      en: 'Maintain harmony and stability: strengthen security governance and risk prevention',
    },
    sourceTitle: '聚焦维护和谐稳定,加强安全治理和风险防范',
    groups: [
      {
        items: [
          {
            zh: '切实提升公共安全治理水平',
            en: 'Raise the standard of public-safety governance',
          },
          { zh: '切实防范化解风险隐患', en: 'Prevent and defuse risks and hidden dangers' },
        ],
      },
    ],
  },
];

/** A key task area by its number, 1–7 (the corrected numbering; see the notes), or undefined. */
export function getTaskArea(n: number): TaskArea | undefined {
  return taskAreas.find((a) => a.number === n);
}
