/**
 * First renders in turns, so that a page of many elements never blocks input (../chart/first-render.ts): an
 * element past the current slice connects and renders in its turn, and until then shows the text inside its
 * tag. Server-rendered elements have their content already and take no turn. It overrides the lifecycle (the
 * connect, the disconnect, the first update's scheduling), so it is a mixin rather than a controller.
 */
import { isServer } from 'lit';
import { connectInTurn, firstRender, measured } from '../chart/first-render.js';
import { setState } from '../chart/states.js';
import type { ElementClass } from './document-styles.js';

export function TakesTurns<C extends ElementClass>(Base: C): C {
  abstract class TurnTaking extends Base {
    /** Sent by the server with a declarative shadow root. */
    private readonly sentByServer = !isServer && !!this.shadowRoot;
    /** Set while the element waits for its turn to connect. */
    private waitingTurn: object | undefined;

    /** First renders in slices (../chart/first-render.ts). */
    protected override scheduleUpdate(): void | Promise<unknown> {
      if (this.hasUpdated || isServer) return super.scheduleUpdate();
      return firstRender(() => void super.scheduleUpdate());
    }

    override connectedCallback(): void {
      if (!this.hasUpdated && !this.sentByServer && !isServer) {
        const turn = {};
        this.waitingTurn = turn;
        if (!connectInTurn(() => this.takeTurn(turn))) return;
        this.waitingTurn = undefined;
      }
      super.connectedCallback();
    }

    override disconnectedCallback(): void {
      if (this.waitingTurn) {
        // Left before its turn: it never connected.
        this.waitingTurn = undefined;
        return;
      }
      super.disconnectedCallback();
    }

    /** The element's turn has come: connect and render now, unless it has left the page. */
    private takeTurn(turn: object): void {
      if (this.waitingTurn !== turn) return;
      this.waitingTurn = undefined;
      // Gone, or in a document that has gone (an iframe removed meanwhile): connected again, it waits again.
      if (!this.isConnected || !this.ownerDocument.defaultView) return;
      // One of a page of many: far from the viewport, the browser may skip its inside (../chart/styles.ts).
      setState(this, 'sx-waited', true);
      super.connectedCallback();
      // Render in this slice, not in a later microtask: its time is counted here, and learnt.
      if (this.isUpdatePending) measured(() => this.performUpdate());
    }
  }
  return TurnTaking;
}
