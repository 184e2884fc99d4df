/**
 * The builder's "try the code" page (try.html): the embed code an editor copied, shown as an article would show
 * it, in a blank page of its own. The code comes in the address's fragment (`#code=…&lang=en`, made by the
 * builder; a fragment never reaches a server) and goes into two sandboxed frames, as a document of their own
 * (`srcdoc`, set as a property): one that runs the script, as the article will; one that blocks it, which shows
 * what a reader sees when the script is blocked or slow. The sandbox gives both an opaque origin, so the code
 * can touch nothing of this site; nothing from it becomes HTML in this page itself.
 */

/** The fragment's parameter that holds the code. */
export const TRY_PARAM = 'code';

/** The message the frame that runs scripts sends its parent: its height, so that the frame fits its page. */
export const HEIGHT_MESSAGE = 'sx-try-height';

/**
 * Reports the page's height to try.html whenever it changes (an element renders, a reader opens a table). Added
 * only to the frame that runs scripts; it draws nothing.
 */
const REPORT_HEIGHT = `<script>new ResizeObserver(() => parent.postMessage({ type: '${HEIGHT_MESSAGE}', height: document.body.getBoundingClientRect().bottom + 16 }, '*')).observe(document.body);</script>`;

/**
 * The blank article page a piece of embed code lands in: a column of text, the reader's colours. With
 * `reportHeight`, it tells the page that holds it how tall it is.
 */
export function articleDocument(code: string, lang: 'zh' | 'en', reportHeight = false): string {
  return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<style>body { margin: 16px; font: 16px/1.6 system-ui, 'Noto Sans CJK SC', sans-serif; max-width: 680px; }</style>
</head>
<body>
${code}
${reportHeight ? REPORT_HEIGHT : ''}
</body>
</html>
`;
}
