/** Nothing caches a failure: the shared loader behind the renderer chunks (src/chart/runtime.ts). */
import { expect } from '@open-wc/testing';
import { onceUnlessFailed } from '../src/chart/runtime.js';

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
