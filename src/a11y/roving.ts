/**
 * One tab stop for a list of items, the arrow keys inside it (the roving tabindex of the ARIA practices):
 * the item that holds `tabindex="0"` is the one Tab reaches; Up/Down, Home/End move between items and
 * Enter/Space pick one. Elements render `tabindex` from their own focus index and call these on key presses;
 * focus moves at once, not after the next render, so a screen reader follows the key press.
 */

/** Where a key moves focus from item `index` of `last + 1`, or undefined when the key is not a move. */
export type MoveMap = (key: string, index: number, last: number) => number | undefined;

/** Up and Down, Home and End. */
export const linearMoves: MoveMap = (key, index, last) =>
  ({ ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: last })[key];

/** The items of a roving list, in document order. */
export function rovingItems(root: ParentNode, selector: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(selector)];
}

/** The index of the item an event happened in, or -1. */
export function rovingIndex(event: Event, items: readonly HTMLElement[], selector: string): number {
  const item = (event.target as Element | null)?.closest?.(selector);
  return item ? items.indexOf(item as HTMLElement) : -1;
}

/** Moves the tab stop and focus to item `index` (clamped); returns the index it landed on, or -1. */
export function rovingFocus(items: readonly HTMLElement[], index: number): number {
  if (items.length === 0) return -1;
  const i = Math.max(0, Math.min(items.length - 1, index));
  items.forEach((item, n) => (item.tabIndex = n === i ? 0 : -1));
  items[i]!.focus();
  return i;
}

/**
 * Handles a key press inside a roving list: a move focuses the new item and reports it through `moved`,
 * Enter or Space reports `chosen`. Modified keys (Alt, Ctrl, Meta) are left to the browser.
 */
export function rovingKeydown(
  event: KeyboardEvent,
  items: readonly HTMLElement[],
  selector: string,
  on: { moved(index: number): void; chosen(index: number): void },
  moves: MoveMap = linearMoves,
): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const index = rovingIndex(event, items, selector);
  if (index < 0) return;
  const to = moves(event.key, index, items.length - 1);
  if (to !== undefined) {
    event.preventDefault();
    const landed = rovingFocus(items, to);
    if (landed >= 0) on.moved(landed);
  } else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    on.chosen(index);
  }
}
