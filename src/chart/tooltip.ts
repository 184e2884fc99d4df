/**
 * The tooltip every chart uses: plain text made by the element (one string per data item), drawn by ECharts as
 * rich text and kept inside the chart. Never HTML: a label from data cannot become markup.
 */

/** What zrender (ECharts' drawing layer) reads as a rich-text style: `{name|text}`. */
const RICH_STYLE = /\{(?=[A-Za-z0-9_]+\|)/g;

/**
 * Text for ECharts rich text, shown as written: an editor's `{a|NBS}` stays "{a|NBS}" instead of becoming a
 * styled "NBS". Rich text has no escape, so an invisible WORD JOINER (U+2060) after each `{` that would open a
 * style keeps zrender from reading one; text without such braces is returned unchanged.
 */
export function asWritten(text: string): string {
  return text.replace(RICH_STYLE, '{\u2060');
}

/**
 * The tooltip option: `texts[dataIndex]`, or for charts whose items are found otherwise (a treemap's by id) the
 * text `pick` returns. Either way drawn as written (`asWritten`).
 */
export function textTooltip(texts: readonly string[]): object;
export function textTooltip<P>(pick: (params: P) => string | undefined): object;
export function textTooltip(source: readonly string[] | ((params: unknown) => string | undefined)): object {
  const pick = typeof source === 'function' ? source : (params: { dataIndex: number }) => source[params.dataIndex];
  return {
    trigger: 'item',
    renderMode: 'richText',
    confine: true,
    formatter: (params: { dataIndex: number }) => asWritten(pick(params) ?? ''),
  };
}
