/**
 * One tab stop for a list of items, the arrow keys inside it (the roving tabindex of the ARIA practices): the
 * item that holds `tabindex="0"` is the one Tab reaches; the arrow keys move by one, Home and End to the ends,
 * Enter and Space pick. The element keeps the index and renders `tabindex` from it; focus moves at once, not after
 * the next render, so a screen reader follows the key press.
 */
export type RovingAction = { move: number } | { choose: true } | undefined;

/** Where a key moves from item `index` of `last + 1`, or undefined when the key is not a move. */
export type MoveMap = (key: string, index: number, last: number) => number | undefined;

/** A flat list: Down and Right forward, Up and Left back, Home and End to the ends. */
export const linearMoves: MoveMap = (key, index, last) =>
  ({ ArrowDown: index + 1, ArrowRight: index + 1, ArrowUp: index - 1, ArrowLeft: index - 1, Home: 0, End: last })[key];

/** A vertical list: Down forward, Up back, Home and End to the ends; Left and Right are not moves. */
export const verticalMoves: MoveMap = (key, index, last) =>
  ({ ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: last })[key];

/** What a key press does in a list of `count` items focused at `index`; modified keys are left to the browser. */
export function rovingAction(event: KeyboardEvent, index: number, count: number, moves: MoveMap = linearMoves): RovingAction {
  if (event.altKey || event.ctrlKey || event.metaKey || count === 0) return undefined;
  const last = count - 1;
  const to = moves(event.key, index, last);
  if (to !== undefined) return { move: Math.max(0, Math.min(last, to)) };
  if (event.key === 'Enter' || event.key === ' ') return { choose: true };
  return undefined;
}

/** Gives the item at `index` the one tab stop and focuses it now (a screen reader follows the key at once). */
export function focusItem(items: readonly HTMLElement[], index: number): void {
  items.forEach((item, n) => (item.tabIndex = n === index ? 0 : -1));
  items[index]?.focus();
}

/** The items of a roving list, in document order. */
export function rovingItems(root: ParentNode, selector: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(selector)];
}

/** The index of the item an event happened in, or -1. */
export function rovingIndex(event: Event, items: readonly HTMLElement[], selector: string): number {
  const item = (event.target as Element | null)?.closest?.(selector);
  return item ? items.indexOf(item as HTMLElement) : -1;
}

/**
 * A key press inside a roving list, handled whole: a move focuses the new item and reports it through `moved`,
 * Enter or Space reports `chosen`.
 */
export function rovingKeydown(
  event: KeyboardEvent,
  items: readonly HTMLElement[],
  selector: string,
  on: { moved(index: number): void; chosen(index: number): void },
  moves: MoveMap = linearMoves,
): void {
  const index = rovingIndex(event, items, selector);
  const action = index < 0 ? undefined : rovingAction(event, index, items.length, moves);
  if (!action) return;
  event.preventDefault();
  if ('move' in action) {
    focusItem(items, action.move);
    on.moved(action.move);
  } else {
    on.chosen(index);
  }
}

/** A click inside a roving list: the item clicked takes the tab stop and focus, then is reported through `chosen`. */
export function rovingClick(event: Event, items: readonly HTMLElement[], selector: string, chosen: (index: number) => void): void {
  const index = rovingIndex(event, items, selector);
  if (index < 0) return;
  focusItem(items, index);
  chosen(index);
}

/** Whether a key press picks a single focusable item (Enter or Space, no modifier); stops the page scrolling if so. */
export function picks(event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' && event.key !== ' ') return false;
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  event.preventDefault();
  return true;
}
