/**
 * The display context: what an element shows its figure in — its language, its colour scheme, whether the page
 * is printing, and the palette those give — as one value with one key. It follows what can change them from
 * outside: an ancestor's `lang`, the page's or the reader's colour scheme (`theme="auto"`), and print.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { resolveLang, type Lang } from '../i18n/index.js';
import { dropUnusedObservers, within } from '../chart/documents.js';
import { autoScheme, followHostScheme, schemeChangedWithin, unfollowHostScheme, type Scheme } from '../chart/host-scheme.js';
import { themeOf } from '../chart/input.js';
import { unwatchPrint, watchPrint } from '../chart/print.js';
import { setState } from '../chart/states.js';
import { readPalette, type Palette } from '../chart/theme.js';

export interface DisplayHost extends ReactiveElement {
  lang: string;
  theme: unknown;
}

/** What takes part in print (the chart): told when it starts and ends, and asked to load its code beforehand. */
export interface PrintPart {
  start(): void;
  end(): void;
  prefetch(): Promise<void>;
}

const live = new Set<DisplayContextController>();
/** One observer per document with elements in it (the page's, an iframe's an element was moved into). */
const langObservers = new Map<Document, MutationObserver>();
let darkQuery: MediaQueryList | undefined;

function watchPage(c: DisplayContextController): void {
  live.add(c);
  const doc = c.host.ownerDocument;
  if (!langObservers.has(doc) && typeof MutationObserver !== 'undefined') {
    // Only the elements inside a changed node may speak another language now.
    const observer = new MutationObserver((records) =>
      live.forEach((d) => records.some((r) => r.target !== d.host && within(d.host, r.target)) && d.host.requestUpdate()),
    );
    observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    langObservers.set(doc, observer);
  }
  if (!darkQuery && globalThis.matchMedia) {
    darkQuery = globalThis.matchMedia('(prefers-color-scheme: dark)');
    darkQuery.addEventListener('change', () => live.forEach((d) => themeOf(d.host.theme) === 'auto' && d.host.requestUpdate('theme')));
  }
}

export class DisplayContextController implements ReactiveController {
  /** The resolved language. */
  lang: Lang = 'zh';
  /** The scheme resolved: `theme="auto"` to the page's or reader's (../chart/host-scheme.ts), `dark`, or none (light). */
  scheme: Scheme | undefined;
  printing = false;
  private palette: Palette | undefined;
  private paletteKey = '';
  /** The scheme and print state the element's styles show now ('' before the first update). */
  private shown = '';
  private readonly parts: PrintPart[] = [];

  constructor(readonly host: DisplayHost) {
    host.addController(this);
  }

  /** Changes whenever what the figure is drawn in may change (the reflected `theme` is what the CSS reads). */
  get key(): string {
    return `${this.lang}|${this.scheme}|${this.printing}|${this.host.getAttribute('theme')}`;
  }

  /** The colours the element's styles give it now, read once per display key. */
  get colours(): Palette {
    const key = this.key;
    if (!this.palette || key !== this.paletteKey) {
      this.palette = readPalette(this.host);
      this.paletteKey = key;
    }
    return this.palette;
  }

  /** Readers who ask for less motion get no animation. */
  get animation(): boolean {
    return !(globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false);
  }

  /** Joins print: the chart draws for paper. */
  addPrintPart(part: PrintPart): void {
    this.parts.push(part);
  }

  hostConnected(): void {
    watchPage(this);
    watchPrint(this);
    // A moved element may have a new language around it, and settles again in its new place.
    if (this.host.hasUpdated) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    live.delete(this);
    dropUnusedObservers(langObservers, [...live].map((d) => d.host));
    unwatchPrint(this);
    unfollowHostScheme(this);
  }

  /** Called before each render: reads the language and the scheme; returns whether the language changed. */
  resolve(): boolean {
    this.followScheme();
    const lang = resolveLang(this.host, this.host.lang);
    const changed = lang !== this.lang;
    this.lang = lang;
    return changed;
  }

  /** Print is about to start (../chart/print.ts): light palette, started chart, printed width. */
  beforePrint(): void {
    this.printing = true;
    this.showScheme(this.scheme);
    this.parts.forEach((p) => p.start());
  }

  /** Print is over: the screen's palette and width again. */
  afterPrint(): void {
    this.printing = false;
    this.showScheme(this.scheme);
    this.parts.forEach((p) => p.end());
  }

  /** `preparePrint` (../chart/print.ts): load the chart code, so that print can draw at once. */
  prefetch(): Promise<void> {
    return Promise.all(this.parts.map((p) => p.prefetch())).then(() => undefined);
  }

  /** The page may have switched its colour scheme (../chart/host-scheme.ts), or the reader theirs. */
  schemeMayHaveChanged(): void {
    if (themeOf(this.host.theme) === 'auto' && autoScheme(this.host) !== this.scheme) this.host.requestUpdate('theme');
  }

  /** `theme="auto"`: follow the page (and the reader), and mark the scheme it resolves to. */
  private followScheme(): void {
    // Nothing to follow on a server, or while detached: connecting updates again.
    if (!this.host.isConnected) return;
    const theme = themeOf(this.host.theme);
    if (theme === 'auto') {
      followHostScheme(this);
      this.showScheme(autoScheme(this.host));
    } else {
      unfollowHostScheme(this);
      // theme="dark" in any spelling the element reads (" dark ", "ＤＡＲＫ"): its styles key on the state too.
      this.showScheme(theme === 'dark' ? 'dark' : undefined);
    }
  }

  private showScheme(scheme: Scheme | undefined): void {
    const shown = `${scheme}:${this.printing}`;
    this.scheme = scheme;
    const host = this.host;
    setState(host, 'sx-dark', scheme === 'dark' && !this.printing);
    setState(host, 'sx-light', scheme === 'light' && !this.printing);
    setState(host, 'sx-print', this.printing);
    // The elements it composes with theme="auto" inherit its new scheme: they look again (../chart/host-scheme.ts).
    if (this.shown && shown !== this.shown && host.shadowRoot) schemeChangedWithin(host.shadowRoot);
    this.shown = shown;
  }
}
