/**
 * What demo.ts hands a section module: its own helpers, so that a section made in another file builds its
 * examples, cards and embed code exactly as the page's own sections do, and follows the page's switches.
 */
import type { TemplateResult } from 'lit';

export type DemoLang = 'zh' | 'en';

export interface DemoKit<E> {
  /** An element made once and kept: it follows the theme and renderer switches, and its card shows its tag. */
  example(id: string, tag: `sx-${string}`, attrs: ReadonlyArray<readonly [string, string]>, wide?: boolean): E;
  /** The example in a card with its embed code. */
  card(example: E, caption?: string): TemplateResult;
  /** A titled section of the page. */
  section(id: string, title: string, text: string, body: TemplateResult): TemplateResult;
}

/** A section of the demo page: its examples (for the switches and the ready count) and its template. */
export interface DemoSection<E> {
  examples: readonly E[];
  render(lang: DemoLang): TemplateResult;
}
