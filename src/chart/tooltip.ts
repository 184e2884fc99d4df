/**
 * The tooltip every chart uses: plain text made by the element (one string per data item), drawn by ECharts as
 * rich text and kept inside the chart. Never HTML: a label from data cannot become markup.
 */
export function textTooltip(texts: readonly string[]): object {
  return {
    trigger: 'item',
    renderMode: 'richText',
    confine: true,
    formatter: (params: { dataIndex: number }) => texts[params.dataIndex] ?? '',
  };
}
