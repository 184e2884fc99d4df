/**
 * Print. One pair of `beforeprint` / `afterprint` listeners per page (and the `print` media query, for
 * browsers that print without those events) tells every connected element to get ready: its chart starts even
 * if the reader never scrolled to it (drawn at once when its code is loaded; see `preparePrint`), takes the
 * light palette and the printed width; CSS (print.styles.ts) opens the data table, hides the buttons and keeps
 * each element on one page.
 */
import { flushFirstRenders } from './first-render.js';

/** An element that prints. */
export interface Printable {
  beforePrint(): void;
  afterPrint(): void;
  /** Load the chart code now, without drawing: `beforeprint` gives no time to fetch it. */
  prefetch(): Promise<void>;
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
function before(): void {
  if (printing) return;
  printing = true;
  // Elements still waiting for their turn to render connect now, so that they print (and watch print).
  flushFirstRenders();
  printables.forEach((p) => p.beforePrint());
}

function after(): void {
  if (!printing) return;
  printing = false;
  printables.forEach((p) => p.afterPrint());
}


export function watchPrint(p: Printable): void {
  printables.add(p);
  if (printing) p.beforePrint();
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  window.matchMedia?.('print').addEventListener?.('change', (e) => (e.matches ? before() : after()));
}

/**
 * Loads the chart code of every element on the page (drawing nothing), so that a print started next draws every
 * chart, those the reader never scrolled to included. Chart code loads lazily, as elements near the viewport:
 * `beforeprint` draws at once the charts whose code is loaded, and gives no time to fetch the rest (their data
 * tables print, their empty boxes do not). A site's own print button can do `await preparePrint(); print()`.
 * Never rejects: an element whose code fails to load shows its own error.
 */
export function preparePrint(): Promise<void> {
  flushFirstRenders();
  return Promise.all([...printables].map((p) => p.prefetch())).then(() => undefined);
}

export function unwatchPrint(p: Printable): void {
  printables.delete(p);
}
