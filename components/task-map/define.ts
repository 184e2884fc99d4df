import { defineElement, type DefineOptions } from '../../src/define.js';
import { SxTaskMap } from './task-map.js';

/** Registers `<sx-task-map>` (or the name the options give) and returns the name used. */
export function defineTaskMap(options?: DefineOptions): string | undefined {
  return defineElement('sx-task-map', SxTaskMap, options);
}

defineTaskMap();

export { SxTaskMap };

declare global {
  interface HTMLElementTagNameMap {
    'sx-task-map': SxTaskMap;
  }
}
