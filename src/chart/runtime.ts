/**
 * The ECharts runtime every chart shares: `echarts/core` with the components all elements use. Loaded with a
 * dynamic import, only when an element comes near the viewport. Nothing here runs on import: registering is
 * done by `runtimeWith`, so bundlers may treat the module as free of side effects (package.json lists only the
 * modules that register tags). The renderer is loaded separately, so a page of SVG charts never downloads the
 * canvas one.
 */
import { init, use } from 'echarts/core';
import type { ChartRuntime } from './echarts-controller.js';
import { createChart, highlight, printAt } from './instance.js';
import { echartsTheme } from './echarts-theme.js';

export type Renderer = 'svg' | 'canvas';

type Extension = Parameters<typeof use>[0];

/**
 * `load` once per key while it succeeds or is under way; a failure is forgotten, so the next call tries again
 * (a flaky connection must not break every chart on the page for good).
 */
export function onceUnlessFailed<K>(load: (key: K) => Promise<void>): (key: K) => Promise<void> {
  const loads = new Map<K, Promise<void>>();
  return (key) => {
    let loading = loads.get(key);
    if (!loading) {
      loading = load(key);
      loads.set(key, loading);
      loading.catch(() => {
        if (loads.get(key) === loading) loads.delete(key);
      });
    }
    return loading;
  };
}

/** What is done to a live instance (./instance.ts): it comes with the chart code. */
const instance = { createChart, highlight, printAt };

/** Registers the renderer once per page. */
const loadRenderer = onceUnlessFailed((kind: Renderer) =>
  (kind === 'canvas' ? import('./renderer-canvas.js') : import('./renderer-svg.js')).then((m) => use(m.renderer)),
);

/**
 * Registers an element's chart types (ECharts skips what it has), and hands back the runtime with the element's
 * option builders and what its pictures need to know of the chart (`ChartRuntime.picture`).
 */
export function runtimeWith<O>(extensions: Extension, options: O, picture?: ChartRuntime['picture']): ChartRuntime<O> {
  use(extensions);
  return { init, loadRenderer, options, theme: echartsTheme, instance, picture };
}

export type { ECharts, EChartsCoreOption } from 'echarts/core';
