/**
 * `theme="auto"`: the host page's colour scheme first, the reader's second.
 *
 * 1. The `color-scheme` the element inherits: a site that declares `color-scheme: dark` (on `:root`, on any
 *    ancestor, typically through a `.dark` class) gets dark elements; `light` gets light ones.
 * 2. Where the site declares nothing (`normal`), or both (`light dark`, which leaves the choice to the
 *    reader), the reader's `prefers-color-scheme` decides.
 *
 * It follows live: one MutationObserver per document (the page's, or an iframe's an element was moved into)
 * watches the attributes sites switch schemes with (`class`, `style`, `data-theme` …) and, once per frame,
 * re-reads the scheme of the `auto` elements inside the changed node; an element whose scheme changed is
 * restyled and its chart replays its option (no new chart).
 *
 * An element that composes others (`<sx-results-board>`'s bars, `<sx-report>`'s sections) hands them `auto`:
 * they inherit the `color-scheme` the composing element's own styles declare, which changes only when that
 * element has taken the new scheme, after they were asked. So an element whose scheme changed says so
 * (`schemeChangedWithin`), and the `auto` elements inside its shadow root look again, one level per frame.
 */

import { dropUnusedObservers, within } from './documents.js';

export type Scheme = 'light' | 'dark';

/** What the inherited `color-scheme` says, or undefined where it leaves the choice to the reader. */
export function declaredScheme(value: string): Scheme | undefined {
  const words = value.trim().split(/\s+/);
  const light = words.includes('light');
  const dark = words.includes('dark');
  if (dark && !light) return 'dark';
  if (light && !dark) return 'light';
  return undefined;
}

/** The element's parent in the flat tree (its slot's host, its shadow root's host, or its parent element). */
function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** The scheme an `auto` element takes now. */
export function autoScheme(el: Element): Scheme {
  const parent = flatParent(el);
  const declared = parent ? declaredScheme(getComputedStyle(parent).colorScheme ?? '') : undefined;
  if (declared) return declared;
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** What follows the host's scheme for an element: told to look again when something it inherits may have changed. */
export interface SchemeFollower {
  readonly host: Element;
  schemeMayHaveChanged(): void;
}

/** Attributes sites switch their scheme with. */
const SCHEME_ATTRIBUTES = ['class', 'style', 'data-theme', 'data-mode', 'data-color-scheme', 'data-bs-theme'];

const followers = new Set<SchemeFollower>();
/** One observer per document with `auto` elements in it (the page's, an iframe's an element was moved into). */
const observers = new Map<Document, MutationObserver>();
let changed: Node[] = [];
let frame = 0;


function check(): void {
  frame = 0;
  const nodes = changed;
  changed = [];
  followers.forEach((f) => nodes.some((n) => n !== f.host && within(f.host, n)) && f.schemeMayHaveChanged());
}

/** The scheme the elements inside `root` inherit may have changed (their composing element took a new one). */
export function schemeChangedWithin(root: Node): void {
  if (followers.size === 0 || typeof requestAnimationFrame === 'undefined') return;
  changed.push(root);
  frame ||= requestAnimationFrame(check);
}

/** Starts following the page for `el` (call while it is connected with `theme="auto"`). */
export function followHostScheme(follower: SchemeFollower): void {
  followers.add(follower);
  const doc = follower.host.ownerDocument;
  if (observers.has(doc) || typeof MutationObserver === 'undefined') return;
  const observer = new MutationObserver((records) => {
    for (const r of records) changed.push(r.target);
    frame ||= requestAnimationFrame(check);
  });
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: SCHEME_ATTRIBUTES, subtree: true });
  observers.set(doc, observer);
}

export function unfollowHostScheme(follower: SchemeFollower): void {
  followers.delete(follower);
  dropUnusedObservers(observers, [...followers].map((f) => f.host));
  if (followers.size === 0) changed = [];
}
