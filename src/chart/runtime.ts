/**
 * The ECharts runtime every chart shares: `echarts/core` with the components all elements use. Loaded with a
 * dynamic import, only when an element comes near the viewport; each element's chart module registers its own
 * chart types on top. The renderer is loaded separately, so a page of SVG charts never downloads the canvas one.
 */
import { init, use } from 'echarts/core';
import { AriaComponent, TooltipComponent } from 'echarts/components';

use([AriaComponent, TooltipComponent]);

export type Renderer = 'svg' | 'canvas';

const renderers = new Map<Renderer, Promise<void>>();

/** Registers the renderer once per page. */
export function loadRenderer(kind: Renderer): Promise<void> {
  let loading = renderers.get(kind);
  if (!loading) {
    loading = (kind === 'canvas' ? import('./renderer-canvas.js') : import('./renderer-svg.js')).then((m) =>
      use(m.renderer),
    );
    renderers.set(kind, loading);
  }
  return loading;
}

export { init, use };
export type { ECharts, EChartsCoreOption } from 'echarts/core';
