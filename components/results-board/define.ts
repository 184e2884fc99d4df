import { defineElement, type DefineOptions } from '../../src/define.js';
// The board composes <sx-metric-bars> by tag: registering the board registers it too.
import '../metric-bars/define.js';
import { SxResultsBoard } from './results-board.js';

/** Registers `<sx-results-board>` (or the name the options give) and returns the name used. */
export function defineResultsBoard(options?: DefineOptions): string | undefined {
  return defineElement('sx-results-board', SxResultsBoard, options);
}

defineResultsBoard();

export { SxResultsBoard };

declare global {
  interface HTMLElementTagNameMap {
    'sx-results-board': SxResultsBoard;
  }
}
