/**
 * The tooltip every chart uses: one ready-made line of text per data item, drawn by ECharts as rich text (never
 * HTML, so nothing from data or a page can become markup), and kept inside the chart's box.
 */
export function textTooltip(texts: readonly string[]): object {
  return {
    trigger: 'item',
    renderMode: 'richText',
    confine: true,
    formatter: (params: { dataIndex: number }) => texts[params.dataIndex] ?? '',
  };
}
