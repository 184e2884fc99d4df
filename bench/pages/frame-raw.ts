/**
 * Scenario 7: one embed, as Datawrapper, Flourish or Our World in Data give a newsroom: a page of its own (in an
 * iframe) that loads its own copy of raw ECharts and draws one chart, the option its element would draw. The
 * chart to draw comes from the query (?indicator=… or ?list&category=…); when it has finished, the frame tells
 * the article (postMessage), whose tracker counts it like an element's sx-ready.
 */
import { init, use } from 'echarts/core';
import { BarChart, GaugeChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { THEME, gaugeOption, projectListOption } from './options.js';

use([GaugeChart, BarChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

const query = new URLSearchParams(location.search);
const div = document.querySelector<HTMLElement>('.raw-chart')!;
const indicator = query.get('indicator');
const option = indicator ? gaugeOption(indicator) : projectListOption(query.get('category') ?? undefined);
const chart = init(div, THEME, { renderer: 'svg' });
const done = () => {
  chart.off('finished', done);
  parent.postMessage({ sxReady: true, inView: query.has('inview') }, '*');
};
chart.on('finished', done);
chart.setOption(option, { notMerge: true });
