import { defineElement, type DefineOptions } from '../../src/define.js';
import { SxTargetBoard } from './target-board.js';

/** Registers `<sx-target-board>` (or the name the options give) and returns the name used. */
export function defineTargetBoard(options?: DefineOptions): string | undefined {
  return defineElement('sx-target-board', SxTargetBoard, options);
}

defineTargetBoard();

export { SxTargetBoard };

declare global {
  interface HTMLElementTagNameMap {
    'sx-target-board': SxTargetBoard;
  }
}
