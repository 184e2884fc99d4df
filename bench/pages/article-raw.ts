/**
 * Scenario 3, raw side: every `.raw-chart` div of the article drawn at once with echarts/core and the modules
 * the elements' options need (gauge, bar, pie, grid, tooltip, aria, SVG), each with the option its element draws.
 * A chart that has finished dispatches `sx-ready` on its div, so the page's tracker counts both sides alike.
 */
import { init, use } from 'echarts/core';
import { BarChart, CustomChart, GaugeChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { THEME, gaugeOption, metricBarsOption, projectListOption, shareRingOption } from './options.js';

use([GaugeChart, BarChart, CustomChart, PieChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

for (const div of document.querySelectorAll<HTMLElement>('.raw-chart')) {
  const { indicator, bars, ring, ringProject, category } = div.dataset;
  const option = indicator
    ? gaugeOption(indicator)
    : bars
      ? metricBarsOption(bars)
      : ring !== undefined
        ? shareRingOption(ring || undefined, ringProject ? Number(ringProject) : undefined)
        : projectListOption(category);
  const chart = init(div, THEME, { renderer: 'svg' });
  const done = () => {
    chart.off('finished', done);
    div.dispatchEvent(new CustomEvent('sx-ready', { bubbles: true }));
  };
  chart.on('finished', done);
  chart.setOption(option, { notMerge: true });
}
