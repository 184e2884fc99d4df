import type { Lang } from '../i18n/index.js';
import type { Palette } from './theme.js';

/** What an element needs to build its ECharts option. */
export interface ChartContext {
  lang: Lang;
  palette: Palette;
  /** Readers who ask for less motion get no animation. */
  animation: boolean;
}
