import { defineElement, type DefineOptions } from '../../src/define.js';
import { SxProjectList } from './project-list.js';

/** Registers `<sx-project-list>` (or the name the options give) and returns the name used. */
export function defineProjectList(options?: DefineOptions): string | undefined {
  return defineElement('sx-project-list', SxProjectList, options);
}

defineProjectList();

export { SxProjectList };

declare global {
  interface HTMLElementTagNameMap {
    'sx-project-list': SxProjectList;
  }
}
