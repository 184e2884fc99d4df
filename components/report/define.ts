import { defineElement, type DefineOptions } from '../../src/define.js';
// The report composes the other elements by their tags: registering it registers them (each keeps its own
// laziness, errors and accessibility). The class module itself registers nothing.
import '../results-board/define.js';
import '../target-board/define.js';
import '../task-map/define.js';
import '../project-list/define.js';
import { SxReport } from './report.js';

/**
 * Registers `<sx-report>` (or the name the options give) and returns the name used. Importing this module also
 * registers the elements the report is made of, under their `sx-` names: it composes them by those tags.
 */
export function defineReport(options?: DefineOptions): string | undefined {
  return defineElement('sx-report', SxReport, options);
}

defineReport();

export { SxReport };

declare global {
  interface HTMLElementTagNameMap {
    'sx-report': SxReport;
  }
}
