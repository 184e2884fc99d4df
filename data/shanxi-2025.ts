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
  Result,
  Source,
  TaskArea,
  Target,
  Theme,
  Unit,
} from './types.js';

/* ---------------------------------------------------------------------------------------------- */
/* Units: always the base unit; the 万/亿 multiplier is in the value.                              */
/* ---------------------------------------------------------------------------------------------- */

const PERCENT: Unit = { zh: '%', en: '%' };
const YUAN: Unit = { zh: '元', en: 'yuan' };
const PEOPLE: Unit = { zh: '人', en: 'people', enSingular: 'person' };
/** 名: the counter for people in 2万名, 3000名. */
const PEOPLE_MING: Unit = { zh: '名', en: 'people', enSingular: 'person' };
const YEARS: Unit = { zh: '年', en: 'years', enSingular: 'year' };
const MU: Unit = { zh: '亩', en: 'mu' };

/* ---------------------------------------------------------------------------------------------- */
/* The sentences of the 2024 review, verbatim.                                                     */
/* ---------------------------------------------------------------------------------------------- */

const S = {
  jinchuangValley:
    '全力打造促进四链融合的创新驱动平台,6个设区市晋创谷挂牌运营,入驻优质企业团队300多家,签订技术交易、预约采购等合同4400余件。',
  innovationRanking: '全省创新能力排名上升5位。',
  lighthouse:
    '太重轨道公司获评全球轨道交通行业首座“灯塔工厂”,标志着山西省制造业细分领域达到全球智能制造最高水平。',
  maglev: '高速飞车全尺寸试验线一期项目通过验收,实现国内首次低真空超导悬浮航行。',
  newFirms: '新培育高新技术企业1599家、专精特新中小企业626家。',
  quality:
    '120个“山西精品”享誉海内外,手撕钢、车轮钢等特种钢材, T800、T1000等高端碳纤维,8英寸碳化硅衬底、深紫外LED芯片等半导体产品,在高端装备、电子信息、航天航空等领域广泛应用。',
  newThree: '“新三样”出口增长两倍多。',
  revenue: '电子信息、高端装备制造、现代消费品营业收入预计分别达到2000亿元、1800亿元、1400亿元。',
  specialties: '大闸蟹、三文鱼、火龙果等成为新特产。',
  greenFactories: '新建38个省级绿色工厂。',
  energyIntensity: '能耗强度提前完成“十四五”目标并持续下降。',
  greenPower: '累计完成绿证131.7万张,绿电交易量76.6亿千瓦时,外送量全国第一。',
  newEnergyBase:
    '投资超过550亿元的晋北采煤沉陷区新能源基地开工建设,新能源和清洁能源装机占比达到49.7%。',
  forests: '营造林319万亩,治理水土流失面积579.6万亩。',
  restoration: '平朔煤矿生态修复、静乐汾河川国家湿地公园建设成为全国典型经验。',
  wildlife: '华北豹、褐马鸡种群数量保持全国首位。',
  carbonInclusion: '“三晋绿色生活”碳普惠机制入选全国十佳案例。',
  air: 'PM2.5年均浓度降至36微克/立方米,PM10年均浓度首次达到国家二级标准。',
  water: '国考断面优良水体比例达到93.6%。',
  yellowRiver: '“一泓清水入黄河”工程全部开工、加快建设,汾河入黄口断面水质首次达到优良标准。',
  jinci: '晋祠泉水位再创新高。',
  highSpeedRail: '集大原高铁开通运营,实现市市通高铁动车。',
  expressways: '汾石、浮临高速建成通车,提前一年实现县县通高速公路。',
  wariRailway: '瓦日铁路开通客运业务,结束了5个革命老区县不通旅客列车的历史。',
  tourismRoads:
    '历时7年建设,投资近千亿元、全长1.3万公里的三个一号旅游公路提前三年全线贯通。',
  stateCouncil:
    '项目建设“四全工作法”,发展农村电商、推行惠商保、不动产登记和办税“晋心登”服务得到国务院肯定。',
  oneThing:
    '完成22件便民利企“高效办成一件事改革”,新生儿出生联办服务、示范区企业投资项目开工“一件事”做法在全国推广。',
  landReview: '省市县三级用地预审平均时间压缩至10个自然日内。',
  spotMarket: '电力现货市场交易降低电力供应成本5.3亿元。',
  aboveScale: '新增规上企业法人1802户。',
  provincialSoes: '省属企业发展质效不断提高,资产总额、营业收入、利润总额排全国前列。',
  privateTop500: '9家民企上榜中国民营企业500强,创历史新高。',
  income: '城乡居民收入预计分别增长4.1%、6%。',
  livelihood: '“一老一小”普惠补贴、扶残助学、消化道健康筛查等15件民生实事全部兑现。',
} as const;

/* ---------------------------------------------------------------------------------------------- */

const source: Source = {
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

const themes: readonly Theme[] = [
  { id: 'innovation', title: { zh: '向新而行动力澎湃', en: 'Going for the new: momentum surging' } },
  { id: 'green', title: { zh: '向绿而行生态宜人', en: 'Going green: a more pleasant environment' } },
  { id: 'efficiency', title: { zh: '向效而行惠民可感', en: 'Going for results: benefits people can feel' } },
];

/* ---------------------------------------------------------------------------------------------- */
/* 2024 results, in the order of the text.                                                         */
/* ---------------------------------------------------------------------------------------------- */

const results: readonly Result[] = [
  /* 向新而行动力澎湃 ------------------------------------------------------------------------------ */
  {
    kind: 'figure',
    id: 'jinchuang-valley-cities',
    theme: 'innovation',
    label: {
      zh: '设区市晋创谷挂牌运营',
      en: 'Cities with a Jinchuang Valley innovation hub in operation',
    },
    value: 6,
    unit: { zh: '个', en: 'cities', enSingular: 'city' },
    written: '6个',
    qualifiers: [],
    measure: 'count',
    source: S.jinchuangValley,
  },
  {
    kind: 'figure',
    id: 'jinchuang-valley-resident-firms',
    theme: 'innovation',
    label: { zh: '入驻优质企业团队', en: 'High-quality companies and teams based in the hubs' },
    value: 300,
    unit: { zh: '家', en: 'companies and teams', enSingular: 'company or team' },
    written: '300多家',
    qualifiers: ['多'],
    measure: 'count',
    source: S.jinchuangValley,
  },
  {
    kind: 'figure',
    id: 'jinchuang-valley-contracts',
    theme: 'innovation',
    label: {
      zh: '签订技术交易、预约采购等合同',
      en: 'Contracts signed for technology trading, advance procurement and more',
    },
    value: 4400,
    unit: { zh: '件', en: 'contracts', enSingular: 'contract' },
    written: '4400余件',
    qualifiers: ['余'],
    measure: 'count',
    source: S.jinchuangValley,
  },
  {
    kind: 'figure',
    id: 'innovation-ranking-rise',
    theme: 'innovation',
    label: { zh: '全省创新能力排名上升', en: 'Rise in Shanxi’s innovation-capability ranking' },
    value: 5,
    unit: { zh: '位', en: 'places', enSingular: 'place' },
    written: '5位',
    qualifiers: [],
    measure: 'ranking-change',
    source: S.innovationRanking,
  },
  {
    kind: 'highlight',
    id: 'lighthouse-factory',
    theme: 'innovation',
    label: {
      zh: '全球轨道交通行业首座“灯塔工厂”',
      en: 'First “lighthouse factory” in the global rail-transit industry',
    },
    description: {
      zh: '太重轨道公司获评全球轨道交通行业首座“灯塔工厂”，标志着山西省制造业细分领域达到全球智能制造最高水平。',
      en: 'Taiyuan Heavy Industry’s rail-transit company was named the first “lighthouse factory” in the global rail-transit industry, a sign that this segment of Shanxi’s manufacturing has reached the world’s highest level of smart manufacturing.',
    },
    qualifiers: [],
    source: S.lighthouse,
  },
  {
    kind: 'highlight',
    id: 'high-speed-maglev-test-line',
    theme: 'innovation',
    label: {
      zh: '高速飞车全尺寸试验线一期项目通过验收',
      en: 'First phase of the full-scale “high-speed flying train” test line passes acceptance',
    },
    description: {
      zh: '高速飞车全尺寸试验线一期项目通过验收，实现国内首次低真空超导悬浮航行。',
      en: 'The first phase of the full-scale test line for the “high-speed flying train” passed its acceptance checks, achieving China’s first low-vacuum superconducting maglev run.',
    },
    qualifiers: ['首次'],
    source: S.maglev,
  },
  {
    kind: 'figure',
    id: 'new-high-tech-enterprises',
    theme: 'innovation',
    label: { zh: '新培育高新技术企业', en: 'New high-tech enterprises' },
    value: 1599,
    unit: { zh: '家', en: 'enterprises', enSingular: 'enterprise' },
    written: '1599家',
    qualifiers: [],
    measure: 'count',
    source: S.newFirms,
  },
  {
    kind: 'figure',
    id: 'new-specialised-smes',
    theme: 'innovation',
    label: {
      zh: '新培育专精特新中小企业',
      en: 'New “specialised, refined, distinctive and innovative” small and medium-sized firms',
    },
    value: 626,
    unit: { zh: '家', en: 'enterprises', enSingular: 'enterprise' },
    written: '626家',
    qualifiers: [],
    measure: 'count',
    source: S.newFirms,
  },
  {
    kind: 'figure',
    id: 'shanxi-quality-products',
    theme: 'innovation',
    label: { zh: '“山西精品”享誉海内外', en: '“Shanxi Quality” products known at home and abroad' },
    value: 120,
    unit: { zh: '个', en: 'products', enSingular: 'product' },
    written: '120个',
    qualifiers: [],
    measure: 'count',
    source: S.quality,
  },
  {
    kind: 'highlight',
    id: 'advanced-materials-in-use',
    theme: 'innovation',
    label: {
      zh: '特种钢材、高端碳纤维、半导体产品广泛应用',
      en: 'Specialty steel, high-end carbon fibre and semiconductors in wide use',
    },
    description: {
      zh: '手撕钢、车轮钢等特种钢材，T800、T1000等高端碳纤维，8英寸碳化硅衬底、深紫外LED芯片等半导体产品，在高端装备、电子信息、航天航空等领域广泛应用。',
      en: 'Specialty steels such as ultra-thin “hand-tearable” steel and wheel steel, high-end carbon fibres such as T800 and T1000, and semiconductor products such as 8-inch silicon-carbide substrates and deep-ultraviolet LED chips are widely used in high-end equipment, electronics and information technology, and aerospace.',
    },
    qualifiers: [],
    source: S.quality,
  },
  {
    kind: 'figure',
    id: 'new-three-exports-growth',
    theme: 'innovation',
    label: { zh: '“新三样”出口增长', en: 'Growth in exports of the “new three”' },
    value: 2,
    unit: { zh: '倍', en: 'times' },
    written: '两倍多',
    qualifiers: ['多'],
    measure: 'growth',
    source: S.newThree,
  },
  {
    kind: 'figure',
    id: 'electronics-revenue',
    theme: 'innovation',
    label: { zh: '电子信息营业收入', en: 'Electronics and information industry revenue' },
    value: 200_000_000_000,
    unit: YUAN,
    written: '2000亿元',
    qualifiers: ['预计'],
    measure: 'money',
    source: S.revenue,
  },
  {
    kind: 'figure',
    id: 'high-end-equipment-revenue',
    theme: 'innovation',
    label: { zh: '高端装备制造营业收入', en: 'High-end equipment manufacturing revenue' },
    value: 180_000_000_000,
    unit: YUAN,
    written: '1800亿元',
    qualifiers: ['预计'],
    measure: 'money',
    source: S.revenue,
  },
  {
    kind: 'figure',
    id: 'consumer-goods-revenue',
    theme: 'innovation',
    label: { zh: '现代消费品营业收入', en: 'Modern consumer goods revenue' },
    value: 140_000_000_000,
    unit: YUAN,
    written: '1400亿元',
    qualifiers: ['预计'],
    measure: 'money',
    source: S.revenue,
  },
  {
    kind: 'highlight',
    id: 'new-local-specialties',
    theme: 'innovation',
    label: {
      zh: '大闸蟹、三文鱼、火龙果等成为新特产',
      en: 'Hairy crab, salmon and dragon fruit become new local specialties',
    },
    description: {
      zh: '大闸蟹、三文鱼、火龙果等成为山西新特产。',
      en: 'Hairy crab, salmon, dragon fruit and other produce have become new Shanxi specialties.',
    },
    qualifiers: [],
    source: S.specialties,
  },

  /* 向绿而行生态宜人 ------------------------------------------------------------------------------ */
  {
    kind: 'figure',
    id: 'new-green-factories',
    theme: 'green',
    label: { zh: '新建省级绿色工厂', en: 'New provincial-level green factories' },
    value: 38,
    unit: { zh: '个', en: 'factories', enSingular: 'factory' },
    written: '38个',
    qualifiers: [],
    measure: 'count',
    source: S.greenFactories,
  },
  {
    kind: 'highlight',
    id: 'energy-intensity-target-met-early',
    theme: 'green',
    label: {
      zh: '能耗强度提前完成“十四五”目标',
      en: 'Energy-intensity goal of the 14th Five-Year Plan met early',
    },
    description: {
      zh: '能耗强度提前完成“十四五”目标，并持续下降。',
      en: 'Energy intensity met its goal for the 14th Five-Year Plan ahead of schedule and kept falling.',
    },
    qualifiers: ['提前'],
    source: S.energyIntensity,
  },
  {
    kind: 'figure',
    id: 'green-certificates',
    theme: 'green',
    label: { zh: '累计完成绿证', en: 'Green-electricity certificates, cumulative' },
    value: 1_317_000,
    unit: { zh: '张', en: 'certificates', enSingular: 'certificate' },
    written: '131.7万张',
    qualifiers: ['累计'],
    measure: 'count',
    source: S.greenPower,
  },
  {
    kind: 'figure',
    id: 'green-power-trading',
    theme: 'green',
    label: { zh: '绿电交易量', en: 'Green-power trading volume' },
    value: 7_660_000_000,
    unit: { zh: '千瓦时', en: 'kWh' },
    written: '76.6亿千瓦时',
    qualifiers: [],
    measure: 'energy',
    source: S.greenPower,
  },
  {
    kind: 'figure',
    id: 'outbound-volume-rank',
    theme: 'green',
    label: { zh: '外送量全国第一', en: 'Volume sent out of the province: national rank' },
    value: 1,
    unit: { zh: '名', en: 'places', enSingular: 'place' },
    written: '第一',
    qualifiers: [],
    measure: 'ranking',
    source: S.greenPower,
  },
  {
    kind: 'figure',
    id: 'northern-new-energy-base-investment',
    theme: 'green',
    label: {
      zh: '晋北采煤沉陷区新能源基地投资',
      en: 'Investment in the new-energy base on coal-mining subsidence land in northern Shanxi, now under construction',
    },
    value: 55_000_000_000,
    unit: YUAN,
    written: '超过550亿元',
    qualifiers: ['超过'],
    measure: 'money',
    source: S.newEnergyBase,
  },
  {
    kind: 'figure',
    id: 'clean-energy-capacity-share',
    theme: 'green',
    label: {
      zh: '新能源和清洁能源装机占比',
      en: 'New and clean energy share of installed power capacity',
    },
    value: 49.7,
    unit: PERCENT,
    written: '49.7%',
    qualifiers: [],
    measure: 'share',
    source: S.newEnergyBase,
  },
  {
    kind: 'figure',
    id: 'afforestation',
    theme: 'green',
    label: { zh: '营造林', en: 'Afforestation' },
    value: 3_190_000,
    unit: MU,
    written: '319万亩',
    qualifiers: [],
    measure: 'area',
    source: S.forests,
  },
  {
    kind: 'figure',
    id: 'soil-erosion-control',
    theme: 'green',
    label: { zh: '治理水土流失面积', en: 'Area treated for soil erosion' },
    value: 5_796_000,
    unit: MU,
    written: '579.6万亩',
    qualifiers: [],
    measure: 'area',
    source: S.forests,
  },
  {
    kind: 'highlight',
    id: 'ecological-restoration-models',
    theme: 'green',
    label: {
      zh: '平朔煤矿生态修复、静乐汾河川国家湿地公园建设成为全国典型经验',
      en: 'Pingshuo mine restoration and Jingle’s Fenhechuan wetland park become national models',
    },
    description: {
      zh: '平朔煤矿的生态修复和静乐汾河川国家湿地公园的建设，成为全国典型经验。',
      en: 'The ecological restoration of the Pingshuo coal mine and the building of the Fenhechuan National Wetland Park in Jingle county became models for the whole country.',
    },
    qualifiers: [],
    source: S.restoration,
  },
  {
    kind: 'highlight',
    id: 'leopard-and-pheasant-populations',
    theme: 'green',
    label: {
      zh: '华北豹、褐马鸡种群数量保持全国首位',
      en: 'North China leopard and brown eared pheasant populations still the largest in China',
    },
    description: {
      zh: '华北豹、褐马鸡的种群数量保持全国首位。',
      en: 'Shanxi’s populations of the North China leopard and the brown eared pheasant remain the largest of any province.',
    },
    qualifiers: [],
    source: S.wildlife,
  },
  {
    kind: 'figure',
    id: 'carbon-inclusion-top-ten',
    theme: 'green',
    label: {
      zh: '“三晋绿色生活”碳普惠机制入选全国十佳案例',
      en: '“Sanjin Green Living” carbon-credit scheme named among China’s top 10 cases',
    },
    value: 10,
    unit: { zh: '佳', en: 'best' },
    written: '十佳',
    qualifiers: [],
    measure: 'top-n',
    source: S.carbonInclusion,
  },
  {
    kind: 'figure',
    id: 'pm25-concentration',
    theme: 'green',
    label: { zh: 'PM2.5年均浓度', en: 'Average annual PM2.5 concentration' },
    value: 36,
    unit: { zh: '微克/立方米', en: 'μg/m³' },
    written: '36微克/立方米',
    qualifiers: [],
    measure: 'concentration',
    source: S.air,
  },
  {
    kind: 'highlight',
    id: 'pm10-grade-two-standard',
    theme: 'green',
    label: {
      zh: 'PM10年均浓度首次达到国家二级标准',
      en: 'Average annual PM10 meets the national Grade II standard for the first time',
    },
    description: {
      zh: 'PM10年均浓度首次达到国家二级标准。',
      en: 'The average annual PM10 concentration met the national Grade II air-quality standard for the first time.',
    },
    qualifiers: ['首次'],
    source: S.air,
  },
  {
    kind: 'figure',
    id: 'good-water-quality-share',
    theme: 'green',
    label: {
      zh: '国考断面优良水体比例',
      en: 'Share of state-monitored water sections rated good or better',
    },
    value: 93.6,
    unit: PERCENT,
    written: '93.6%',
    qualifiers: [],
    measure: 'share',
    source: S.water,
  },
  {
    kind: 'highlight',
    id: 'clear-water-into-yellow-river',
    theme: 'green',
    label: {
      zh: '“一泓清水入黄河”工程全部开工',
      en: '“Clear Water into the Yellow River” projects all under way',
    },
    description: {
      zh: '“一泓清水入黄河”工程全部开工、加快建设。',
      en: 'Every project of the “Clear Water into the Yellow River” programme has started, and construction is speeding up.',
    },
    qualifiers: [],
    source: S.yellowRiver,
  },
  {
    kind: 'highlight',
    id: 'fen-river-mouth-water-quality',
    theme: 'green',
    label: {
      zh: '汾河入黄口断面水质首次达到优良标准',
      en: 'Fen River rated good where it meets the Yellow River, for the first time',
    },
    description: {
      zh: '汾河入黄口断面水质首次达到优良标准。',
      en: 'Water quality at the monitoring section where the Fen River flows into the Yellow River met the “good” standard for the first time.',
    },
    qualifiers: ['首次'],
    source: S.yellowRiver,
  },
  {
    kind: 'highlight',
    id: 'jinci-spring-water-level',
    theme: 'green',
    label: { zh: '晋祠泉水位再创新高', en: 'Jinci Spring water level hits another record' },
    description: {
      zh: '晋祠泉水位再创新高。',
      en: 'The water level of the Jinci Spring reached a new high once again.',
    },
    qualifiers: [],
    source: S.jinci,
  },

  /* 向效而行惠民可感 ------------------------------------------------------------------------------ */
  {
    kind: 'highlight',
    id: 'jining-datong-yuanping-railway',
    theme: 'efficiency',
    label: {
      zh: '集大原高铁开通运营',
      en: 'Jining–Datong–Yuanping high-speed railway opens',
    },
    description: {
      zh: '集大原高铁开通运营，实现市市通高铁动车。',
      en: 'The Jining–Datong–Yuanping high-speed railway opened, so every city in Shanxi now has high-speed or bullet-train service.',
    },
    qualifiers: [],
    source: S.highSpeedRail,
  },
  {
    kind: 'highlight',
    id: 'fenshi-fulin-expressways',
    theme: 'efficiency',
    label: { zh: '汾石、浮临高速建成通车', en: 'Fenshi and Fulin expressways open to traffic' },
    description: {
      zh: '汾石、浮临高速建成通车，县县通高速公路提前一年实现。',
      en: 'The Fenshi and Fulin expressways were completed and opened to traffic, linking every county to the expressway network a year ahead of schedule.',
    },
    qualifiers: [],
    source: S.expressways,
  },
  {
    kind: 'figure',
    id: 'expressway-every-county-early',
    theme: 'efficiency',
    label: {
      zh: '提前实现县县通高速公路',
      en: 'Every county on the expressway network: time ahead of schedule',
    },
    value: 1,
    unit: YEARS,
    written: '提前一年',
    qualifiers: ['提前'],
    measure: 'duration',
    source: S.expressways,
  },
  {
    kind: 'figure',
    id: 'wari-railway-passenger-counties',
    theme: 'efficiency',
    label: {
      zh: '结束不通旅客列车历史的革命老区县',
      en: 'Old revolutionary-base counties that now have passenger trains, on the Wari railway',
    },
    value: 5,
    unit: { zh: '个', en: 'counties', enSingular: 'county' },
    written: '5个',
    qualifiers: [],
    measure: 'count',
    source: S.wariRailway,
  },
  {
    kind: 'figure',
    id: 'tourist-roads-build-time',
    theme: 'efficiency',
    label: {
      zh: '三个一号旅游公路建设历时',
      en: 'Years spent building the three “No. 1” tourist roads',
    },
    value: 7,
    unit: YEARS,
    written: '7年',
    qualifiers: [],
    measure: 'duration',
    source: S.tourismRoads,
  },
  {
    kind: 'figure',
    id: 'tourist-roads-investment',
    theme: 'efficiency',
    label: { zh: '三个一号旅游公路投资', en: 'Investment in the three “No. 1” tourist roads' },
    value: 100_000_000_000,
    unit: YUAN,
    written: '近千亿元',
    qualifiers: ['近'],
    measure: 'money',
    source: S.tourismRoads,
  },
  {
    kind: 'figure',
    id: 'tourist-roads-length',
    theme: 'efficiency',
    label: { zh: '三个一号旅游公路全长', en: 'Total length of the three “No. 1” tourist roads' },
    value: 13_000,
    unit: { zh: '公里', en: 'km' },
    written: '1.3万公里',
    qualifiers: [],
    measure: 'distance',
    source: S.tourismRoads,
  },
  {
    kind: 'figure',
    id: 'tourist-roads-completed-early',
    theme: 'efficiency',
    label: {
      zh: '三个一号旅游公路提前全线贯通',
      en: 'Three “No. 1” tourist roads completed end to end: time ahead of schedule',
    },
    value: 3,
    unit: YEARS,
    written: '提前三年',
    qualifiers: ['提前'],
    measure: 'duration',
    source: S.tourismRoads,
  },
  {
    kind: 'highlight',
    id: 'state-council-recognition',
    theme: 'efficiency',
    label: { zh: '得到国务院肯定', en: 'Practices commended by the State Council' },
    description: {
      zh: '项目建设“四全工作法”，以及发展农村电商、推行惠商保、不动产登记和办税“晋心登”服务，得到国务院肯定。',
      en: 'The State Council commended Shanxi’s “four-all” method for project construction, its work on rural e-commerce, the Huishangbao insurance for small businesses, and the “Jinxindeng” service for property registration and tax filing.',
    },
    qualifiers: [],
    source: S.stateCouncil,
  },
  {
    kind: 'figure',
    id: 'one-thing-reforms',
    theme: 'efficiency',
    label: {
      zh: '完成便民利企“高效办成一件事改革”',
      en: '“Get one thing done efficiently” reforms completed for residents and businesses',
    },
    value: 22,
    unit: { zh: '件', en: 'reforms', enSingular: 'reform' },
    written: '22件',
    qualifiers: [],
    measure: 'count',
    source: S.oneThing,
  },
  {
    kind: 'highlight',
    id: 'one-thing-practices-nationwide',
    theme: 'efficiency',
    label: {
      zh: '“一件事”做法在全国推广',
      en: 'Two “one thing” practices adopted nationwide',
    },
    description: {
      zh: '新生儿出生联办服务、示范区企业投资项目开工“一件事”做法在全国推广。',
      en: 'Two practices were taken up across the country: a joint service that handles all the paperwork for a newborn at once, and a “one thing” procedure for starting company investment projects in demonstration zones.',
    },
    qualifiers: [],
    source: S.oneThing,
  },
  {
    kind: 'figure',
    id: 'land-use-pre-review-time',
    theme: 'efficiency',
    label: {
      zh: '省市县三级用地预审平均时间',
      en: 'Average time for land-use pre-review at province, city and county level',
    },
    value: 10,
    unit: { zh: '个自然日', en: 'calendar days', enSingular: 'calendar day' },
    written: '10个自然日内',
    qualifiers: ['以内'],
    measure: 'duration',
    source: S.landReview,
  },
  {
    kind: 'figure',
    id: 'power-spot-market-savings',
    theme: 'efficiency',
    label: {
      zh: '电力现货市场交易降低电力供应成本',
      en: 'Power-supply costs saved through spot-market trading',
    },
    value: 530_000_000,
    unit: YUAN,
    written: '5.3亿元',
    qualifiers: [],
    measure: 'money',
    source: S.spotMarket,
  },
  {
    kind: 'figure',
    id: 'new-above-scale-enterprises',
    theme: 'efficiency',
    label: { zh: '新增规上企业法人', en: 'New corporate enterprises above designated size' },
    value: 1802,
    unit: { zh: '户', en: 'enterprises', enSingular: 'enterprise' },
    written: '1802户',
    qualifiers: [],
    measure: 'count',
    source: S.aboveScale,
  },
  {
    kind: 'highlight',
    id: 'provincial-soes-national-rank',
    theme: 'efficiency',
    label: {
      zh: '省属企业资产总额、营业收入、利润总额排全国前列',
      en: 'Provincial state firms among China’s leaders in assets, revenue and profit',
    },
    description: {
      zh: '省属企业发展质效不断提高，资产总额、营业收入、利润总额排全国前列。',
      en: 'Provincial state-owned enterprises kept improving the quality and efficiency of their growth; their total assets, revenue and total profit rank among the highest in the country.',
    },
    qualifiers: [],
    source: S.provincialSoes,
  },
  {
    kind: 'figure',
    id: 'private-top-500-companies',
    theme: 'efficiency',
    label: {
      zh: '民企上榜中国民营企业500强',
      en: 'Shanxi companies among China’s top 500 private enterprises, a record',
    },
    value: 9,
    unit: { zh: '家', en: 'companies', enSingular: 'company' },
    written: '9家',
    qualifiers: [],
    measure: 'count',
    source: S.privateTop500,
  },
  {
    kind: 'figure',
    id: 'urban-income-growth',
    theme: 'efficiency',
    label: { zh: '城镇居民收入增长', en: 'Growth in urban residents’ income' },
    value: 4.1,
    unit: PERCENT,
    written: '4.1%',
    qualifiers: ['预计'],
    measure: 'growth',
    source: S.income,
  },
  {
    kind: 'figure',
    id: 'rural-income-growth',
    theme: 'efficiency',
    label: { zh: '农村居民收入增长', en: 'Growth in rural residents’ income' },
    value: 6,
    unit: PERCENT,
    written: '6%',
    qualifiers: ['预计'],
    measure: 'growth',
    source: S.income,
  },
  {
    kind: 'figure',
    id: 'livelihood-projects-delivered',
    theme: 'efficiency',
    label: { zh: '民生实事全部兑现', en: 'Livelihood projects delivered in full' },
    value: 15,
    unit: { zh: '件', en: 'projects', enSingular: 'project' },
    written: '15件',
    qualifiers: [],
    measure: 'count',
    source: S.livelihood,
  },
];

/* ---------------------------------------------------------------------------------------------- */
/* 2025 main targets (主要预期目标), in the order of the list.                                       */
/* ---------------------------------------------------------------------------------------------- */

const targets: readonly Target[] = [
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

const taskAreas: readonly TaskArea[] = [
  {
    number: 1,
    writtenNumber: 1,
    id: 'expand-demand',
    title: {
      zh: '聚焦推动经济持续回升向好,全方位扩大有效需求',
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
      zh: '聚焦加快转型发展,因地制宜培育新质生产力',
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
      zh: '聚焦提供强大动力和制度保障,进一步全面深化改革扩大开放',
      en: 'Provide strong momentum and institutional guarantees: deepen reform and open wider',
    },
    sourceTitle:
      '聚焦提供强大动力和制度保障,进一步全面深化改革扩大开放 统筹推进教育科技人才体制机制一体改革,提升整体创新效能',
    groups: [
      {
        heading: {
          zh: '统筹推进教育科技人才体制机制一体改革,提升整体创新效能',
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
          zh: '坚持和落实“两个毫不动摇”,促进各类所有制经济优势互补、共同发展',
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
          zh: '贯彻落实全国统一大市场建设指引,构建高标准市场体系',
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
          zh: '完善落实“1+N”政策措施,打造内陆地区对外开放新高地',
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
      zh: '聚焦推动城乡融合发展,统筹推进新型城镇化和乡村全面振兴',
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
      zh: '聚焦建设美丽山西,加快经济社会发展全面绿色转型',
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
      zh: '聚焦促进共同富裕,加快发展民生社会事业',
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
      zh: '聚焦维护和谐稳定,加强安全治理和风险防范',
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

const categories: readonly Category[] = [
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

const projects: readonly Project[] = [
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

const notes: readonly Note[] = [
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
    zh: '摘要中的逗号均为半角“,”（而非全角“，”），“特种钢材, T800”处还多一个空格。凡逐字引用原文的字段都保留原样，以便在原文中逐字找到。',
    en: 'The summary uses half-width commas (“,”) rather than full-width ones (“，”) throughout, and has a stray space in “特种钢材, T800”. Every field quoted from the text keeps them as printed, so that it can be found character for character in the source.',
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
};
