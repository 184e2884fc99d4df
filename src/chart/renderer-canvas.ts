import { CanvasRenderer } from 'echarts/renderers';

export const renderer = CanvasRenderer;
