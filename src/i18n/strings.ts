/**
 * The shape of a locale table. Both tables are typed with it, so a key missing from either one is a
 * compile error. Values are plain text: elements put them into text nodes and attributes, never into
 * HTML, so a message that quotes a user's attribute value cannot inject markup.
 */
export interface Strings {
  /** The toggle that shows the data table ("数据" / "Data"). */
  data: string;
  /** The same toggle while the table is shown. */
  hideData: string;
  /** The short prefix before a source ("来源" / "Source"). */
  source: string;
  /** The full source line under every chart. */
  sourceLine: string;
  /** Shown while the chart is being prepared. */
  loading: string;
  /** The accessible role description of the chart area. */
  chartLabel: string;

  /* Data-table column headers. */
  item: string;
  value: string;
  unit: string;
  qualifier: string;
  category: string;
  number: string;

  /** Heading of an error box. */
  errorTitle: string;
  /** `id` is the indicator id the page asked for; the message says where the valid ids are. */
  errorUnknownIndicator: (id: string) => string;
  /** `name` is the attribute that must be set. */
  errorMissingAttribute: (name: string) => string;
  /** `text` is the offending attribute text, e.g. `max="abc"`. */
  errorMalformedNumber: (text: string) => string;
  /** `id` is the project id the page asked for. */
  errorUnknownProject: (id: string) => string;
  /** `id` is the category id the page asked for. */
  errorUnknownCategory: (id: string) => string;
  /** The dataset or a chart module could not be loaded. */
  errorLoadFailed: string;

  /* Verdicts of an actual outcome against a target. */
  met: string;
  notMet: string;
  withinRange: string;
  closeTo: string;
  above: string;
  below: string;

  target: string;
  actual: string;
  outcome: string;
  projects: string;
  showAll: string;

  /* <sx-target-gauge> */
  /** Title of a 2025 target: `label` is the indicator's name. */
  targetTitle: (label: string) => string;
  /** The description sentence: `label` the indicator, `value` the formatted target ("at least 6%"). */
  targetSentence: (label: string, value: string) => string;
  /** "Outcome: 5.2% (NBS, Jan 2026)". `source` may be empty. */
  outcomeLine: (value: string, source: string) => string;
  /** "… 0.3 percentage points above the target." */
  differenceAbove: (diff: string) => string;
  differenceBelow: (diff: string) => string;
  /** An outcome equal to an "about" target. */
  equal: string;
  /** Outside value ± tolerance, for an "about" target with a tolerance. */
  outsideRange: string;
  /** A statement target with an outcome that one number cannot judge ('in-step', 'binding'). */
  noVerdict: string;
  /** Column header for the verdict. */
  verdict: string;

  /* <sx-project-list> */
  /** Title of the whole list: `total` is how many projects the report lists (15). */
  projectListTitle: (total: number) => string;
  /** Title of the list filtered to one category: `category` is its label. */
  projectListCategoryTitle: (total: number, category: string) => string;
  /** Title of a single project: its number in the report and its short title. */
  projectTitle: (number: number, title: string) => string;
  /**
   * The description sentence of the whole list: `most` is the category (or the categories, already joined)
   * with the most projects, `mostCount` how many each has, `tied` whether several share that count.
   */
  projectListSummary: (total: number, categories: number, most: string, mostCount: number, tied: boolean) => string;
  /** The description sentence when every category has the same number of projects (`each`). */
  projectListSummaryEven: (total: number, categories: number, each: number) => string;
  /** The description sentence of a filtered list: `numbers` are the report's numbers, already joined. */
  projectListCategorySummary: (category: string, count: number, total: number, numbers: string) => string;
  /** The description sentence of a single project: `text` is the project's line as written. */
  projectSummary: (number: number, category: string, text: string) => string;
  /** A count of projects: "2件" / "2 projects". */
  projectCount: (count: number) => string;
  /** Column header for a count of projects. */
  projectCountHeader: string;
  /** Caption of the table behind the overview chart. */
  projectsPerCategory: string;
  /** A figure with its label: "受益人数：200万人" / "People who benefit: 2 million people". */
  labelledValue: (label: string, value: string) => string;
  /** How to walk the list with the keyboard, read to screen readers. */
  projectListHint: string;
  /** A project whose line names no figure. */
  noFigure: string;

  /* Downloads, citation and print (src/download/) */
  /** The button that opens the download menu ("下载" / "Download"). */
  download: string;
  /** The accessible name of the menu. */
  downloadMenu: string;
  downloadCsv: string;
  downloadJson: string;
  downloadPng: string;
  downloadSvg: string;
  /** The share card: a PNG 1080 px wide. */
  downloadShare: string;
  copyCitation: string;
  /** Said (politely) once a file is saved: `file` is its name. */
  downloadDone: (file: string) => string;
  citationCopied: string;
  /** A format could not be made: `what` is its menu label. */
  errorDownloadFailed: (what: string) => string;
  /** CSV column: the value in base units. */
  csvValue: string;
  /** CSV column: the figure as the report writes it. */
  csvWritten: string;
  /** Before the verbatim source sentence in a citation. */
  citationQuote: string;
  /** The citation's last line: the report, its date and the publisher. */
  citationSource: (title: string, date: string, publisher: string) => string;
}
