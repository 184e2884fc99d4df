/**
 * First renders in slices, so that a page of many elements (1000 on one page) never blocks input: the custom
 * element upgrades of a page happen in one task, and each element's first render would follow in the same task,
 * 2–3 s for 1000. Here first renders run while the current slice has time left (SLICE_MS, counted from the first
 * render of the task); the rest wait for later tasks, in document order (the first screen first), a slice each,
 * with input handled between them. Later updates are not delayed. What is not done: an element's shadow root is
 * attached when it connects, so the text inside its tag is hidden from then until its first render (at most a
 * few slices for elements far down a 1000-element page; server-rendered elements show their text throughout).
 */
const SLICE_MS = 40;

interface Waiting {
  run: () => void;
  done: () => void;
}

const queue: Waiting[] = [];
let sliceStart = 0;
let draining = false;

function nextTask(fn: () => void): void {
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
  nextTask(() => (sliceStart = 0));
}

function drain(): void {
  startSlice();
  while (queue.length && performance.now() - sliceStart < SLICE_MS) {
    const next = queue.shift()!;
    try {
      next.run();
    } finally {
      next.done();
    }
  }
  if (queue.length) nextTask(drain);
  else draining = false;
}

/**
 * Runs `render` (an element's first update) now if the slice has time left, or later, in its turn: then the
 * returned promise resolves once it has run.
 */
export function firstRender(render: () => void): Promise<void> | undefined {
  if (typeof MessageChannel === 'undefined' || typeof performance === 'undefined') {
    render();
    return undefined;
  }
  if (!sliceStart) startSlice();
  if (!queue.length && performance.now() - sliceStart < SLICE_MS) {
    render();
    return undefined;
  }
  return new Promise<void>((done) => {
    queue.push({ run: render, done });
    if (!draining) {
      draining = true;
      nextTask(drain);
    }
  });
}
