/**
 * Finding the elements in an HTML page or fragment and splicing each one's rendering in, leaving every other
 * byte as it was. parse5 (the HTML parser Lit's server renderer uses) parses the page as a browser would, with
 * the source offsets of every start tag.
 */
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import type { Lang } from '../i18n/index.js';
import { DEFAULT_LANG, matchLang } from '../i18n/index.js';

type Node = DefaultTreeAdapterMap['node'];
/** Custom elements are HTML elements: an `sx-` tag inside inline `<svg>` or `<math>` is never upgraded. */
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
type Element = DefaultTreeAdapterMap['element'];

export interface SpliceHooks {
  /** Whether this library renders the tag. */
  known(tag: string): boolean;
  /** An `sx-` tag it does not know. */
  unknown(tag: string): void;
  /**
   * The element's start tag and shadow root, rendered. `inheritedLang` is what the nearest ancestor's `lang`
   * says (an element's own `lang` is among its attributes).
   */
  render(tag: string, attributes: Record<string, string>, inheritedLang: Lang | undefined): Promise<string>;
}

interface Found {
  start: number;
  end: number;
  tag: string;
  attributes: Record<string, string>;
  lang: Lang | undefined;
}

/** Whether the text is a whole document (parsed as one) rather than a fragment (parsed as body content). */
const isDocument = (html: string) => /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype|<html[\s>])/i.test(html);

export async function spliceElements(html: string, hooks: SpliceHooks): Promise<string> {
  const tree = isDocument(html)
    ? parse(html, { sourceCodeLocationInfo: true })
    : parseFragment(html, { sourceCodeLocationInfo: true });
  const found: Found[] = [];
  const visit = (node: Node, lang: Lang | undefined | null) => {
    if (!('tagName' in node)) return;
    const element = node as Element;
    const own = element.attrs.find((a) => a.name === 'lang');
    // An ancestor's lang naming another language makes the element use its default, as in the browser.
    const here = own ? (matchLang(own.value) ?? null) : lang;
    // Foreign content (inside <svg> or <math>, outside a <foreignObject>) is left alone, as the browser does.
    const html = element.namespaceURI === HTML_NAMESPACE;
    if (html && hooks.known(element.tagName)) {
      const location = element.sourceCodeLocation?.startTag;
      if (location && !hasShadowRoot(element)) {
        found.push({
          start: location.startOffset,
          end: location.endOffset,
          tag: element.tagName,
          attributes: Object.fromEntries(element.attrs.map((a) => [a.name, a.value])),
          lang: lang === null ? DEFAULT_LANG : lang,
        });
      }
    } else if (html && element.tagName.startsWith('sx-')) {
      hooks.unknown(element.tagName);
    }
    for (const child of element.childNodes) visit(child, here);
  };
  for (const child of tree.childNodes) visit(child, undefined);
  // Rendered one after the other: two cores are shared, and ECharts' server renderer is synchronous anyway.
  const rendered: string[] = [];
  for (const f of found) rendered.push(await hooks.render(f.tag, f.attributes, f.lang));
  let out = '';
  let at = 0;
  found.forEach((f, i) => {
    out += html.slice(at, f.start) + rendered[i];
    at = f.end;
  });
  return out + html.slice(at);
}

/** An element the server (or an earlier run) already gave a declarative shadow root. */
function hasShadowRoot(element: Element): boolean {
  return element.childNodes.some(
    (c) => 'tagName' in c && c.tagName === 'template' && c.attrs.some((a) => a.name === 'shadowrootmode'),
  );
}
