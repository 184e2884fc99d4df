/**
 * Embed code as the demo and the builder write it: a tag with its attributes, escaped, and a copy to the
 * clipboard that falls back to selecting the code for the reader. Strings only; nothing here makes HTML.
 */

/** Snippets longer than this put one attribute on each line, so they fit a card without breaking a word. */
const ONE_LINE_MAX = 40;

/** An attribute value, safe between double quotes in HTML. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text, safe as the content of an element in HTML: no tag, no entity, no comment starts in it. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * `<tag a="1" b>text</tag>`; an empty value writes the attribute alone (a boolean attribute). `text` goes in
 * as text, escaped: the tag's fallback content.
 */
export function tagSnippet(tag: string, attrs: ReadonlyArray<readonly [string, string]>, text = ''): string {
  const parts = attrs.map(([n, v]) => (v === '' ? n : `${n}="${escapeAttribute(v)}"`));
  const content = escapeText(text);
  const open = `<${tag}${parts.map((p) => ` ${p}`).join('')}>`;
  if (open.length + `</${tag}>`.length <= ONE_LINE_MAX || parts.length === 0) return `${open}${content}</${tag}>`;
  return `<${tag}\n${parts.map((p) => `  ${p}`).join('\n')}\n>${content}</${tag}>`;
}

/** Copies `text`; where the clipboard refuses, selects `code` so the reader can copy it by hand. */
export async function copyText(text: string, code: Node | null): Promise<'copied' | 'failed'> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    if (code) {
      const range = document.createRange();
      range.selectNodeContents(code);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    return 'failed';
  }
}
