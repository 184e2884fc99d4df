import { defineElement, type DefineOptions } from '../../src/define.js';
import { SxShareRing } from './share-ring.js';

/** Registers `<sx-share-ring>` (or the name the options give) and returns the name used. */
export function defineShareRing(options?: DefineOptions): string | undefined {
  return defineElement('sx-share-ring', SxShareRing, options);
}

defineShareRing();

export { SxShareRing };

declare global {
  interface HTMLElementTagNameMap {
    'sx-share-ring': SxShareRing;
  }
}
