/** Nothing caches a failure: the shared loader behind the renderer chunks (src/chart/runtime.ts). */
import { expect } from '@open-wc/testing';
import '../components/target-gauge/define.js';
import { SxTargetGauge } from '../components/target-gauge/target-gauge.js';
import { onceUnlessFailed } from '../src/chart/runtime.js';
import type { SxErrorDetail } from '../src/events.js';
import { shadow } from './contract.js';

describe('onceUnlessFailed (the renderer chunks)', () => {
  it('loads once while loads succeed', async () => {
    let calls = 0;
    const load = onceUnlessFailed(async (_kind: string) => {
      calls++;
    });
    await Promise.all([load('svg'), load('svg')]);
    await load('svg');
    expect(calls).to.equal(1);
    await load('canvas');
    expect(calls).to.equal(2);
  });

  it('forgets a failed load, so the next call tries again', async () => {
    let calls = 0;
    const load = onceUnlessFailed((_kind: string) => {
      calls++;
      return calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve();
    });
    let failed = false;
    await load('svg').catch(() => (failed = true));
    expect(failed).to.equal(true);
    await load('svg');
    await load('svg');
    expect(calls).to.equal(2);
  });
});

describe('a fault inside an element (a bug, not the page’s input)', () => {
  type Patchable = Record<'resolve' | 'heading', (...args: unknown[]) => unknown>;
  const proto = SxTargetGauge.prototype as unknown as Patchable;
  afterEach(() => document.body.replaceChildren());

  for (const method of ['resolve', 'heading'] as const) {
    it(`an exception in ${method === 'resolve' ? 'reading its attributes' : 'its render'} shows internal-error, in both languages, with one sx-error`, async () => {
      const original = proto[method]!;
      proto[method] = () => {
        throw new Error('a bug');
      };
      const logged = console.error;
      console.error = () => undefined;
      try {
        const el = document.createElement('sx-target-gauge') as SxTargetGauge;
        el.setAttribute('indicator', 'gdp-growth');
        const errors: string[] = [];
        el.addEventListener('sx-error', (e) => errors.push((e as CustomEvent<SxErrorDetail>).detail.code));
        document.body.append(el);
        await el.ready;
        expect(el.error?.code).to.equal('internal-error');
        expect(shadow(el).querySelector('[part=error]')!.textContent).to.contain('此图表内部出错');
        el.lang = 'en';
        await el.updateComplete;
        expect(el.error?.message).to.contain('Something went wrong inside this chart');
        expect(shadow(el).querySelector('[part=error]')!.textContent).to.contain('Reload the page');
        expect(errors).to.deep.equal(['internal-error']);
      } finally {
        proto[method] = original;
        console.error = logged;
      }
    });
  }
});
