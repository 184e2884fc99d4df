/** ECharts' server-side SVG renderer, and the checks its output passes before it is put in a page. */
import type { ChartRuntime } from '../chart/echarts-controller.js';
import type { EChartsCoreOption } from '../chart/runtime.js';
import { svgProblems } from '../chart/svg-attributes.js';

export interface ServerChart {
  option: EChartsCoreOption;
  theme: object;
}

/** The chart as an SVG string drawn by ECharts at width × height, with no animation. */
export function renderSvg(runtime: ChartRuntime, chart: ServerChart, width: number, height: number): string {
  const instance = runtime.init(null, chart.theme, { renderer: 'svg', ssr: true, width, height });
  try {
    instance.setOption({ ...chart.option, animation: false });
    return assertPlainSvg(instance.renderToSVGString());
  } finally {
    instance.dispose();
  }
}

/**
 * ECharts escapes the text it writes; this refuses, rather than cleans, anything a drawing never needs: scripts,
 * foreign content, event-handler attributes, links and URLs to anything outside the drawing. It reads the markup
 * (elements, attributes and the CSS of `<style>` elements), never the escaped text of a label: a label that
 * mentions `url(` or `javascript:` is a label. It never fires for ECharts' output; it is there so that a future
 * change there cannot turn data into markup unnoticed.
 */
export function assertPlainSvg(svg: string): string {
  if (!svg.startsWith('<svg ')) throw new Error('not an SVG');
  // CSS hooks are WeChat's concern (presentationSvg), not a script's.
  const styling = new Set(['a <style> element', 'a style attribute', 'a class attribute']);
  const unsafe = svgProblems(svg).filter((p) => !styling.has(p));
  const css = [...svg.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1]).join('\n');
  if (unsafe.length || /@import|javascript:|url\(\s*(?!['"]?\s*#)|expression\(/i.test(css)) {
    throw new Error(`the SVG holds a script, foreign content, an event handler or an outside link (${unsafe.join(', ') || 'in its CSS'})`);
  }
  return svg;
}
