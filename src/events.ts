/** What went wrong, as `sx-error` reports it. */
export type SxErrorCode =
  | 'missing-attribute'
  | 'unknown-indicator'
  | 'unknown-project'
  | 'unknown-category'
  | 'malformed-number'
  | 'load-failed'
  /** A download or the citation could not be made (say, a canvas the browser refuses to export). */
  | 'download-failed';

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
 * `svg`, `share` (a PNG card 1080 px wide) and `citation` (copied to the clipboard).
 */
export type DownloadFormat = 'csv' | 'json' | 'png' | 'svg' | 'share' | 'citation';

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
