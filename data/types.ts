/**
 * The schema of the dataset. Everything here is plain data: no imports from src/ or components/.
 * A record that does not fit these types is a compile error.
 */

/** A string in both languages the library speaks. */
export interface Localized {
  zh: string;
  en: string;
}

/**
 * The words the report puts around a figure, exactly as the text writes them.
 * 余 / 多 / 超过: more than; 近: nearly; 以上: at least; 左右: about; 以内: within / at most;
 * 预计: expected (a preliminary figure); 力争: striving for; 累计: cumulative;
 * 首次: for the first time; 提前: ahead of schedule.
 */
export type Qualifier =
  | '余'
  | '多'
  | '超过'
  | '近'
  | '以上'
  | '左右'
  | '以内'
  | '预计'
  | '力争'
  | '累计'
  | '首次'
  | '提前';

/** A unit in both languages; `en` is the plural form used after a number ("people", "yuan", "%"). */
export interface Unit extends Localized {
  /** Singular English form where it differs ("person"). */
  enSingular?: string;
}

/** How a 2025 target relates its value. */
export type Comparator =
  /** "增长5%": the stated figure itself. */
  | 'target'
  /** "6%以上": at least. */
  | 'at-least'
  /** "5.5%左右": about. */
  | 'about'
  /** "力争保持正增长": positive growth, no number. */
  | 'positive'
  /** "与经济增长同步": in step with the economy, no number. */
  | 'in-step'
  /** "不折不扣完成国家下达的约束性指标任务": the binding indicators set by the State, no number. */
  | 'binding';

/* ------------------------------------------------------------------------------------------------ */
/* Everything below extends the contract above; nothing above this line changes.                     */
/* ------------------------------------------------------------------------------------------------ */

/** The report's three themes for 2024: 向新而行 (innovation), 向绿而行 (green), 向效而行 (efficiency). */
export type ThemeId = 'innovation' | 'green' | 'efficiency';

/** One of the three 2024 themes, in the order the report gives them. */
export interface Theme {
  id: ThemeId;
  /** zh is the heading as written ("向新而行动力澎湃"); en a newsroom rendering of it. */
  title: Localized;
}

/**
 * What kind of quantity a figure is. The unit says how to write it; the measure says how to chart it.
 *
 * - `ranking`: a position, 1 = first. `written` is the ordinal as the text writes it ("第一") and the unit
 *   is the counter a formatter puts around it: zh 第1名, en "1st place".
 * - `ranking-change`: places moved up a ranking ("上升5位" → 5, unit 位 / "places").
 * - `top-n`: a place in a "top n" list ("十佳" → 10, unit 佳 / "best": zh 十佳, en "top 10").
 */
export type Measure =
  | 'count'
  | 'money'
  | 'share'
  | 'growth'
  | 'energy'
  | 'area'
  | 'distance'
  | 'duration'
  | 'concentration'
  | 'ranking'
  | 'ranking-change'
  | 'top-n';

interface ResultBase {
  /** Stable kebab-case id, unique across the whole dataset. */
  id: string;
  theme: ThemeId;
  /** zh taken from the text; en a newsroom label. */
  label: Localized;
  /** The qualifiers the text puts on this record, in the order they appear. */
  qualifiers: readonly Qualifier[];
  /** The sentence the record comes from, verbatim: everything between two 。 (or a line start), with its 。. */
  source: string;
  /** The ids of dataset notes on how this record reads the text (两倍多, 分别, 累计 …), if any. */
  notes?: readonly string[];
}

/** A 2024 result with a number. */
export interface ResultFigure extends ResultBase {
  kind: 'figure';
  /** The number scaled to base units: 2000亿元 → 200000000000, 45万人 → 450000, 49.7% → 49.7. */
  value: number;
  /** The base unit (no 万/亿 multiplier): 元 / yuan, 人 / people, % / %. */
  unit: Unit;
  /**
   * The exact substring of `source` that states the number: the digits or Chinese numerals, the 万/亿
   * multiplier, the unit, and any qualifier written against them (超过550亿元, 4400余件, 两倍多, 提前三年,
   * 10个自然日内). See data/README.md.
   */
  written: string;
  measure?: Measure;
  /**
   * For a share (`measure: 'share'`): what the rest of the whole is, as the text's subject implies it (the
   * remainder of installed capacity is other capacity). A chart labels the remainder with it; without it a share
   * is not drawn as a part of a whole.
   */
  remainder?: Localized;
}

/** A 2024 milestone without a number (灯塔工厂, 晋祠泉水位再创新高 …). */
export interface ResultHighlight extends ResultBase {
  kind: 'highlight';
  description: Localized;
}

export type Result = ResultFigure | ResultHighlight;

/** The ids of the 2025 main targets (主要预期目标). Other code picks targets by these. */
export type TargetId =
  | 'gdp-growth'
  | 'fixed-asset-investment'
  | 'retail-sales'
  | 'foreign-trade'
  | 'resident-income'
  | 'urban-jobs'
  | 'urban-unemployment'
  | 'cpi'
  | 'binding-indicators';

/** A 2025 main target. `value` and `unit` are present exactly when the line states a number. */
export interface Target {
  id: TargetId;
  label: Localized;
  comparator: Comparator;
  /** Scaled like a result's value: 45万人 → 450000. */
  value?: number;
  unit?: Unit;
  /** The line as written (the first one, where the text repeats it). */
  written: string;
  /** Every line of the target list this record stands for, verbatim. */
  sources: readonly string[];
  note?: Localized;
}

/** The seven key task areas (七方面重点工作) are numbered 1–7. */
export type AreaNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The numbers the text itself prints before an area title (it stops at 6). */
export type WrittenAreaNumber = 1 | 2 | 3 | 4 | 5 | 6;

/** A run of sub-items, under a sub-heading where the text gives one (area 3). */
export interface TaskGroup {
  heading?: Localized;
  items: readonly Localized[];
}

export interface TaskArea {
  number: AreaNumber;
  id: string;
  title: Localized;
  groups: readonly TaskGroup[];
  /** The title line verbatim, without its leading "N、" or "- " (area 3: the run-on line as a whole). */
  sourceTitle: string;
  /** The number the text prints before the title, or null where it prints none (area 6 is a bullet). */
  writtenNumber: WrittenAreaNumber | null;
}

/** The fifteen livelihood projects (15件民生实事) are numbered 1–15. */
export type ProjectNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;

export type ProjectCategory =
  | 'elderly-care'
  | 'health'
  | 'disability'
  | 'employment'
  | 'housing'
  | 'business'
  | 'agriculture'
  | 'food-safety'
  | 'water'
  | 'tourism'
  | 'culture';

export interface Category {
  id: ProjectCategory;
  label: Localized;
}

/** One quantity a livelihood project names. Same value/unit/written rule as a result figure. */
export interface Quantity {
  value: number;
  unit: Unit;
  /** The exact substring of the project's `text`. */
  written: string;
  label: Localized;
  qualifiers: readonly Qualifier[];
  /** For a percentage that is a share of a whole: what the rest of the whole is (see `ResultFigure.remainder`). */
  remainder?: Localized;
}

export interface Project {
  number: ProjectNumber;
  id: string;
  /** A short title: zh a few characters, en a headline. */
  title: Localized;
  category: ProjectCategory;
  /** Every quantity the line names, in the order written; empty when it names none. */
  quantities: readonly Quantity[];
  /** The line verbatim, without its leading number and space. */
  text: string;
  /** A faithful English translation of `text`. */
  textEn: string;
}

/** A quirk of the source text, or a correction the dataset makes, in both languages. */
export interface Note {
  id: string;
  zh: string;
  en: string;
}

/** Where the figures come from. */
export interface Source {
  title: Localized;
  /** Who published the summary (摘要) the dataset is transcribed from. */
  publisher: Localized;
  /** The day the report was delivered, ISO 8601. */
  date: `${number}-${number}-${number}`;
  speaker: Localized;
  meeting: Localized;
  /** The summary's headline, as printed above it. */
  headline: Localized;
  /** The opening paragraph of the 2024 review, which stands before the three themes and has no figure. */
  overview: Localized;
  /** Path, from the package root, of the verbatim copy of the summary every `source` string is found in. */
  provenance: string;
}

export interface Dataset {
  id: 'shanxi-2025';
  source: Source;
  themes: readonly Theme[];
  results: readonly Result[];
  targets: readonly Target[];
  taskAreas: readonly TaskArea[];
  categories: readonly Category[];
  projects: readonly Project[];
  notes: readonly Note[];
  /** Figures of one unit and measure that can be charted on one axis, by theme in the report's order. */
  comparableSets: readonly ComparableSet[];
}

/**
 * Figures the report puts side by side that share one unit and one measure, so that one axis can chart them
 * honestly: the three industries' revenues, urban and rural income growth, … `test/data.test.ts` checks that
 * every member is a figure of the set's theme and that all share unit and measure.
 */
export interface ComparableSet {
  /** Stable kebab-case id, unique across the whole dataset. */
  id: string;
  theme: ThemeId;
  /** What the set compares: zh in the report's words where it allows, en a newsroom title. */
  title: Localized;
  /** The ids of the result figures compared, in the order the text gives them. */
  members: readonly string[];
  /** The ids of dataset notes that say how the text pairs them (分别 …), if any. */
  notes: readonly string[];
}
