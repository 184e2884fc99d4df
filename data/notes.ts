/**
 * Quirks of the text and the corrections the dataset makes, in both languages. Records name them by id
 * (`notes: ['two-fold-growth']`). A module of its own, so that a page whose records name no note does not load them.
 */
import type { Note } from './types.js';

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
