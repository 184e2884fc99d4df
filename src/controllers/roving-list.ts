import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { linearMoves, rovingClick, rovingItems, rovingKeydown, type MoveMap } from '../a11y/roving.js';

/** What a roving list needs to know of its element: its items and what picking one does. */
export interface RovingListOptions {
  /** The items, found in the host's render root (`li.item`, `[role=treeitem]`…), in document order. */
  selector: string;
  /** Where the keys move (default: {@link linearMoves}); called at each key press, so it may read the current model. */
  moves?: MoveMap;
  /** The reader picked item `index` (Enter, Space or a click); it already holds the tab stop. */
  chosen(index: number): void;
}

/**
 * One tab stop for a list of items, the arrow keys inside it (src/a11y/roving.ts): the element renders each
 * item's `tabindex` from {@link tabindex}; the controller listens for keys and clicks on the element's render root
 * and acts on those inside an item.
 * The index is the element's state: setting it renders again, as a `@state()` field would.
 */
export class RovingListController implements ReactiveController {
  private current = 0;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly options: RovingListOptions,
  ) {
    host.addController(this);
  }

  /** The index of the item that takes focus when the list is tabbed into. */
  get index(): number {
    return this.current;
  }

  set index(value: number) {
    if (value === this.current) return;
    this.current = value;
    this.host.requestUpdate();
  }

  /** Listens on the render root, for the items wherever the template puts them (none on a server). */
  hostConnected(): void {
    const root = this.host.renderRoot as (ParentNode & EventTarget) | undefined;
    root?.addEventListener('keydown', this.onKeydown as EventListener);
    root?.addEventListener('click', this.onClick as EventListener);
  }

  hostDisconnected(): void {
    const root = this.host.renderRoot as (ParentNode & EventTarget) | undefined;
    root?.removeEventListener('keydown', this.onKeydown as EventListener);
    root?.removeEventListener('click', this.onClick as EventListener);
  }

  /** The `tabindex` of item `index` of `count`: `0` for the one tab stop (the last item if the list shrank), else `-1`. */
  tabindex(index: number, count: number): '0' | '-1' {
    return index === Math.min(this.current, count - 1) ? '0' : '-1';
  }

  /** A key press in the element: inside an item, a move focuses the new item and takes the tab stop; Enter or Space picks. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    const on = { moved: (i: number) => (this.index = i), chosen: this.choose };
    rovingKeydown(event, this.items(), this.options.selector, on, this.options.moves ?? linearMoves);
  };

  /** A click in the element: inside an item, the item clicked takes the tab stop and focus, and is picked. */
  readonly onClick = (event: MouseEvent): void => {
    rovingClick(event, this.items(), this.options.selector, this.choose);
  };

  private readonly choose = (index: number): void => {
    this.index = index;
    this.options.chosen(index);
  };

  private items(): HTMLElement[] {
    return rovingItems(this.host.renderRoot, this.options.selector);
  }
}
