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
  errorUnknownProject: (id) =>
    `Unknown project “${id}”. Check that the id matches one of the project ids in the dataset.`,
  errorUnknownCategory: (id) =>
    `Unknown category “${id}”. Check that the id matches one of the category ids in the dataset.`,
  errorLoadFailed: 'The data could not be loaded. Please try again later.',

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

  // Downloads, citation and print (src/download/)
  download: 'Download',
  downloadMenu: 'Download or cite this figure',
  downloadCsv: 'Data (CSV)',
  downloadJson: 'Records (JSON)',
  downloadPng: 'Picture (PNG)',
  downloadSvg: 'Vector picture (SVG)',
  downloadShare: 'Share card (PNG, 1080 px wide)',
  copyCitation: 'Copy citation',
  downloadDone: (file) => `Downloaded ${file}`,
  citationCopied: 'Citation copied to the clipboard',
  errorDownloadFailed: (what) => `Could not make the “${what}”. Please try again later.`,
  csvValue: 'Value (base units)',
  csvWritten: 'As written in the report',
  citationQuote: 'Source text',
  citationSource: (title, date, publisher) => `Source: ${title}, ${date}, as summarised by ${publisher}.`,
};
