/**
 * What an option builder (`components/<name>/<name>.option.ts`, and the shared `bars.ts` and `units.ts` here) is
 * given besides its records: the reader's language, the colours read from the element's styles, and whether to
 * animate. The builders are pure functions of these: they import nothing that touches the DOM, Lit or the
 * ECharts runtime (types from `echarts/core` only), so they run in plain Node — the server renderer draws with
 * them, and test/node/options.test.mjs tests them there and checks that their imports stay that way.
 */
import type { Lang } from '../i18n/index.js';

/**
 * ECharts cannot read CSS custom properties. The element's styles resolve the public `--sx-…` properties into
 * private `--_…` ones on the host; src/chart/theme.ts reads them once into a palette, again whenever the scheme
 * changes.
 */
export interface Palette {
  text: string;
  muted: string;
  background: string;
  border: string;
  accent: string;
  /** A target zone (the shaded "at least" and "about" ranges): a mark a reader must see, ≥ 3:1 against the background. */
  accentSoft: string;
  /** Tracks and axis lines: marks a reader must see, ≥ 3:1 against the background (WCAG 1.4.11). */
  track: string;
  positive: string;
  negative: string;
  series: string[];
  fontFamily: string;
  dark: boolean;
}

/** What an element needs to build its ECharts option. */
export interface ChartContext {
  lang: Lang;
  palette: Palette;
  /** Readers who ask for less motion get no animation. */
  animation: boolean;
}
