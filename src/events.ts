/** What went wrong, as `sx-error` reports it. */
export type SxErrorCode =
  | 'missing-attribute'
  | 'unknown-indicator'
  | 'unknown-project'
  | 'unknown-category'
  | 'malformed-number'
  /** An attribute's property was set to something that is neither text nor a number (an object, a function). */
  | 'invalid-value'
  | 'load-failed';

export interface SxErrorDetail {
  code: SxErrorCode;
  /** A short message in the element's language, the same text the element shows. */
  message: string;
}

export interface SxSelectDetail<R = unknown> {
  /** The dataset record the reader picked. */
  record: R;
}

export type SxErrorEvent = CustomEvent<SxErrorDetail>;
export type SxSelectEvent<R = unknown> = CustomEvent<SxSelectDetail<R>>;
export type SxReadyEvent = CustomEvent<Record<string, never>>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sx-ready': SxReadyEvent;
    'sx-select': SxSelectEvent;
    'sx-error': SxErrorEvent;
  }
}
