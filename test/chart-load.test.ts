/** One load of an element class's chart code, shared by its elements (src/chart/echarts-controller.ts `loadOnce`). */
import { expect } from '@open-wc/testing';
import type { ChartRuntime } from '../src/chart/echarts-controller.js';
import { loadOnce } from '../src/chart/echarts-controller.js';

const runtime = (): ChartRuntime => ({ init: () => undefined, loadRenderer: () => Promise.resolve(), options: {} }) as unknown as ChartRuntime;

describe('loadOnce: chart code loaded once per element class', () => {
  it('gives every element of a class the same load, and each class its own', async () => {
    const gauge = class {};
    const list = class {};
    let loads = 0;
    const load = () => {
      loads++;
      return Promise.resolve(runtime());
    };
    const first = loadOnce(gauge, load);
    expect(loadOnce(gauge, load)).to.equal(first);
    const other = loadOnce(list, load);
    expect(other).to.not.equal(first);
    expect(await first).to.equal(await loadOnce(gauge, load));
    expect(loads).to.equal(2);
  });

  it('forgets a failed load: the next element tries again (a flaky connection breaks nothing for good)', async () => {
    const kind = class {};
    let loads = 0;
    const failing = () => {
      loads++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    const failed = loadOnce(kind, failing);
    let error: unknown;
    await failed.catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(TypeError);
    const loaded = runtime();
    const retried = loadOnce(kind, () => {
      loads++;
      return Promise.resolve(loaded);
    });
    expect(retried).to.not.equal(failed);
    expect(await retried).to.equal(loaded);
    expect(loads).to.equal(2);
  });
});
