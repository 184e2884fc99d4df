/**
 * The keyboard's path to `sx-select` in a chart, the same as the pointer's: an element whose chart picks records
 * lists the chart's items (`chartKeys`); the chart box becomes a focusable button named after the current item.
 * Arrow keys (and Home, End) walk the items, highlighting each in the chart with its tooltip; Enter or Space
 * picks it, through the same path a click on that item takes. One item (a gauge): Enter or Space picks it.
 */

/** What a key does in a chart of `count` items, at `index`: a new index, 'pick', or nothing (undefined). */
export function chartKey(event: KeyboardEvent, index: number, count: number): number | 'pick' | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || count === 0) return undefined;
  switch (event.key) {
    case 'Enter':
    case ' ':
      return 'pick';
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(count - 1, index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
