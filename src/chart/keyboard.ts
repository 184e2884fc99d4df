/**
 * The keyboard's path to `sx-select` in a chart, the same as the pointer's: an element whose chart picks records
 * lists the chart's items (`chartKeys`); the chart box becomes a focusable button named after the current item.
 * Arrow keys (and Home, End) walk the items, highlighting each in the chart with its tooltip; Enter or Space
 * picks it, through the same path a click on that item takes. One item (a gauge): Enter or Space picks it.
 */
import { rovingAction } from '../a11y/roving.js';

/** What a key does in a chart of `count` items, at `index`: a new index, 'pick', or nothing (undefined). */
export function chartKey(event: KeyboardEvent, index: number, count: number): number | 'pick' | undefined {
  // The keys of a roving list (src/a11y/roving.ts): the chart's items are walked as a list's are.
  const action = rovingAction(event, index, count);
  return action === undefined ? undefined : 'move' in action ? action.move : 'pick';
}
