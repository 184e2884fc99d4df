import { defineElement, type DefineOptions } from '../../src/define.js';
import { SxMetricBars } from './metric-bars.js';

/** Registers `<sx-metric-bars>` (or the name the options give) and returns the name used. */
export function defineMetricBars(options?: DefineOptions): string | undefined {
  return defineElement('sx-metric-bars', SxMetricBars, options);
}

defineMetricBars();

export { SxMetricBars };

declare global {
  interface HTMLElementTagNameMap {
    'sx-metric-bars': SxMetricBars;
  }
}
