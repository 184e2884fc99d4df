import type { SxErrorDetail } from '../events.js';

/**
 * An element's readable state: whether it is settled, and a `ready` promise for scripts that come late.
 *
 * Settled means the element shows all it can for what it was given: its chart is drawn (the moment
 * `sx-ready` fires), or its text is complete when it has no chart, or it shows an error (the moment
 * `sx-error` fires). It becomes unsettled again when it has to draw a new chart instance: after a move in
 * the DOM (the chart is disposed on disconnect), a renderer change, or a change that turns an error into
 * something to draw. `promise` is resolved while settled, and a new pending one otherwise.
 */
export class ReadyState {
  private settled = false;
  private pending: Promise<void> | undefined;
  private resolvePending: (() => void) | undefined;

  get promise(): Promise<void> {
    if (this.settled) return Promise.resolve();
    this.pending ??= new Promise<void>((resolve) => (this.resolvePending = resolve));
    return this.pending;
  }

  /** Called with whether the element is settled now; resolves the waiting promise on the way in. */
  set(settled: boolean): void {
    if (settled === this.settled) return;
    this.settled = settled;
    if (settled) {
      this.resolvePending?.();
      this.pending = undefined;
      this.resolvePending = undefined;
    }
  }
}

/**
 * Decides whether an error is a new one, to fire `sx-error` once per error: the same code after a change
 * of language is the same error in other words (its message is updated, nothing fires).
 */
export class ErrorReport {
  private last: { code: string; message: string; lang: string } | undefined;

  /** Whether `error` (shown in `lang`) should be reported; records it either way. */
  isNew(error: SxErrorDetail | undefined, lang: string): boolean {
    const last = this.last;
    this.last = error && { code: error.code, message: error.message, lang };
    if (!error) return false;
    if (!last || last.code !== error.code) return true;
    return last.message !== error.message && last.lang === lang;
  }

  /** Forget the last error: the next one is new even if it is the same (a retry that failed again). */
  reset(): void {
    this.last = undefined;
  }
}
