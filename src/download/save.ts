/**
 * Saving and copying in the browser, in ways a strict Content-Security-Policy allows: a blob URL on an
 * `<a download>` that is never inserted into the page, no inline script, no style attribute.
 */

/** Time a blob URL is kept after the click, for browsers that read it asynchronously (Safari on iOS). */
const REVOKE_AFTER_MS = 60_000;

/** Saves a file under `name`: the browser's own download, or on a phone its share/save sheet. */
export function saveBlob(blob: Blob, name: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/**
 * Copies text to the clipboard: the asynchronous Clipboard API, or where it is refused (an insecure page, an
 * old browser), a selected textarea and `execCommand('copy')` inside `root`. Resolves to whether it worked.
 */
export async function copyText(text: string, root: ShadowRoot | Document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Fall through to the older way.
  }
  const doc = root instanceof Document ? root : root.ownerDocument;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  (root instanceof Document ? root.body : root).append(area);
  try {
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/** `shanxi-2025-<element>-<id>.<ext>`: the tag without its `sx-` prefix, and an id safe in any file system. */
export function fileName(tag: string, id: string, ext: string): string {
  const safe = (text: string) =>
    text
      .toLowerCase()
      .replace(/^sx-/, '')
      .replace(/[^a-z0-9\u4e00-\u9fff]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'figure';
  return `shanxi-2025-${safe(tag)}-${safe(id)}.${ext}`;
}
