/**
 * Per-document styles: a shadow root styled for the document the element is in, also when that is an iframe's a
 * CMS preview moved it into (../chart/documents.ts). It overrides the lifecycle (the render root, the connect),
 * so it is a mixin rather than a controller.
 */
import type { LitElement } from 'lit';
import { markStyled, styleRoot } from '../chart/documents.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ElementClass<T = LitElement> = abstract new (...args: any[]) => T;

export function DocumentStyles<C extends ElementClass>(Base: C): C {
  abstract class DocumentStyled extends Base {
    protected override createRenderRoot(): HTMLElement | DocumentFragment {
      if (this.ownerDocument === globalThis.document) {
        const made = !this.shadowRoot;
        const root = super.createRenderRoot();
        // Lit has just adopted the styles into a root it made: connecting styles it no second time.
        if (made && root instanceof ShadowRoot) markStyled(root);
        return root;
      }
      const ctor = this.constructor as typeof LitElement;
      const root = this.shadowRoot ?? this.attachShadow(ctor.shadowRootOptions);
      styleRoot(root, ctor.elementStyles);
      return root;
    }

    override connectedCallback(): void {
      super.connectedCallback();
      // Moved to another document (or back): its shadow root needs sheets of that document.
      if (this.shadowRoot) styleRoot(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
    }
  }
  return DocumentStyled;
}
