/**
 * Custom states (`:host(:state(sx-dark))`) set through the element's ElementInternals: styling hooks that
 * leave the host's attributes, which belong to the page, alone. Internals are attached once per element, here,
 * for every module that needs a state.
 */
const internals = new WeakMap<HTMLElement, ElementInternals | null>();

function internalsOf(el: HTMLElement): ElementInternals | null {
  let i = internals.get(el);
  if (i === undefined) {
    try {
      i = el.attachInternals();
    } catch {
      i = null;
    }
    internals.set(el, i);
  }
  return i;
}

/** Turns a custom state on or off; does nothing where the browser has no custom states. */
export function setState(el: HTMLElement, name: string, on: boolean): void {
  const states = internalsOf(el)?.states;
  if (!states) return;
  try {
    if (on) states.add(name);
    else states.delete(name);
  } catch {
    // A browser that knows only the old `--name` states: the styles that need one fall back to media queries.
  }
}

/** The custom states an element has (empty where the browser has none): what `:host(:state(…))` matches. */
export function statesOf(el: HTMLElement): ReadonlySet<string> {
  const states = internalsOf(el)?.states as unknown as Iterable<string> | undefined;
  return new Set(states ?? []);
}
