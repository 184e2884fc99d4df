/**
 * Elements work in any document they are connected to: a same-origin iframe a CMS preview moves them into,
 * or one they are first connected in. Lit adopts constructed style sheets made in the page's own document,
 * and a constructed sheet cannot be shared across documents: adopted into an iframe's shadow root it throws
 * `NotAllowedError`, and moved there the sheets are dropped and the element is unstyled (its chart box has no
 * height, so no chart either), also after it is moved back. Here each document gets sheets of its own, made
 * from the same CSS with that document's `CSSStyleSheet`, and a shadow root is restyled whenever its element
 * is connected in a document other than the one it was styled for.
 */
import { adoptStyles, type CSSResultOrNative } from 'lit';

/** The sheets made for each other document, per list of styles (one list per element class). */
const sheetsFor = new WeakMap<Document, Map<readonly CSSResultOrNative[], CSSStyleSheet[]>>();
/** The document each shadow root was styled for. */
const styledFor = new WeakMap<ShadowRoot, Document>();

function cssText(style: CSSResultOrNative): string {
  if ('cssText' in style) return style.cssText;
  return [...style.cssRules].map((rule) => rule.cssText).join('\n');
}

/** Notes that `root` has its styles for the document it is in (Lit adopted them when it made the root). */
export function markStyled(root: ShadowRoot): void {
  styledFor.set(root, root.ownerDocument);
}

/** Gives `root` the styles, as sheets of the document it is in now. Does nothing if it already has them. */
export function styleRoot(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  const doc = root.ownerDocument;
  if (styledFor.get(root) === doc) return;
  styledFor.set(root, doc);
  const win = doc.defaultView;
  // Lit's own sheets belong to the document this module runs in.
  if (doc === globalThis.document || !win) {
    adoptStyles(root, [...styles]);
    return;
  }
  let byStyles = sheetsFor.get(doc);
  if (!byStyles) sheetsFor.set(doc, (byStyles = new Map()));
  let sheets = byStyles.get(styles);
  if (!sheets) {
    const Sheet = (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet;
    sheets = styles.map((style) => {
      const sheet = new Sheet();
      sheet.replaceSync(cssText(style));
      return sheet;
    });
    byStyles.set(styles, sheets);
  }
  root.adoptedStyleSheets = sheets;
}

/**
 * Disconnects and forgets the observer of each document none of `members` is in any more (called on a
 * disconnect, when a moved element's ownerDocument is already its new one).
 */
export function dropUnusedObservers(observers: Map<Document, MutationObserver>, members: Iterable<Element>): void {
  for (const [doc, observer] of observers) {
    let used = false;
    for (const m of members) if ((used = m.ownerDocument === doc)) break;
    if (used) continue;
    observer.disconnect();
    observers.delete(doc);
  }
}

/** Whether `node` is inside `ancestor`, across shadow roots. */
export function within(node: Node, ancestor: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
    if (n === ancestor) return true;
  }
  return false;
}
