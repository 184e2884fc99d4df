/**
 * The 2025 Shanxi provincial government work report, as typed data in Chinese and English.
 *
 * Transcribed from the summary in data/source/shanxi-2025-government-work-report.txt (the provenance
 * document). Every `source`, `sources`, `sourceTitle`, `text`, `written` and verbatim zh string below is
 * found character for character in that file, half-width commas included; test/data.test.ts checks it.
 * Rules for value / written / unit and the qualifiers: data/README.md.
 */
import type {
  Category,
  Dataset,
  Note,
  Project,
  Source,
  TaskArea,
  Target,
} from './types.js';

import { comparableSets, results, themes } from './results-2024.js';
import { PERCENT, PEOPLE, PEOPLE_MING } from './units.js';

export { comparableSets, results, themes };

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

/* ---------------------------------------------------------------------------------------------- */
/* 2025 main targets (主要预期目标), in the order of the list.                                       */
/* ---------------------------------------------------------------------------------------------- */

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

/* ---------------------------------------------------------------------------------------------- */
/* The seven key task areas (七方面重点工作).                                                       */
/* ---------------------------------------------------------------------------------------------- */

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

/* ---------------------------------------------------------------------------------------------- */
/* The fifteen livelihood projects (15件民生实事).                                                  */
/* ---------------------------------------------------------------------------------------------- */

export const categories: readonly Category[] = [
  { id: 'elderly-care', label: { zh: '养老服务', en: 'Elderly care' } },
  { id: 'health', label: { zh: '医疗健康', en: 'Health' } },
  { id: 'disability', label: { zh: '助残', en: 'Disability support' } },
  { id: 'employment', label: { zh: '就业', en: 'Jobs' } },
  { id: 'housing', label: { zh: '住房', en: 'Housing' } },
  { id: 'business', label: { zh: '个体经营', en: 'Small business' } },
  { id: 'agriculture', label: { zh: '农业农村', en: 'Farming' } },
  { id: 'food-safety', label: { zh: '食品安全', en: 'Food safety' } },
  { id: 'water', label: { zh: '饮水供水', en: 'Drinking water' } },
  { id: 'tourism', label: { zh: '旅游', en: 'Tourism' } },
  { id: 'culture', label: { zh: '公共文化', en: 'Culture' } },
];

export const projects: readonly Project[] = [
  {
    number: 1,
    id: 'elderly-care-and-meals',
    title: { zh: '社区养老和助餐', en: 'Elderly care and meals close to home' },
    category: 'elderly-care',
    quantities: [
      {
        value: 50,
        unit: { zh: '个', en: 'projects', enSingular: 'project' },
        written: '50个',
        label: { zh: '社区养老工程', en: 'Community elderly-care projects' },
        qualifiers: [],
      },
      {
        value: 50,
        unit: { zh: '个', en: 'centres', enSingular: 'centre' },
        written: '50个',
        label: { zh: '区域养老服务中心', en: 'Regional elderly-care service centres' },
        qualifiers: [],
      },
      {
        value: 100,
        unit: { zh: '个', en: 'canteens', enSingular: 'canteen' },
        written: '100个',
        label: { zh: '标准化社区食堂', en: 'Standardised community canteens' },
        qualifiers: [],
      },
    ],
    text: '新建改造50个社区养老工程、50个区域养老服务中心、100个标准化社区食堂,让老年人在家门口享受养老和助餐服务。',
    textEn:
      'Build or upgrade 50 community elderly-care projects, 50 regional elderly-care service centres and 100 standardised community canteens, so that older people can get care and meals on their doorstep.',
  },
  {
    number: 2,
    id: 'digestive-screening',
    title: { zh: '上消化道健康筛查', en: 'Upper digestive tract screening' },
    category: 'health',
    quantities: [
      {
        value: 20_000,
        unit: PEOPLE_MING,
        written: '2万名',
        label: { zh: '高危人群上消化道健康筛查', en: 'High-risk people screened' },
        qualifiers: [],
      },
    ],
    text: '为2万名高危人群进行上消化道健康筛查。',
    textEn: 'Give upper digestive tract health screening to 20,000 people at high risk.',
  },
  {
    number: 3,
    id: 'defibrillators-and-first-aid',
    title: { zh: '除颤器和救护员', en: 'Defibrillators and first-aiders' },
    category: 'health',
    quantities: [
      {
        value: 1000,
        unit: { zh: '台', en: 'defibrillators', enSingular: 'defibrillator' },
        written: '1000台',
        label: { zh: '配置自动体外除颤器', en: 'Automated external defibrillators installed' },
        qualifiers: [],
      },
      {
        value: 50_000,
        unit: PEOPLE,
        written: '5万人',
        label: { zh: '培训红十字救护员', en: 'Red Cross first-aiders trained' },
        qualifiers: [],
      },
    ],
    text: '配置自动体外除颤器1000台,培训红十字救护员5万人。',
    textEn: 'Install 1,000 automated external defibrillators (AEDs) and train 50,000 Red Cross first-aiders.',
  },
  {
    number: 4,
    id: 'disability-support',
    title: { zh: '扶残助学和康复救助', en: 'Schooling and rehabilitation for people with disabilities' },
    category: 'disability',
    quantities: [
      {
        value: 8000,
        unit: PEOPLE,
        written: '8000人',
        label: {
          zh: '抢救性康复救助残疾儿童',
          en: 'Children with disabilities given early rehabilitation',
        },
        qualifiers: [],
      },
      {
        value: 40_000,
        unit: PEOPLE,
        written: '4万人',
        label: { zh: '辅助器具适配补贴', en: 'People given subsidised assistive devices' },
        qualifiers: [],
      },
    ],
    text: '开展扶残助学圆梦,抢救性康复救助残疾儿童8000人,辅助器具适配补贴4万人。',
    textEn:
      'Run the programme that helps people with disabilities go to school and pursue their dreams, provide early rehabilitation for 8,000 children with disabilities, and subsidise assistive devices fitted for 40,000 people.',
  },
  {
    number: 5,
    id: 'graduate-jobs',
    title: { zh: '高校毕业生就业', en: 'Jobs for college graduates' },
    category: 'employment',
    quantities: [
      {
        value: 10_000,
        unit: PEOPLE,
        written: '1万人',
        label: { zh: '省属企业招聘', en: 'Hires by provincial state-owned enterprises' },
        qualifiers: [],
      },
      {
        value: 3000,
        unit: { zh: '名', en: 'assistants', enSingular: 'assistant' },
        written: '3000名',
        label: { zh: '招募社区助理', en: 'Community assistants recruited' },
        qualifiers: [],
      },
    ],
    text: '采取省属企业招聘1万人、招募社区助理3000名等举措,促进高校毕业生就业。',
    textEn:
      'Help college graduates into work through measures such as 10,000 hires by provincial state-owned enterprises and the recruitment of 3,000 community assistants.',
  },
  {
    number: 6,
    id: 'residential-lifts',
    title: { zh: '住宅加装电梯', en: 'Lifts for residential buildings' },
    category: 'housing',
    quantities: [
      {
        value: 600,
        unit: { zh: '部', en: 'lifts', enSingular: 'lift' },
        written: '600部',
        label: { zh: '住宅自愿加装电梯', en: 'Lifts added to residential buildings' },
        qualifiers: [],
      },
    ],
    text: '实施住宅自愿加装电梯600部。',
    textEn: 'Install 600 lifts in residential buildings whose residents choose to add one.',
  },
  {
    number: 7,
    id: 'huishangbao-insurance',
    title: { zh: '惠商保', en: 'Huishangbao insurance for the self-employed' },
    category: 'business',
    quantities: [],
    text: '推动惠商保惠及全省个体工商户。',
    textEn:
      'Extend the benefits of Huishangbao insurance to self-employed businesses across the province.',
  },
  {
    number: 8,
    id: 'grain-full-cost-insurance',
    title: { zh: '粮食作物完全成本保险', en: 'Full-cost insurance for grain crops' },
    category: 'agriculture',
    quantities: [
      {
        value: 60,
        unit: PERCENT,
        written: '60%以上',
        label: {
          zh: '粮食作物完全成本保险覆盖率',
          en: 'Full-cost insurance coverage of grain crops',
        },
        qualifiers: ['以上'],
        remainder: { zh: '其余（目标未作要求）', en: 'The rest (the target sets no figure for it)' },
      },
    ],
    text: '推动粮食作物完全成本保险覆盖率达到60%以上。',
    textEn: 'Raise full-cost insurance coverage of grain crops to 60% or more.',
  },
  {
    number: 9,
    id: 'farm-produce-rapid-testing',
    title: { zh: '农产品快速检测', en: 'Rapid testing of farm produce' },
    category: 'food-safety',
    quantities: [],
    text: '大型农贸批发市场全面实行农产品快速检测。',
    textEn: 'Introduce rapid testing of farm produce at every large agricultural wholesale market.',
  },
  {
    number: 10,
    id: 'farm-produce-courier-subsidy',
    title: { zh: '农产品上行物流补助', en: 'Courier subsidies for farm produce' },
    category: 'agriculture',
    quantities: [],
    text: '继续实行农产品上行快件物流补助。',
    textEn: 'Keep subsidising courier deliveries that take farm produce from the countryside to the cities.',
  },
  {
    number: 11,
    id: 'rural-water-supply-repairs',
    title: { zh: '维修农村供水工程', en: 'Repairs to rural water supply' },
    category: 'water',
    quantities: [
      {
        value: 1800,
        unit: { zh: '处', en: 'sites', enSingular: 'site' },
        written: '1800处',
        label: { zh: '维修农村供水工程', en: 'Rural water-supply works repaired' },
        qualifiers: [],
      },
      {
        value: 2_000_000,
        unit: PEOPLE,
        written: '200万人',
        label: { zh: '受益人数', en: 'People who benefit' },
        qualifiers: [],
      },
    ],
    text: '维修农村供水工程1800处,受益200万人。',
    textEn: 'Repair 1,800 rural water-supply works, benefiting 2 million people.',
  },
  {
    number: 12,
    id: 'drinking-water-sources',
    title: { zh: '标准化饮用水源地', en: 'Standardised drinking-water sources' },
    category: 'water',
    quantities: [
      {
        value: 50,
        unit: { zh: '个', en: 'sources', enSingular: 'source' },
        written: '50个',
        label: {
          zh: '乡镇级标准化饮用水源地',
          en: 'Township-level standardised drinking-water sources',
        },
        qualifiers: [],
      },
      {
        value: 650,
        unit: { zh: '个', en: 'sources', enSingular: 'source' },
        written: '650个',
        label: {
          zh: '村级标准化饮用水源地',
          en: 'Village-level standardised drinking-water sources',
        },
        qualifiers: [],
      },
    ],
    text: '建设50个乡镇级、650个村级标准化饮用水源地。',
    textEn: 'Build 50 township-level and 650 village-level standardised drinking-water sources.',
  },
  {
    number: 13,
    id: 'tourist-road-village-inns',
    title: { zh: '旅游公路沿线乡村驿站', en: 'Village rest stops on the tourist roads' },
    category: 'tourism',
    quantities: [],
    text: '建设一批三个一号旅游公路沿线特色乡村驿站。',
    textEn: 'Build a number of distinctive village rest stops along the three “No. 1” tourist roads.',
  },
  {
    number: 14,
    id: 'free-rural-performances',
    title: { zh: '免费送戏下乡', en: 'Free shows in the countryside' },
    category: 'culture',
    quantities: [
      {
        value: 10_000,
        unit: { zh: '场', en: 'performances', enSingular: 'performance' },
        written: '1万场',
        label: { zh: '免费送戏下乡', en: 'Free performances taken to the countryside' },
        qualifiers: [],
      },
    ],
    text: '免费送戏下乡1万场。',
    textEn: 'Take 10,000 free theatrical performances to the countryside.',
  },
  {
    number: 15,
    id: 'public-cultural-spaces',
    title: { zh: '新型公共文化空间', en: 'New public cultural spaces' },
    category: 'culture',
    quantities: [],
    text: '新建一批城市书房、文化驿站等新型公共文化空间。',
    textEn: 'Open a number of new kinds of public cultural space, such as city reading rooms and cultural stations.',
  },
];

/* ---------------------------------------------------------------------------------------------- */
/* Quirks of the text and the corrections made.                                                    */
/* ---------------------------------------------------------------------------------------------- */

export const notes: readonly Note[] = [
  {
    id: 'summary-not-full-report',
    zh: '本数据集依据《山西晚报》刊发的政府工作报告摘要整理，而非报告全文。摘要之外的数字不在数据集中。',
    en: 'The dataset is transcribed from the summary of the government work report published by Shanxi Evening News, not from the full report. Figures that appear only in the full report are not included.',
  },
  {
    id: 'report-date',
    zh: '摘要只写“1月17日”，未写年份。年份2025取自标题“2025年,山西工作这样干”和会议名称（山西省十四届人大三次会议于2025年1月召开）。',
    en: 'The summary says only “17 January”, without a year. The year, 2025, comes from the headline (“Shanxi in 2025…”) and from the meeting: the Third Session of the 14th Shanxi Provincial People’s Congress opened in January 2025.',
  },
  {
    id: 'half-width-punctuation',
    zh: '摘要中的逗号均为半角“,”（而非全角“，”），“特种钢材, T800”处还多一个空格。凡逐字引用原文的字段都保留原样，以便在原文中逐字找到；供显示的标签（各方面标题、小标题）改用全角逗号“，”。',
    en: 'The summary uses half-width commas (“,”) rather than full-width ones (“，”) throughout, and has a stray space in “特种钢材, T800”. Every field quoted from the text keeps them as printed, so that it can be found character for character in the source; display labels (area titles and sub-headings) use full-width commas (“，”).',
  },
  {
    id: 'overview-without-figures',
    zh: '“2024年成绩单”开头一段（刚刚过去的2024年……）在三大主题之前，没有具体数字，不属于任何主题，因此未作为成绩记录，而是完整收入source.overview。',
    en: 'The opening paragraph of the 2024 review (“In 2024, just past…”) comes before the three themes and has no figure, so it is not a result record; it is kept whole as source.overview.',
  },
  {
    id: 'seven-areas-six-numbered',
    zh: '标题为“七方面重点工作”，但摘要只编号到6：“聚焦促进共同富裕,加快发展民生社会事业”和“推动高质量充分就业”被排成第5方面下的条目。数据集恢复为七个方面：第1至5方面照原文；第6方面为“聚焦促进共同富裕,加快发展民生社会事业”，下含推动高质量充分就业、提升全民健康水平、做好社会保障工作、健全人口发展支持和服务体系、增强公共文化服务效能；原文的“6、聚焦维护和谐稳定……”为第7方面。',
    en: 'The heading promises seven key task areas, but the summary numbers only six: “Promote common prosperity, speed up public services and social programmes” and “Promote full, high-quality employment” are printed as bullet points under area 5. The dataset restores seven areas: 1 to 5 as written; 6 is “Promote common prosperity…”, with full, high-quality employment, public health, social security, support for population development and public cultural services beneath it; the text’s “6、Maintain harmony and stability…” becomes area 7.',
  },
  {
    id: 'area-3-heading-run-on',
    zh: '第3方面的标题行把标题和第一个小标题连在一起，中间只隔一个空格：“……进一步全面深化改革扩大开放 统筹推进教育科技人才体制机制一体改革,提升整体创新效能”。数据集在空格处拆开：前半为第3方面标题，后半为第一组的小标题。sourceTitle保留整行原文。',
    en: 'Area 3’s title line runs the title and its first sub-heading together with only a space between them: “…deepen reform and open wider [space] reform education, science and technology, and talent systems together…”. The dataset splits the line at the space: the first half is the area title, the second the heading of its first group. sourceTitle keeps the whole line as printed.',
  },
  {
    id: 'retail-sales-repeated',
    zh: '主要预期目标中，社会消费品零售总额出现两次：“增长5%以上”和倒数第二行的“增长5%”。数据集只保留一条记录retail-sales，取“5%以上”（at-least），两行均列为来源。',
    en: 'Retail sales appear twice in the list of main targets: “growth of 5% or more” and, second to last, “growth of 5%”. The dataset keeps one record, retail-sales, as “5% or more” (at-least), and cites both lines as its sources.',
  },
  {
    id: 'urban-rural-income-order',
    zh: '“城乡居民收入预计分别增长4.1%、6%”：“城乡”依次为城镇、农村，“分别”按顺序对应，即城镇居民收入预计增长4.1%，农村居民收入预计增长6%。“预计”对两者都适用。',
    en: '“城乡居民收入预计分别增长4.1%、6%” reads “urban and rural residents’ incomes are expected to grow by 4.1% and 6% respectively”: urban 4.1%, rural 6%, in the order written. “Expected” applies to both.',
  },
  {
    id: 'respectively-revenues',
    zh: '“电子信息、高端装备制造、现代消费品营业收入预计分别达到2000亿元、1800亿元、1400亿元”按顺序对应：电子信息2000亿元，高端装备制造1800亿元，现代消费品1400亿元，三者均为预计数。',
    en: 'The revenue sentence pairs its lists in order: electronics and information 200 billion yuan, high-end equipment manufacturing 180 billion yuan, modern consumer goods 140 billion yuan, all three expected figures.',
  },
  {
    id: 'two-fold-growth',
    zh: '“新三样”出口“增长两倍多”按原文记为2倍（限定词“多”），不换算。按规范用法，“增长两倍”指增加量为原来的两倍（即达到原来的三倍），摘要未给出基数。“新三样”通常指电动汽车、锂电池、光伏产品，摘要未列明。',
    en: 'Exports of the “new three” “grew more than two-fold” are recorded as written: 2, unit “times”, qualifier 多 (“more than”), with no conversion. In standard Chinese usage 增长两倍 means the increase is twice the base (exports roughly tripled); the summary gives no base. The “new three” usually means electric vehicles, lithium batteries and solar products; the summary does not list them.',
  },
  {
    id: 'cumulative-scope',
    zh: '“累计完成绿证131.7万张,绿电交易量76.6亿千瓦时”中，“累计”紧接“完成绿证”，数据集只将其记在绿证上；原文未说明绿电交易量是否也是累计数。',
    en: 'In “累计完成绿证131.7万张,绿电交易量76.6亿千瓦时”, “cumulative” stands directly before the green certificates, so the dataset puts it on that figure only; the text does not say whether the green-power trading volume is cumulative too.',
  },
  {
    id: 'outbound-volume',
    zh: '“外送量全国第一”紧跟在绿电交易量之后，原文未说明“外送量”指绿电外送还是全部电力外送，数据集照录为“外送量”，排名记为第1（measure: ranking）。',
    en: '“外送量全国第一” follows the green-power trading volume; the text does not say whether the outbound volume is green power only or all electricity sent out of the province. The dataset keeps the wording “outbound volume” and records the rank as 1 (measure: ranking).',
  },
  {
    id: 'within-ten-days',
    zh: '“压缩至10个自然日内”中的“内”记为限定词“以内”。',
    en: 'The 内 in “压缩至10个自然日内” (“cut to within 10 calendar days”) is recorded as the qualifier 以内 (within).',
  },
  {
    id: 'first-of-its-kind',
    zh: '“首座‘灯塔工厂’”中的“首座”不是限定词表中的“首次”，因此灯塔工厂记录不带限定词，“首座”保留在标签和描述中。',
    en: 'The 首座 (“first”) in “the first lighthouse factory” is not the qualifier 首次 (“for the first time”), so the lighthouse-factory record carries no qualifier; the word stays in its label and description.',
  },
  {
    id: 'names-with-numerals',
    zh: '以下词语含有数字字符，但属于名称、规格或普通词语，不作为数字记录：四链、一期、T800、T1000、8英寸、新三样、三文鱼、十四五、三晋、PM2.5、PM10、国家二级标准、一泓清水、三个一号、四全、一件事、省市县三级、500强、一老一小、一批、零售、红十字，以及单位“千瓦时”中的“千”；重点工作中的“两个毫不动摇”“1+N”同理。',
    en: 'These words contain numeral characters but are names, specifications or ordinary words, not figures, and are not recorded as numbers: 四链 (the “four chains”), 一期 (phase one), T800, T1000, 8英寸 (8-inch), 新三样 (the “new three”), 三文鱼 (salmon), 十四五 (the 14th Five-Year Plan), 三晋 (Sanjin, a name for Shanxi), PM2.5, PM10, 国家二级标准 (the national Grade II standard), 一泓清水 (“clear water”), 三个一号 (the three “No. 1” tourist roads), 四全 (the “four-all” method), 一件事 (“one thing”), 省市县三级 (the three levels of province, city and county), 500强 (top 500), 一老一小 (“the old and the young”), 一批 (“a number of”), 零售 (retail), 红十字 (Red Cross), and the 千 of the unit 千瓦时 (kWh); likewise the “two unwaverings” and “1+N” in the task areas.',
  },
  {
    id: 'project-5-examples',
    zh: '第5件民生实事写的是“采取省属企业招聘1万人、招募社区助理3000名等举措”，“等”表示这两项只是举措中的例子。',
    en: 'Project 5 reads “through measures such as 10,000 hires by provincial state-owned enterprises and 3,000 community assistants”: the 等 (“such as”) marks these two as examples among the measures.',
  },
  {
    id: 'two-lists-of-fifteen',
    zh: '2024年“全部兑现”的15件民生实事与2025年新提出的15件民生实事是两份不同的清单；摘要只列出了2025年的15件。',
    en: 'The 15 livelihood projects “delivered in full” in 2024 and the 15 announced for 2025 are two different lists; the summary itemises only the 2025 list.',
  },
];

/* ---------------------------------------------------------------------------------------------- */

export const dataset: Dataset = {
  id: 'shanxi-2025',
  source,
  themes,
  results,
  targets,
  taskAreas,
  categories,
  projects,
  notes,
  comparableSets,
};
