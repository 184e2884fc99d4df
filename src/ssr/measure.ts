/**
 * How wide the server takes a label to be. ECharts wraps and truncates labels by measured width; on the server it
 * has no canvas, and its fallback measures Latin text by Arial's widths. A reader's `system-ui` may be much wider
 * (DejaVu Sans, Linux's, by about 15 %), so a label wrapped for Arial runs past the chart's edge with JavaScript
 * off. These widths are DejaVu Sans's, the widest common sans-serif, rounded up: the server wraps a little early
 * on a narrower font rather than cut a word on a wider one. Full-width characters (CJK, curly quotes as CJK fonts
 * draw them) are an em.
 */
import { setPlatformAPI } from 'echarts/core';

const WIDTHS: [RegExp, number][] = [
  [/[ijlI.,:;'!|`]/, 0.32],
  [/[ frt()[\]{}\-/\\"]/, 0.42],
  [/[mwMW%@]/, 1],
  [/[A-Z&]/, 0.78],
  [/[0-9]/, 0.64],
  [/[a-z?$#*+=<>^_~]/, 0.64],
];

/** The width, in px, of `text` set in `font` (a CSS font shorthand, as ECharts writes it). */
export function labelWidth(text: string, font = '12px sans-serif'): number {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);
  const bold = /\b(bold|[6-9]00)\b/.test(font) ? 1.06 : 1;
  let em = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) > 0x7e) em += 1;
    else em += WIDTHS.find(([re]) => re.test(ch))?.[1] ?? 0.64;
  }
  return em * size * bold;
}

let installed = false;
/** Has ECharts measure labels with {@link labelWidth} in this process (the server's; never the browser's). */
export function measureLikeReaders(): void {
  if (installed) return;
  installed = true;
  setPlatformAPI({ measureText: (text: string, font?: string) => ({ width: labelWidth(text ?? '', font) }) as TextMetrics });
}
