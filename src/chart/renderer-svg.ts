import { SVGRenderer } from 'echarts/renderers';

export const renderer = SVGRenderer;
