/**
 * The fifteen livelihood projects (15件民生实事) and their eleven categories. A module of its own, so that a page
 * without projects does not load them.
 *
 * Transcribed from data/source/shanxi-2025-government-work-report.txt; every verbatim string is found character for
 * character in that file (test/data.test.ts checks it). Rules for value / written / unit and the qualifiers:
 * data/README.md.
 */
import type { Category, Project, ProjectCategory } from './types.js';
import { PERCENT, PEOPLE, PEOPLE_MING } from './units.js';

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

/** The ids of the livelihood-project categories, in the order of `dataset.categories`. */
export const projectCategoryIds: readonly ProjectCategory[] = /* @__PURE__ */ categories.map((c) => c.id);

/** A livelihood project by its number, 1–15, or undefined. */
export function getProject(n: number): Project | undefined {
  return projects.find((p) => p.number === n);
}

/** A project category by id, or undefined. */
export function getCategory(id: string): Category | undefined {
  return categories.find((c) => c.id === id);
}
