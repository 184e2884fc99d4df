/**
 * The keys of a list with one tab stop (a roving tabindex): the arrow keys move by one, Home and End to the ends,
 * Enter and Space pick. The element keeps the index and moves focus; this only says where a key goes.
 */
export type RovingAction = { move: number } | { choose: true } | undefined;

export function rovingAction(event: KeyboardEvent, index: number, count: number): RovingAction {
  if (event.altKey || event.ctrlKey || event.metaKey || count === 0) return undefined;
  const last = count - 1;
  switch (event.key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return { move: Math.min(last, index + 1) };
    case 'ArrowUp':
    case 'ArrowLeft':
      return { move: Math.max(0, index - 1) };
    case 'Home':
      return { move: 0 };
    case 'End':
      return { move: last };
    case 'Enter':
    case ' ':
      return { choose: true };
    default:
      return undefined;
  }
}

/** Gives the item at `index` the one tab stop and focuses it now (a screen reader follows the key at once). */
export function focusItem(items: readonly HTMLElement[], index: number): void {
  items.forEach((item, n) => (item.tabIndex = n === index ? 0 : -1));
  items[index]?.focus();
}
