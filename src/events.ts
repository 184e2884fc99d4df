/** What went wrong, as `sx-error` reports it. */
export type SxErrorCode =
  | 'missing-attribute'
  | 'unknown-indicator'
  | 'unknown-project'
  | 'unknown-category'
  | 'malformed-number'
  /** An attribute whose value is a list or a format that cannot be read (`actuals`, `sections`). */
  | 'malformed-attribute'
  | 'unknown-area'
  | 'unknown-section'
  /** An attribute's property was set to something that is neither text nor a number (an object, a function). */
  | 'invalid-value'
  | 'load-failed'
  /* 2024 results: <sx-stat>, <sx-metric-bars>, <sx-share-ring>, <sx-results-board> */
  /** A result id that is not in the dataset (the message lists the valid ones). */
  | 'unknown-result'
  /** A comparable-set id that is not in the dataset. */
  | 'unknown-set'
  /** A board topic that is not one of the report's three themes. */
  | 'unknown-topic'
  /** A record of the wrong kind for the element (a highlight given to a chart, a count given as a share). */
  | 'wrong-kind'
  /** Figures in different units or measures asked to share one axis. */
  | 'mixed-units'
  /** A download or the citation could not be made (say, a canvas the browser refuses to export). */
  | 'download-failed'
  /** A fault inside the element itself (a bug, not the page's input): the message asks the reader to reload. */
  | 'internal-error';

export interface SxErrorDetail {
  code: SxErrorCode;
  /** A short message in the element's language, the same text the element shows. */
  message: string;
}

export interface SxSelectDetail<R = unknown> {
  /** The dataset record the reader picked. */
  record: R;
}

/**
 * What a reader can take from an element: `csv` (the table), `json` (the dataset records), `png` (2×),
 * `svg` (WeChat-safe: presentation attributes only), the PNG pictures at the sizes platforms expect — `square`
 * (1080×1080), `portrait` (1080×1350: WeChat, Weibo) and `landscape` (1200×675: link previews) — `share` (the
 * portrait picture, by the name of earlier versions) and `citation` (copied to the clipboard); `<sx-report>` also
 * `long-png` and `long-svg`, the long image (长图, 1080 px wide) of the whole report.
 */
export type DownloadFormat =
  | 'csv'
  | 'json'
  | 'png'
  | 'svg'
  | 'square'
  | 'portrait'
  | 'landscape'
  | 'share'
  | 'long-png'
  | 'long-svg'
  | 'citation';

export interface SxDownloadDetail {
  format: DownloadFormat;
  /** The saved file's name (`shanxi-2025-<element>-<id>.<ext>`); absent for the citation. */
  filename?: string;
}

export type SxDownloadEvent = CustomEvent<SxDownloadDetail>;
export type SxErrorEvent = CustomEvent<SxErrorDetail>;
export type SxSelectEvent<R = unknown> = CustomEvent<SxSelectDetail<R>>;
export type SxReadyEvent = CustomEvent<Record<string, never>>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sx-ready': SxReadyEvent;
    'sx-select': SxSelectEvent;
    'sx-error': SxErrorEvent;
    'sx-download': SxDownloadEvent;
  }
}
