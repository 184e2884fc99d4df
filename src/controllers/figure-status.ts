/**
 * The figure's status: the only place that says whether the element is ready, reports its errors and fires its
 * events (`sx-ready`, `sx-error`, and `sx-select` and `sx-download` for the parts that ask).
 *
 * Ready means the element shows all it can for what it was given: its chart drawn (when `sx-ready` fires), its
 * text when it has nothing to chart, or its error message (when `sx-error` fires, once per error).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SxErrorDetail } from '../events.js';
import { ErrorReport, ReadyState } from '../chart/ready-state.js';

export type FigureEvent = 'sx-ready' | 'sx-select' | 'sx-error' | 'sx-download';

/** What the element shows after an update, for `settle`. */
export interface Shown {
  /** The error it shows, if any. */
  error: SxErrorDetail | undefined;
  /** The language it shows it in. */
  lang: string;
  /** Whether it shows all it can: its text, when it has nothing to chart, or its chart (or the server's picture). */
  complete: boolean;
  /** Whether that is a figure with nothing to chart: ready once its text is there, `sx-ready` once. */
  textOnly: boolean;
}

export class FigureStatusController implements ReactiveController {
  private readonly state = new ReadyState();
  private readonly reported = new ErrorReport();
  private readonly warned = new Set<string>();
  private readyWithoutChart = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Resolved while the element is ready; a pending promise while it works on something to show. */
  get ready(): Promise<void> {
    return this.state.promise;
  }

  hostDisconnected(): void {
    // A detached element is not ready; it settles again (and says so again) where it is connected next.
    this.readyWithoutChart = false;
    this.state.set(false);
  }

  /** The chart (or the server's picture in its place) is on screen. */
  drawn(): void {
    this.state.set(true);
    this.emit('sx-ready', {});
  }

  /** After each update: ready or not, and a new error reported once (console and `sx-error`). */
  settle({ error, lang, complete, textOnly }: Shown): void {
    this.state.set(!!error || complete);
    if (this.reported.isNew(error, lang) && error) {
      const key = `${error.code}:${error.message}`;
      if (!this.warned.has(key)) {
        this.warned.add(key);
        console.warn(`<${this.host.localName}>: ${error.message}`);
      }
      this.emit('sx-error', { ...error });
    }
    if (textOnly && !this.readyWithoutChart) {
      // A record with nothing to chart is complete once its text is there.
      this.readyWithoutChart = true;
      this.emit('sx-ready', {});
    }
  }

  /** Fires one of the element's events, from the host, across shadow roots. */
  emit(type: FigureEvent, detail: object): void {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
