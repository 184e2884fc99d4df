/**
 * The shape of the locale tables, in parts: the core every element speaks (the text-first figure, its table,
 * errors and controls, the target gauge) and one part per kind of element or feature, each in a module of its own
 * (src/i18n/<part>.ts) so that a page loads the words of the elements it shows. `Strings` is all of them, as
 * `t` from the package root returns it. Every table is typed with its part, so a key missing from either language
 * is a compile error. Values are plain text: elements put them into text nodes and attributes, never into HTML, so
 * a message that quotes a user's attribute value cannot inject markup.
 */

/** What every element speaks: the figure, its data table, source line, errors and controls, and the target gauge. */
export interface CoreStrings {
  /** The accessible name of the download menu (its group, rendered with the button). */
  downloadMenu: string;
  /** A download, or the menu's code, failed: `what` is its menu label (or the menu's name). */
  errorDownloadFailed: (what: string) => string;
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
  number: string;
  /** Heading of an error box. */
  errorTitle: string;
  /** `id` is the indicator id the page asked for; the element appends the valid ids (`validList`). */
  errorUnknownIndicator: (id: string) => string;
  /** `name` is the attribute that must be set. */
  errorMissingAttribute: (name: string) => string;
  /** `text` is the offending attribute text, e.g. `max="abc"`. */
  errorMalformedNumber: (text: string) => string;
  /** A number below zero where only zero or more makes sense; `text` as for `errorMalformedNumber`. */
  errorNegativeNumber: (text: string) => string;
  /** A number with a fraction where only a whole one makes sense; `text` as for `errorMalformedNumber`. */
  errorNotWholeNumber: (text: string) => string;
  /** `id` is the project id the page asked for. */
  errorUnknownProject: (id: string) => string;
  /** A fault inside the element itself (an exception while reading its attributes or rendering): `internal-error`. */
  errorInternal: string;
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
  /** Title of a single project: its number in the report and its short title. */
  projectTitle: (number: number, title: string) => string;
  /** A figure with its label: "受益人数：200万人" / "People who benefit: 2 million people". */
  labelledValue: (label: string, value: string) => string;
  /* core: hardening (input, recovery) */
  /** `name` is the attribute whose property was set to something that is neither text nor a number. */
  errorInvalidValue: (name: string) => string;
  /**
   * The values an attribute takes, appended to the message that names the one it was given: "可用的值：1–7。" (no space
   * after a full-width 。) or " Valid values: 1–7." (with its leading space).
   */
  validList: (values: string) => string;
  /** The chart's code could not be loaded; the figures are on screen as text. */
  errorChartFailed: string;
  /** The button that tries to load the chart again. */
  retry: string;
  /** How to pick the chart's one item with the keyboard. */
  chartKeyHint: string;
  /** How to walk and pick the chart's items with the keyboard. */
  chartKeysHint: string;
  /** The name of a chart that picks its one record: `title` is the element's title. */
  selectChart: (title: string) => string;
  /** Table rows and headings. */
  theme: string;
  note: string;
  /** The data table's part that holds the dataset's notes (for data people, not the graphic). */
  aboutData: string;
  /* Downloads, citation and print (src/download/) */
  /** The button that opens the download menu ("下载" / "Download"). */
  download: string;
}

/** The words of the download menu, its messages, the CSV columns and the citation (src/download/). */
export interface DownloadStrings {
  downloadCsv: string;
  downloadJson: string;
  downloadPng: string;
  downloadSvg: string;
  /** The pictures at the sizes platforms expect: 1080×1080, 1080×1350, 1200×675 PNG. */
  downloadSquare: string;
  downloadPortrait: string;
  downloadLandscape: string;
  /** The share card of earlier versions: now the portrait picture (not in the menu; its failure message). */
  downloadShare: string;
  /** The report's long image (长图), as PNG and as SVG. */
  downloadLongPng: string;
  downloadLongSvg: string;
  copyCitation: string;
  /** Said (politely) once a file is saved: `file` is its name. */
  downloadDone: (file: string) => string;
  citationCopied: string;
  /** CSV column: the value in base units. */
  csvValue: string;
  /** CSV column: the figure as the report writes it. */
  csvWritten: string;
  /** Before the verbatim source sentence in a citation. */
  citationQuote: string;
  /** The citation's last line: the report, its date and the publisher. */
  citationSource: (title: string, date: string, publisher: string) => string;
}

/** The words of <sx-project-list>. */
export interface ProjectStrings {
  category: string;
  /** `id` is the category id the page asked for. */
  errorUnknownCategory: (id: string) => string;
  showAll: string;
  /* <sx-project-list> */
  /** Title of the whole list: `total` is how many projects the report lists (15). */
  projectListTitle: (total: number) => string;
  /** Title of the list filtered to one category: `category` is its label. */
  projectListCategoryTitle: (total: number, category: string) => string;
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
  /** How to walk the list with the keyboard, read to screen readers. */
  projectListHint: string;
  /** A project whose line names no figure. */
  noFigure: string;
}

/** The words of <sx-target-board>. */
export interface BoardStrings {
  /* <sx-target-board>, <sx-task-map>, <sx-report> (issue 10) */
  /** `name` is the attribute, `part` the piece of its value that cannot be read, `expected` how to write it. */
  errorMalformedAttribute: (name: string, part: string, expected: string) => string;
  /** How `actuals` is written, for the error message. */
  actualsFormat: string;
  /** Title of the target board. */
  boardTitle: string;
  /** The board's description: `total` targets, `charted` of them percentages, `counts` and `statements` joined. */
  boardSummary: (total: number, charted: number, counts: string, statements: string) => string;
  /**
   * The one line a reader needs to read the bullet chart, without its full stop: the tick, the "at least" zone, the
   * "about" band. Nothing for data people (GRAPHICS.md §3): that is `boardBandNote`.
   */
  boardKey: string;
  /** The key's last part when outcomes are drawn: the dot. */
  boardKeyOutcome: string;
  /** For the data table's "About the data", the CSV, JSON and citation: the "about" band's width means nothing. */
  boardBandNote: string;
  /** How to walk the board with the keyboard. */
  boardHint: string;
  /** A 2024 outcome shown as context for a 2025 target: "2024年：…" / "2024: …". */
  context2024: (text: string) => string;
  /** Column header of the 2024 context. */
  context2024Header: string;
}

/** The words of <sx-task-map>. */
export interface TaskStrings {
  /** `value` is the area number the page asked for. */
  errorUnknownArea: (value: string) => string;
  /** Title of the task map (all seven areas) and of one area. */
  taskMapTitle: (areas: number) => string;
  taskAreaTitle: (number: number, title: string) => string;
  /** The map's description: `areas` areas, `tasks` sub-tasks, the area with the most named. */
  taskMapSummary: (areas: number, tasks: number, most: string, mostCount: number) => string;
  /** One area's description. */
  taskAreaSummary: (number: number, title: string, tasks: number, groups: number) => string;
  /** "方面" / "Area": before an area's number. */
  area: string;
  /** An area's number as a label: "第3方面" / "Area 3". */
  areaLabel: (number: number) => string;
  /** How many sub-tasks: "3项" / "3 tasks". */
  taskCount: (count: number) => string;
  /** Column headers of the task table. */
  taskArea: string;
  task: string;
  /** The note on the text's quirks, short. */
  taskQuirksNote: string;
  /** Per-area marks of the quirks: printed without a number under area 5; printed as 6; the run-on line. */
  areaUnnumbered: string;
  areaPrintedAs: (number: number) => string;
  areaRunOn: (line: string) => string;
  /** How to walk the outline with the keyboard. */
  taskMapHint: string;
  /** Chart size meaning. */
  taskMapKey: string;
}

/** The words of <sx-report>. */
export interface ReportStrings {
  /** `name` is the section name the page asked for; `valid`, the names it takes. */
  errorUnknownSection: (name: string, valid: string) => string;
  /** Title of the whole report element, the contents list, the section names. */
  reportContents: string;
  reportDelivered: (date: string, speaker: string, meeting: string) => string;
  reportSummary: (sections: string) => string;
  sectionResults: string;
  sectionTargets: string;
  sectionTasks: string;
  sectionProjects: string;
  /** How many records a section holds, for the contents table: "52项" / "52 items". */
  itemCount: (count: number) => string;
  /** The contents table's column headers. */
  section: string;
}

/** The words of the 2024 results: <sx-stat>, <sx-results-board>, <sx-metric-bars>, <sx-share-ring>. */
export interface ResultStrings {
  /** `part` appears more than once in the list attribute `name` (`results`, `sections`, `actuals`). */
  errorRepeated: (name: string, part: string) => string;
  /** The list attribute `name` has `count` items, more than the `max` the dataset holds. */
  errorTooMany: (name: string, count: number, max: number) => string;
  /* 2024 results: <sx-stat>, <sx-results-board>, <sx-metric-bars>, <sx-share-ring> */
  /** `id` is the result id the page asked for. */
  errorUnknownResult: (id: string) => string;
  /** `id` is the comparable-set id the page asked for. */
  errorUnknownSet: (id: string) => string;
  /** `id` is the topic the page asked for. */
  errorUnknownTopic: (id: string) => string;
  /** `id` is the record given, `kind` what it is, `expected` what the element takes. */
  errorWrongKind: (id: string, kind: string, expected: string) => string;
  /** `a` and `b` are two figures that cannot share an axis, each with its unit. */
  errorMixedUnits: (a: string, b: string) => string;
  /** Precedes the list of valid values after an error. */
  validValues: string;
  /** What a record is, for the wrong-kind message. */
  kindHighlight: string;
  kindFigure: string;
  kindRanking: string;
  kindRankingChange: string;
  kindShare: string;
  kindNotShare: string;
  kindNoShareProject: string;
  /** The 2024 review's name ("2024年成绩单"). */
  results2024: string;
  /** The title of an editor's own set of bars, too many or too long names to join: "三项成绩对比（2024年）". */
  chosenFiguresTitle: (count: number) => string;
  /** The word on a result without a number. */
  milestone: string;
  /** The description sentence of one result with a number. */
  statSentence: (label: string, value: string) => string;
  sourceSentence: string;
  /** The English of a figure written in Chinese: "1.5 times" is written 1.5倍. Used for 倍 only. */
  timesWords: (value: number) => string;
  /** How to use the cards with the keyboard, read to screen readers. */
  cardHint: string;
  /** What a dashed open end on a bar means: a part of the legend's one line, without its full stop. */
  legendLowerBound: string;
  /** What a hatched bar means: a part of the legend's one line, without its full stop. */
  legendApproximate: string;
  /** The most the rest of a share can be when the share is a floor: "至多40%" / "at most 40%". */
  atMost: (amount: string) => string;
  /** The heading over a board's milestones. */
  milestones: string;
  /** The description sentence of a results board: the themes (joined) and how many of each kind it shows. */
  resultsBoardSummary: (themes: string, figures: number, highlights: number, sets: number) => string;
}

/** Every string of both the core and the parts: what `t` from the package root returns. */
export interface Strings
  extends CoreStrings,
    DownloadStrings,
    ProjectStrings,
    BoardStrings,
    TaskStrings,
    ReportStrings,
    ResultStrings {}
