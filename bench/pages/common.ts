/**
 * Helpers every bench page shares. Nothing here draws: the element pages and the raw-ECharts pages import
 * this so that both sides measure time the same way.
 */

/** Resolves after the next frame has been produced: a rAF, then a task queued from it (runs after paint). */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );
}

/**
 * Stamps the end of every frame's rendering from now on: each frame, a rAF callback posts a message, and the
 * message runs once that frame's style, layout and paint are done. The first stamp later than a chart's
 * `finished` is the frame that shows it, whether the chart was drawn in a task (raw ECharts, an observer
 * callback) or inside a rAF callback of that very frame (where "the next rAF" would count one frame too many).
 */
export function frameClock(): { paintedAfter(t: number): Promise<number>; stop(): void } {
  const stamps: number[] = [];
  const waiting: { t: number; resolve: (x: number) => void }[] = [];
  const channel = new MessageChannel();
  let running = true;
  channel.port1.onmessage = () => {
    const now = performance.now();
    stamps.push(now);
    for (const w of [...waiting]) {
      if (now > w.t) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(now);
      }
    }
  };
  const tick = () => {
    if (!running) return;
    channel.port2.postMessage(0);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    paintedAfter: (t) =>
      new Promise((resolve) => {
        const done = stamps.find((s) => s > t);
        if (done !== undefined) resolve(done);
        else waiting.push({ t, resolve });
      }),
    stop: () => {
      running = false;
      channel.port1.close();
    },
  };
}

/** A few frames and a forced GC (Chromium runs with --js-flags=--expose-gc) between two measured runs. */
export async function settle(frames = 3): Promise<void> {
  for (let i = 0; i < frames; i++) await nextFrame();
  (globalThis as { gc?: () => void }).gc?.();
  await nextFrame();
}

/** A run: ms from the start (creating the first node) to the last chart's `finished`, and to the frame showing it. */
export interface Timing {
  finished: number;
  frame: number;
  charts: number;
}

/** Chart SVG without the ids zrender numbers per instance, to check that both sides draw the same picture. */
export function normalisedSvg(svg: Element | null | undefined): string {
  if (!svg) return '';
  // The root's attributes come in another order when init() is given the size (the element gives it).
  const attributes = [...svg.attributes].map((a) => `${a.name}="${a.value}"`).sort().join(' ');
  const children = [...svg.childNodes].map((n) => new XMLSerializer().serializeToString(n)).join('');
  return `<svg ${attributes}>${children}</svg>`.replace(/zr\d+-/g, 'zr-');
}

export const stage = (): HTMLElement => document.getElementById('stage')!;

/** Fails a run that never completes (a chart that never starts) instead of hanging the bench. */
export function within<T>(promise: Promise<T>, what: () => string, ms = 30_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what()}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
