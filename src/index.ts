/**
 * shanxi-report-charts: the classes, the registration helper and the types. Importing this module registers
 * nothing; import `shanxi-report-charts/define.js` (every tag) or one element's module for that.
 */
export { SxTargetGauge } from '../components/target-gauge/target-gauge.js';
export { SxProjectList } from '../components/project-list/project-list.js';
export { SxTargetBoard } from '../components/target-board/target-board.js';
export { SxTaskMap } from '../components/task-map/task-map.js';
export { SxReport } from '../components/report/report.js';
export { SxStat } from '../components/stat/stat.js';
export { SxMetricBars } from '../components/metric-bars/metric-bars.js';
export { SxShareRing } from '../components/share-ring/share-ring.js';
export { SxResultsBoard } from '../components/results-board/results-board.js';
export { SxChartElement } from './chart/sx-chart-element.js';
export { SxFigureElement } from './chart/sx-figure-element.js';
export type { ChartContext, ChartItem, Resolution, Theme } from './chart/sx-chart-element.js';
export type { Palette } from './chart/theme.js';
export type { Renderer } from './chart/runtime.js';
export type { TableModel } from './a11y/data-table.js';
export { defineElement, tagNameFor } from './define.js';
export type { DefineOptions } from './define.js';
export type {
  DownloadFormat,
  SxDownloadDetail,
  SxDownloadEvent,
  SxErrorCode,
  SxErrorDetail,
  SxErrorEvent,
  SxReadyEvent,
  SxSelectDetail,
  SxSelectEvent,
} from './events.js';
export { breakLines, PICTURE_PRESET_NAMES, PICTURE_PRESETS, pictureLayout, pictureSvg, wellFormed } from './chart/picture.js';
export { presentationSvg, svgProblems } from './chart/svg-attributes.js';
export { preparePrint } from './chart/print.js';
export type { PictureColors, PictureFigure, PictureLayout, PicturePreset, PictureText, SizedPresetName } from './chart/picture.js';
export type { TableFigure, TableRow } from './a11y/data-table.js';
export {
  formatNumber,
  formatPercentPoints,
  formatQuantity,
  formatTargetValue,
  qualifierMeaning,
  verdictFor,
} from './format/index.js';
export type { Verdict } from './format/index.js';
export { resolveLang } from './i18n/index.js';
export { t } from './i18n/all.js';
export type { Lang } from './i18n/index.js';
export type { Strings } from './i18n/strings.js';
export { VERSION } from './version.js';
