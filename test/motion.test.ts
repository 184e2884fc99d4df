/**
 * Charts with their animation, as most readers get them. The rest of the browser suite runs as a reader who asks
 * for less motion (web-test-runner.config.mjs), so that a chart is drawn in its final state at once and no test
 * waits out an animation. Here every element of the geometry fixtures (one or more per element, the nested
 * charts of the boards and the report included) is drawn with its animation on: `sx-ready` comes only once the
 * animation has ended, so what a script reads then is the chart a reader ends up with, the same as without
 * motion; and again after a theme switch, which sets the live chart's option again.
 * The elements are mounted side by side, so their animations run at once, as on a page of charts.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define-all.js';
import { deepElements, fixtureName, makeColumn, mountIn, settle } from './geometry-check.js';
import { GEOMETRY_FIXTURES } from './geometry-fixtures.js';

/** Every chart the element draws (its own and those of the elements inside it): its size, and its shapes and texts. */
function drawing(el: Element): string[] {
  return [el, ...deepElements(el)]
    .filter((e) => e.shadowRoot)
    .flatMap((owner) => [...owner.shadowRoot!.querySelectorAll('[part=chart] svg')])
    .map((svg) => {
      // Where each shape is in its chart (the page around it may differ), with its colour and opacity.
      const box = svg.getBoundingClientRect();
      const shapes = [...svg.querySelectorAll('path, text, rect, circle, line, polyline, polygon')].map((shape) => {
        const r = shape.getBoundingClientRect();
        // zrender numbers its patterns and gradients per chart instance (url(#zr3-p0)): the number is left out.
        const fill = (shape.getAttribute('fill') ?? '').replace(/#zr\d+-/, '#zr-');
        const opacity = shape.getAttribute('opacity') ?? shape.getAttribute('fill-opacity') ?? '';
        const at = `${Math.round(r.x - box.x)},${Math.round(r.y - box.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
        return `${shape.localName} ${shape.textContent ?? ''} ${at} ${fill} ${opacity}`;
      });
      return [`${Math.round(box.width)}x${Math.round(box.height)}`, ...shapes].join('\n');
    });
}

/** Mounts every fixture side by side, each in its own 680 px column; resolves once all are ready. */
async function mountAll(extra: Record<string, string> = {}): Promise<HTMLElement[]> {
  return Promise.all(GEOMETRY_FIXTURES.map((fixture) => mountIn(makeColumn(680), fixture, extra)));
}

describe('charts with their animation (prefers-reduced-motion: no-preference)', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    document.body.replaceChildren();
    document.body.style.margin = '';
  });

  it('sx-ready comes once the animation has ended: the chart then is the one drawn without motion, before and after a theme switch', async function () {
    this.timeout(120_000);
    // Without motion first (the suite's default): the drawings every animation must end on.
    const still = (await mountAll()).map(drawing);
    document.body.replaceChildren();
    const stillDark = (await mountAll({ theme: 'dark' })).map(drawing);
    document.body.replaceChildren();

    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'the page asks for motion').to.equal(false);
    const moving = await mountAll();
    const charted = still.filter((charts) => charts.length > 0).length;
    expect(charted, 'fixtures that draw a chart').to.be.greaterThan(5);
    moving.forEach((el, i) => expect(drawing(el), `${fixtureName(GEOMETRY_FIXTURES[i]!)}, at sx-ready`).to.deep.equal(still[i]));

    // A theme switch gives the live chart its new colours and sets its option again, with motion; ready again
    // once that has ended. (A language switch would also change the chart's height, which a throttled resize
    // follows after sx-ready, with or without motion: not what this test is about.)
    for (const el of moving) el.setAttribute('theme', 'dark');
    await Promise.all(moving.map((el) => settle(el, 'settled in the dark theme')));
    moving.forEach((el, i) => expect(drawing(el), `${fixtureName(GEOMETRY_FIXTURES[i]!)}, ready again after the theme switch`).to.deep.equal(stillDark[i]));
  });
});
