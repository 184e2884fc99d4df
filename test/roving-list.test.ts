/**
 * The roving-list controller on its own, in a bare Lit list: what the five list elements' tests do not reach (a list
 * that shrinks under its tab stop, a move map of the host's own). The keys, Enter, Space and clicks in each
 * element are tested with the element.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { RovingListController } from '../src/controllers/roving-list.js';

class TestRovingList extends LitElement {
  @property({ type: Number }) count = 4;

  picked: number[] = [];

  /** Every second item: Down skips one, Up goes back two. */
  readonly roving = new RovingListController(this, {
    selector: 'li',
    moves: (key, index) => ({ ArrowDown: index + 2, ArrowUp: index - 2 })[key],
    chosen: (i) => this.picked.push(i),
  });

  override render() {
    const items = Array.from({ length: this.count }, (_, i) => i);
    return html`<ul>
      ${items.map((i) => html`<li tabindex=${this.roving.tabindex(i, this.count)}>${i}</li>`)}
    </ul>`;
  }
}
customElements.define('test-roving-list', TestRovingList);

async function mount(): Promise<TestRovingList> {
  const el = document.createElement('test-roving-list') as TestRovingList;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const items = (el: TestRovingList) => [...el.shadowRoot!.querySelectorAll('li')];
const tabStops = (el: TestRovingList) => items(el).filter((li) => li.getAttribute('tabindex') === '0').map((li) => li.textContent);

describe('RovingListController', () => {
  afterEach(() => document.body.replaceChildren());

  it('moves by the host’s own map, and the rendered tab stop follows', async () => {
    const el = await mount();
    expect(tabStops(el)).to.deep.equal(['0']);
    items(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(items(el)[2]);
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['2']);
    expect(el.roving.index).to.equal(2);
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement, 'Right is not a move in this map').to.equal(items(el)[2]);
    await sendKeys({ press: 'Space' });
    expect(el.picked).to.deep.equal([2]);
  });

  it('a click takes the tab stop and picks; a list that shrinks under it keeps one tab stop, the last item', async () => {
    const el = await mount();
    items(el)[3]!.click();
    expect(el.picked).to.deep.equal([3]);
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['3']);
    el.count = 2;
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['1']);
    el.count = 4;
    await el.updateComplete;
    expect(tabStops(el), 'the index itself was kept').to.deep.equal(['3']);
  });
});
