import { defineElement, type DefineOptions } from '../../src/define.js';
import { SxTargetGauge } from './target-gauge.js';

/** Registers `<sx-target-gauge>` (or the name the options give) and returns the name used. */
export function defineTargetGauge(options?: DefineOptions): string | undefined {
  return defineElement('sx-target-gauge', SxTargetGauge, options);
}

defineTargetGauge();

export { SxTargetGauge };

declare global {
  interface HTMLElementTagNameMap {
    'sx-target-gauge': SxTargetGauge;
  }
}
