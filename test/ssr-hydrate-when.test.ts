/**
 * src/hydrate-when.ts: `shanxi-report-charts/hydrate.js` loads the elements once, when the browser is idle or at
 * the reader's first interaction, whichever comes first, and hands that interaction on to the element it reached.
 */
import { expect } from '@open-wc/testing';
import { hydrateWhenIdleOrTouched } from '../src/hydrate-when.js';

type Win = Window & typeof globalThis;

/** This window, but its idle callbacks run only when the test says so. */
function fakeWindow() {
  const target = window;
  const idle: (() => void)[] = [];
  const win = Object.assign(Object.create(null), {
    addEventListener: window.addEventListener.bind(window),
    document: window.document,
    customElements: window.customElements,
    Event: window.Event,
    setTimeout: window.setTimeout.bind(window),
    requestIdleCallback: (cb: () => void) => idle.push(cb),
  }) as unknown as Win;
  return { win, target, runIdle: () => idle.splice(0).forEach((cb) => cb()) };
}

describe('hydrate.js: when the elements load', () => {
  afterEach(() => document.body.replaceChildren());

  it('loads once, at the first interaction, when that comes before idle', async () => {
    const { win, target, runIdle } = fakeWindow();
    let loads = 0;
    const done = hydrateWhenIdleOrTouched(async () => ++loads, win);
    expect(loads, 'nothing loaded on the first paint').to.equal(0);
    target.dispatchEvent(new PointerEvent('pointerover'));
    expect(await done).to.equal(1);
    runIdle();
    target.dispatchEvent(new Event('keydown'));
    expect(loads, 'loaded once').to.equal(1);
  });

  it('loads once, when idle, when that comes before any interaction', async () => {
    const { win, target, runIdle } = fakeWindow();
    let loads = 0;
    const done = hydrateWhenIdleOrTouched(async () => ++loads, win);
    expect(loads).to.equal(0);
    runIdle();
    expect(await done).to.equal(1);
    target.dispatchEvent(new Event('pointerdown'));
    expect(loads).to.equal(1);
  });

  it('hands the interaction on to the server-rendered element it reached, once that is defined', async () => {
    const { win } = fakeWindow();
    const tag = 'sx-hydrate-when-probe';
    const host = document.createElement(tag);
    host.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('button'), { textContent: 'x' }));
    document.body.append(host);
    const button = host.shadowRoot!.querySelector('button')!;
    button.focus();
    const got: string[] = [];
    host.addEventListener('focusin', (e) => got.push(e.type));
    let definedWhenHandedOn = false;
    host.addEventListener('focusin', () => (definedWhenHandedOn = !!customElements.get(tag)));
    const done = hydrateWhenIdleOrTouched(async () => {
      customElements.define(tag, class extends HTMLElement {});
    }, win);
    // The reader presses a key in the element: the event goes through it, and focus stays in it.
    button.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true }));
    expect(got, 'nothing handed on before the element is defined').to.deep.equal([]);
    await done;
    expect(got).to.deep.equal(['focusin']);
    expect(definedWhenHandedOn).to.be.true;
  });
});
