/**
 * First renders in slices, so that a page of many elements (1000 on one page) never blocks input.
 *
 * The custom element upgrades of a page happen in one task. Were every element to attach its shadow root, style
 * its host and render there, 1000 elements would take 2–3 s in that task. Here an element connects (shadow root,
 * controllers) and renders while the current slice has time left (SLICE_MS, counted from the first element of
 * the task); the rest wait for later tasks, in document order (the first screen first), a slice each, with input
 * and painting between them. Until its turn, a waiting element is a plain element: the text inside its tag (an
 * editor's fallback) stays visible. Later updates are not delayed.
 *
 * The host's `content-visibility: auto` (./styles.ts) does the rest: the browser styles, lays out and paints the
 * inside of an element only near the viewport, so a slice of far-off elements costs only its script.
 */
const SLICE_MS = 40;

interface Waiting {
  run: () => void;
  done: () => void;
}

const queue: Waiting[] = [];
let sliceStart = 0;
let draining = false;
/**
 * An element connected now renders a moment later (in a microtask of the same task), so connecting promises it
 * that render and reserves the time it is expected to take: an estimate from the renders measured so far (a
 * guess until there are some).
 */
let renderCost = 1;
/**
 * The last renders measured, in ms. The estimate leaves out their slowest quarter: a render that a garbage
 * collection, a first compile or another process on the machine happened to interrupt says nothing about the
 * next one, and an average that let it in would reserve several times the time needed, so that a page whose
 * elements fit in one slice (100 gauges: about 20 ms) was cut into several, each drawn a frame later.
 */
const recent: number[] = [];
const RECENT = 16;

function learn(ms: number): void {
  recent.push(ms);
  if (recent.length > RECENT) recent.shift();
  const sorted = [...recent].sort((a, b) => a - b);
  const kept = sorted.slice(0, Math.max(1, Math.ceil(sorted.length * 0.75)));
  // Timers here count in steps of 0.1 ms: a render too quick to register still costs something.
  renderCost = Math.max(0.05, kept.reduce((sum, x) => sum + x, 0) / kept.length);
}
let promised = 0;

/** Runs `fn` in a task of its own, after every microtask of this one. */
export function nextTask(fn: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
}

/** Marks the start of a slice; the slice ends with its task. */
function startSlice(): void {
  sliceStart = performance.now();
  promised = 0;
  nextTask(() => (sliceStart = 0));
}

/** Runs a first render and learns what one costs (for an element taking its turn, the render after its connect). */
export function measured(run: () => void): void {
  const t0 = performance.now();
  try {
    run();
  } finally {
    learn(performance.now() - t0);
  }
}

let inTurn = false;

/**
 * Runs one waiting element; a failure is its own (logged), never the queue's: the elements after it still run.
 * What it learns is its render alone (../mixins/turns.ts), not the connect before it: a render promised at connect
 * reserves a render, the connects of a slice being counted as they happen. With the connects in, the estimate after
 * a page that sliced once (its first load) was too high for the same page's next 100 gauges to fit in one slice.
 */
function runOne(next: Waiting): void {
  inTurn = true;
  try {
    next.run();
  } catch (error) {
    console.error(error);
  } finally {
    inTurn = false;
    next.done();
  }
}

/**
 * The next slice: a background task where the browser has a scheduler (the chart code of the first screen, its
 * network and its frames go first), else the next task.
 */
function nextSlice(fn: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?(fn: () => void, o: { priority: string }): Promise<void> } })
    .scheduler;
  if (scheduler?.postTask) void scheduler.postTask(fn, { priority: 'background' });
  else nextTask(fn);
}

function drain(): void {
  startSlice();
  while (queue.length && performance.now() - sliceStart < SLICE_MS) runOne(queue.shift()!);
  if (queue.length) nextSlice(drain);
  else draining = false;
}

const sliced = () => typeof MessageChannel !== 'undefined' && typeof performance !== 'undefined';

/** Whether work asked for now may run now: nothing is waiting and the slice has time left. */
function hasTime(): boolean {
  if (!sliced()) return true;
  if (!sliceStart) startSlice();
  return !queue.length && performance.now() - sliceStart + promised * renderCost < SLICE_MS;
}

function wait(run: () => void): Promise<void> {
  return new Promise<void>((done) => {
    queue.push({ run, done });
    if (!draining) {
      draining = true;
      nextSlice(drain);
    }
  });
}

/**
 * Runs `render` (an element's first update) now if the slice has time left, or later, in its turn: then the
 * returned promise resolves once it has run.
 */
export function firstRender(render: () => void): Promise<void> | undefined {
  // The render promised to an element when it connected in this slice runs now, whatever waits.
  if (promised > 0) {
    promised--;
    measured(render);
    return undefined;
  }
  if (hasTime()) {
    measured(render);
    return undefined;
  }
  return wait(render);
}

/**
 * Connects an element now (returns true) if the slice has time left; otherwise runs `connect` in its turn
 * (where the element connects and renders in one go) and returns false.
 */
export function connectInTurn(connect: () => void): boolean {
  if (hasTime()) {
    promised++;
    return true;
  }
  void wait(connect);
  return false;
}

/**
 * Whether the element rendering now waited for its turn: one of a page of many elements, past its first slice
 * (the first screen renders in the first slice).
 */
export function waitedForTurn(): boolean {
  return inTurn;
}

/** Whether first renders are waiting for their turn: the page has more to render than one slice holds. */
export function slicing(): boolean {
  return queue.length > 0;
}

/** Runs everything waiting, now (print: every element must be there before the page is laid out for paper). */
export function flushFirstRenders(): void {
  while (queue.length) runOne(queue.shift()!);
}
