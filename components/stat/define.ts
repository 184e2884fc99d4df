import { defineElement, type DefineOptions } from '../../src/define.js';
import { SxStat } from './stat.js';

/** Registers `<sx-stat>` (or the name the options give) and returns the name used. */
export function defineStat(options?: DefineOptions): string | undefined {
  return defineElement('sx-stat', SxStat, options);
}

defineStat();

export { SxStat };

declare global {
  interface HTMLElementTagNameMap {
    'sx-stat': SxStat;
  }
}
