/**
 * When a server-rendered page hydrates: once the browser is idle after the first paint, or at the reader's first
 * interaction (pointer, touch, key, focus), whichever comes first. Until then the page has the server's text,
 * tables and static charts and runs no library code, so hydration is never on the first paint's path.
 *
 * The interaction that started hydration is handed on: the server-rendered chart element it reached (the
 * innermost in the event's path) gets the same kind of event once it is defined and hydrated, so a reader's
 * first hover or tap still swaps in the live chart.
 */

const TRIGGERS = ['pointerover', 'pointerdown', 'touchstart', 'keydown', 'focusin'] as const;
/** Idle may never come on a busy page: hydrate by then anyway (ms after the page's `load`). */
const IDLE_TIMEOUT_MS = 3000;

type Win = Window & typeof globalThis;

/** Calls `load` once, on idle or the first interaction; resolves with what `load` resolved with. */
export function hydrateWhenIdleOrTouched<T>(load: () => Promise<T>, win: Win = window): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const doc = win.document;
    const stop = new AbortController();
    let started = false;
    const start = (event?: Event) => {
      if (started) return;
      started = true;
      stop.abort();
      const reached = event ? reachedElement(event) : undefined;
      load().then(async (value) => {
        if (reached) await handOn(reached, event!, win);
        resolve(value);
      }, reject);
    };
    for (const type of TRIGGERS) {
      win.addEventListener(type, start, { capture: true, passive: true, signal: stop.signal });
    }
    const idle = () => {
      if (started) return;
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => start(), { timeout: IDLE_TIMEOUT_MS });
      else win.setTimeout(() => start(), 1);
    };
    if (doc.readyState === 'complete') idle();
    else win.addEventListener('load', idle, { once: true, signal: stop.signal });
  });
}

/** The innermost server-rendered library element (an `sx-` tag with a shadow root) the event went through. */
function reachedElement(event: Event): Element | undefined {
  return event
    .composedPath()
    .find((t): t is Element => t instanceof Element && t.localName.startsWith('sx-') && !!t.shadowRoot);
}

/** Gives the element, once defined and hydrated, the event that started hydration (as the kind it listens for). */
async function handOn(el: Element, event: Event, win: Win): Promise<void> {
  await win.customElements.whenDefined(el.localName);
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  const type = event.type === 'keydown' || event.type === 'focusin' ? 'focusin' : event.type === 'touchstart' ? 'touchstart' : 'pointerenter';
  // Only where the reader still is: a pointer that already left, or focus that moved on, starts nothing.
  const here = type === 'focusin' ? el.contains(win.document.activeElement) || el === win.document.activeElement : el.matches(':hover');
  if (type === 'touchstart' || here) el.dispatchEvent(new win.Event(type, { bubbles: type === 'focusin', composed: false }));
}
