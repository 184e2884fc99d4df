import type { Strings } from './strings.js';

/** English. */
export const en: Strings = {
  data: 'Data',
  hideData: 'Hide data',
  source: 'Source',
  sourceLine: 'Source: 2025 Shanxi Provincial Government Work Report, as summarised by Shanxi Evening News',
  loading: 'Loading…',
  chartLabel: 'Chart',

  item: 'Item',
  value: 'Value',
  unit: 'Unit',
  qualifier: 'Qualifier',
  category: 'Category',
  number: 'No.',

  errorTitle: 'The chart cannot be shown',
  errorUnknownIndicator: (id) =>
    `Unknown indicator “${id}”. Check that the id matches one of the indicator ids in the dataset.`,
  errorMissingAttribute: (name) => `The required attribute “${name}” is missing.`,
  errorMalformedNumber: (text) => `“${text}” is not a valid number.`,
  errorNegativeNumber: (text) => `“${text}” must not be negative.`,
  errorNotWholeNumber: (text) => `“${text}” must be a whole number.`,
  errorUnknownProject: (id) =>
    `Unknown project “${id}”. Check that the id matches one of the project ids in the dataset.`,
  errorUnknownCategory: (id) =>
    `Unknown category “${id}”. Check that the id matches one of the category ids in the dataset.`,
  errorInternal: 'Something went wrong inside this chart, so it cannot be shown. Reload the page to try again.',

  met: 'Target met',
  notMet: 'Target not met',
  withinRange: 'Within target range',
  closeTo: 'Close to target',
  above: 'Above target',
  below: 'Below target',

  target: 'Target',
  actual: 'Actual',
  outcome: 'Outcome',
  projects: 'Projects',
  showAll: 'Show all',

  targetTitle: (label) => `2025 target: ${label}`,
  targetSentence: (label, value) => `Shanxi’s 2025 target for ${label}: ${value}.`,
  outcomeLine: (value, source) => (source ? `Outcome: ${value} (${source})` : `Outcome: ${value}`),
  differenceAbove: (diff) => `${diff} above the target`,
  differenceBelow: (diff) => `${diff} below the target`,
  equal: 'equal to the target',
  outsideRange: 'outside the target range',
  noVerdict: 'one figure alone cannot say whether this target was met',
  verdict: 'Verdict',

  projectListTitle: (total) => `${total} livelihood projects for 2025`,
  projectListCategoryTitle: (total, category) => `${total} livelihood projects for 2025: ${category}`,
  projectTitle: (number, title) => `2025 livelihood project ${number}: ${title}`,
  projectListSummary: (total, categories, most, mostCount, tied) =>
    `${total} livelihood projects in ${categories} categories. ` +
    (tied
      ? `${most} have the most, with ${mostCount} each.`
      : `${most} has the most, with ${mostCount === 1 ? '1 project' : `${mostCount} projects`}.`),
  projectListSummaryEven: (total, categories, each) =>
    `${total} livelihood projects in ${categories} categories, ${each} in each.`,
  projectListCategorySummary: (category, count, total, numbers) =>
    count === 1
      ? `1 of the ${total} livelihood projects is in the category “${category}”: number ${numbers}.`
      : `${count} of the ${total} livelihood projects are in the category “${category}”: numbers ${numbers}.`,
  projectSummary: (number, category, text) => `Livelihood project ${number} (${category}): ${text}`,
  projectCount: (count) => (count === 1 ? '1 project' : `${count} projects`),
  projectCountHeader: 'Number of projects',
  projectsPerCategory: 'Livelihood projects per category',
  labelledValue: (label, value) => `${label}: ${value}`,
  projectListHint: 'Use the Up and Down arrow keys to move between projects; press Enter or Space to select one.',
  noFigure: 'No figure stated',
  /* <sx-target-board>, <sx-task-map>, <sx-report> (issue 10) */
  errorMalformedAttribute: (name, part, expected) => `“${part}” in the attribute “${name}” cannot be read. ${expected}`,
  errorRepeated: (name, part) => `“${part}” appears more than once in the attribute “${name}”; give each only once.`,
  errorTooMany: (name, count, max) =>
    `The attribute “${name}” lists ${count} items; it takes at most ${max}, as many as the dataset holds.`,
  errorUnknownArea: (value) => `Unknown task area “${value}”.`,
  errorUnknownSection: (name) => `Unknown section “${name}”.`,
  actualsFormat: 'Write it as “indicator:number”, separated by commas, e.g. gdp-growth:5.2, cpi:0.2.',
  boardTitle: 'Shanxi’s main targets for 2025',
  boardSummary: (total, charted, counts, statements) =>
    `Shanxi’s ${total} main targets for 2025: ${charted} percentages, drawn on one shared axis; ${counts}; and statements without a figure: ${statements}.`,
  boardKey:
    'The tick marks the target; “at least” is drawn as a shaded zone from the target up that fades out past the axis (no ceiling); “about” as a short shaded band at the target (the report sets no range, so the band’s width means nothing); a dot is an outcome the page gave.',
  boardHint: 'Use the Up and Down arrow keys to move between targets; press Enter or Space to select one.',
  context2024: (text) => `2024: ${text}`,
  context2024Header: 'In 2024',
  taskMapTitle: (areas) => `The ${areas} key task areas for 2025`,
  taskAreaTitle: (number, title) => `Key task area ${number} for 2025: ${title}`,
  taskMapSummary: (areas, tasks, most, mostCount) =>
    `Shanxi’s ${areas} key task areas for 2025 hold ${tasks} tasks; ${most} has the most, with ${mostCount}.`,
  taskAreaSummary: (number, title, tasks, groups) =>
    `Key task area ${number}, “${title}”, holds ${tasks} ${tasks === 1 ? 'task' : 'tasks'}${groups > 1 ? ` in ${groups} groups` : ''}.`,
  area: 'Area',
  areaLabel: (number) => `Area ${number}`,
  taskCount: (count) => (count === 1 ? '1 task' : `${count} tasks`),
  taskArea: 'Task area',
  task: 'Task',
  taskQuirksNote:
    'The report announces seven key task areas but numbers only six: “Promote common prosperity” is printed under area 5. Following the dataset, it is area 6 here, and the text’s “6、” is area 7. Area 3’s title line runs into its first sub-heading; it is split at the space.',
  areaUnnumbered: 'printed without a number, under area 5',
  areaPrintedAs: (number) => `printed as ${number}`,
  areaRunOn: (line) => `title line as printed: ${line}`,
  taskMapHint:
    'Use the Up and Down arrow keys to move through the areas and tasks, Left and Right to move between an area and its tasks; press Enter or Space to select one.',
  taskMapKey: 'Each square is one task; a row per area.',
  reportContents: 'Contents',
  reportDelivered: (date, speaker, meeting) => `Delivered by ${speaker} on ${date} at the ${meeting}`,
  reportSummary: (sections) => `The 2025 Shanxi Provincial Government Work Report in charts: ${sections}.`,
  sectionResults: 'The 2024 report card',
  sectionTargets: 'Main targets for 2025',
  sectionTasks: 'Seven key task areas',
  sectionProjects: '15 livelihood projects',
  itemCount: (count) => (count === 1 ? '1 item' : `${count} items`),
  section: 'Section',

  // core: hardening (input, recovery)
  errorInvalidValue: (name) => `The value of “${name}” is invalid: it must be text or a number.`,
  errorChartFailed: 'The chart could not be loaded; the figures are shown as text.',
  retry: 'Retry',
  chartKeyHint: 'Press Enter or Space to select it.',
  chartKeysHint: 'Use the arrow keys to move between the items of the chart; press Enter or Space to select one.',
  selectChart: (title) => `Select: ${title}`,

  /* 2024 results: <sx-stat>, <sx-results-board>, <sx-metric-bars>, <sx-share-ring> */
  errorUnknownResult: (id) => `Unknown result “${id}”. Check that the id matches one of the result ids in the dataset.`,
  errorUnknownSet: (id) =>
    `Unknown comparable set “${id}”. Check that the id matches one of the comparable-set ids in the dataset.`,
  errorUnknownTopic: (id) => `Unknown topic “${id}”. The topic must be one of the report’s three themes.`,
  errorWrongKind: (id, kind, expected) => `“${id}” is ${kind}; this element needs ${expected}.`,
  errorMixedUnits: (a, b) =>
    `“${a}” and “${b}” differ in unit or measure, so they cannot share one axis.`,
  validValues: 'Valid ids',
  kindHighlight: 'a milestone without a number',
  kindFigure: 'a result with a number',
  kindRanking: 'a ranking',
  kindRankingChange: 'a change in a ranking',
  kindShare: 'a share (a percentage of a whole)',
  kindNotShare: 'a figure that is not a share',
  kindNoShareProject: 'a livelihood project that names no share',
  results2024: '2024 results',
  milestone: 'Milestone',
  statSentence: (label, value) => `${label} in 2024: ${value}.`,
  theme: 'Theme',
  sourceSentence: 'Source sentence (Chinese)',
  note: 'Note',
  aboutData: 'About the data',
  timesWords: (value) => {
    const words = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    return `${Number.isInteger(value) && value <= 10 ? words[value] : String(value)}-fold`;
  },
  cardHint: 'Use the arrow keys to move between cards; press Enter or Space to select one.',
  legendLowerBound: 'Dashed open end: the report says “more than” or “at least”; the true value is beyond the solid bar.',
  legendApproximate: 'Hatched bar: the report says “nearly”, “about” or “within”; an approximate value or a ceiling.',
  atMost: (amount) => `at most ${amount}`,
  milestones: 'Milestones',
  resultsBoardSummary: (themes, figures, highlights, sets) =>
    `Shanxi’s 2024 results (${themes}): ${figures} ${figures === 1 ? 'figure' : 'figures'} and ${highlights} ${highlights === 1 ? 'milestone' : 'milestones'}` +
    (sets ? `, with ${sets} ${sets === 1 ? 'set' : 'sets'} of comparable figures as bar charts.` : '.'),

  // Downloads, citation and print (src/download/)
  download: 'Download',
  downloadMenu: 'Download or cite this figure',
  downloadCsv: 'Data (CSV)',
  downloadJson: 'Records (JSON)',
  downloadPng: 'Picture (PNG)',
  downloadSvg: 'Vector picture (SVG)',
  downloadSquare: 'Square picture (PNG, 1080×1080)',
  downloadPortrait: 'Portrait picture (PNG, 1080×1350: WeChat, Weibo)',
  downloadLandscape: 'Landscape picture (PNG, 1200×675: link previews)',
  downloadShare: 'Share card (portrait PNG, 1080×1350)',
  downloadLongPng: 'Long image (PNG, 1080 px wide)',
  downloadLongSvg: 'Long image (SVG)',
  copyCitation: 'Copy citation',
  downloadDone: (file) => `Downloaded ${file}`,
  citationCopied: 'Citation copied to the clipboard',
  errorDownloadFailed: (what) => `Could not make the “${what}”. Please try again later.`,
  csvValue: 'Value (base units)',
  csvWritten: 'As written in the report',
  citationQuote: 'Source text',
  citationSource: (title, date, publisher) => `Source: ${title}, ${date}, as summarised by ${publisher}.`,
};
