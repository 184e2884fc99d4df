/**
 * Print. One pair of `beforeprint` / `afterprint` listeners per page (and the `print` media query, for
 * browsers that print without those events) tells every connected element to get ready: its chart starts even
 * if the reader never scrolled to it, takes the light palette and the printed width; CSS (`@media print` in
 * styles.ts) opens the data table, hides the buttons and keeps each element on one page.
 */

/** An element that prints. */
export interface Printable {
  beforePrint(): void;
  afterPrint(): void;
  /** Load the chart code now, without drawing: `beforeprint` gives no time to fetch it. */
  prefetch(): void;
}

/**
 * The widest a chart is drawn for print, in CSS pixels: A4 (210 mm) less 15 mm margins each side is 180 mm,
 * 680 px at 96 px per inch. A chart that is narrower on screen keeps its width; CSS shrinks a chart that is
 * still too wide for its printed box, without cutting it.
 */
export const PRINT_WIDTH = 680;

const printables = new Set<Printable>();
let listening = false;
let printing = false;
/** Whether the page has been idle once since it loaded: elements connected later prefetch on their own. */
let idled = false;

/**
 * When the page is idle after loading, every element loads its chart code (not its chart: nothing is drawn), so
 * that a chart the reader never scrolled to can be drawn inside `beforeprint`, which gives no time to fetch.
 */
function whenIdle(task: () => void): void {
  const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1000));
  idle(task, { timeout: 10_000 });
}

function prefetchLater(p?: Printable): void {
  if (p) {
    whenIdle(() => printables.has(p) && p.prefetch());
    return;
  }
  const start = () =>
    whenIdle(() => {
      idled = true;
      printables.forEach((q) => q.prefetch());
    });
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

function before(): void {
  if (printing) return;
  printing = true;
  printables.forEach((p) => p.beforePrint());
}

function after(): void {
  if (!printing) return;
  printing = false;
  printables.forEach((p) => p.afterPrint());
}

/** Whether the page is being printed now. */
export function isPrinting(): boolean {
  return printing;
}

export function watchPrint(p: Printable): void {
  printables.add(p);
  if (printing) p.beforePrint();
  if (idled) prefetchLater(p);
  if (listening || typeof window === 'undefined') return;
  listening = true;
  prefetchLater();
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  window.matchMedia?.('print').addEventListener?.('change', (e) => (e.matches ? before() : after()));
}

export function unwatchPrint(p: Printable): void {
  printables.delete(p);
}
