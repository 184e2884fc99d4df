/**
 * What the long image (./report.long-picture.ts, ./report.long-render.ts) reads from the rest of the library:
 * the dataset, the elements' words and the picture's colours. `<sx-report>` (in the page's first script, which
 * has all of it already) and the server hand it in; the drawing itself loads only when a reader asks for it.
 */
import { comparableSets, projects, results, source, targets, taskAreas, themes } from '../../data/index.js';
import { pictureFont } from '../../src/chart/picture.js';
import { DARK_PALETTE, DEFAULT_PALETTE, type Palette } from '../../src/chart/theme.js';
import { reportDate } from '../../src/download/citation.js';
import { formatQuantity, formatTargetValue } from '../../src/format/index.js';
import { t, type Lang } from '../../src/i18n/all.js';
import { rowHeight } from '../metric-bars/metric-bars.rows.js';
import { milestoneDetail, qualifierLines, statValue } from '../stat/stat.card.js';
import type { LongSection, LongSources } from './report.long-picture.js';
import type { LongPictureRequest } from './report.long-render.js';

export const LONG_SOURCES: LongSources = {
  data: { comparableSets, projects, results, source, targets, taskAreas, themes },
  t,
  reportDate,
  formatQuantity,
  formatTargetValue,
  qualifierLines,
  statValue,
  milestoneDetail,
  chartHeight,
  metricBarsRow: rowHeight,
};

/**
 * The chart height an element's own styles give it (`--_chart-height: var(--sx-chart-height, 280px)`), if a fixed
 * one: the first in the last stylesheet that sets one, that is the element's own `:host` default (its phone-first
 * height, for the long image's narrow 400 px drawing) rather than the shared 260 px of src/chart/styles.ts before
 * it or a wider container's after it.
 */
function chartHeight(tag: string): number | undefined {
  const styles = (customElements.get(tag) as { elementStyles?: readonly unknown[] } | undefined)?.elementStyles ?? [];
  const heights = styles
    .map((s) => String((s as { cssText?: string }).cssText ?? ''))
    .map((css) => /--_chart-height:\s*var\(--sx-chart-height,\s*(\d+(?:\.\d+)?)px\)/.exec(css))
    .filter((m) => m !== null);
  const own = heights[heights.length - 1];
  return own ? Number(own[1]) : undefined;
}

/**
 * The picture's fonts, named (a picture is drawn without the page's web fonts). Chinese: fonts with Chinese glyphs
 * first, for full-width punctuation. English: sans-serif fonts with Arial's metrics first (what ECharts measures
 * with on a server), since a CJK font draws ’ and “ a full em wide; the CJK fonts after, for the Chinese names.
 * Names unquoted (valid CSS): resvg skips a list that mixes quoted and unquoted names.
 */
const CJK = 'Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, WenQuanYi Micro Hei';
const FONTS: Record<Lang, string> = {
  zh: `${CJK}, sans-serif`,
  en: `Arial, Helvetica Neue, Helvetica, Liberation Sans, Nimbus Sans, ${CJK}, sans-serif`,
};


/** The long image of these sections, in this language and scheme: fixed palettes, never the page's CSS, so the picture is the same wherever it is made. */
export function longPictureRequest(sections: readonly LongSection[], lang: Lang, dark: boolean): LongPictureRequest {
  const palette: Palette = { ...(dark ? DARK_PALETTE : DEFAULT_PALETTE), fontFamily: pictureFont(FONTS[lang]) };
  return { sections, lang, palette, sources: LONG_SOURCES };
}
