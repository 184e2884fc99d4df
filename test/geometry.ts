/**
 * The geometry contract (issue 17 §1), as the element contract runs: `geometryContract(fixture)` adds one test per
 * language for an element on screen at every column width (320, 360, 680, 1280 px), then its downloaded pictures.
 * The measuring is in ./geometry-check.ts (no test framework there, so scripts/geometry-report.mjs and
 * scripts/shots.mjs run the same check in a page of their own).
 *
 * Cost: one mount per element and language; the column (and the viewport, as a phone's) is resized in place and
 * the chart re-measured once its resize has settled. Animation is off (prefers-reduced-motion), so a chart's
 * texts are where they end at once. Pictures are taken once per language, at the last width (they do not
 * depend on the column, except the plain download's chart height). Nothing else is sampled: all widths, both
 * languages, every fixture; measured here at about 30 s for the whole file (`node scripts/geometry-report.mjs
 * --times` prints each test's time). Light theme only: geometry does not change with the colours.
 */
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { checkFixture, fixtureName, LANGS, type GeometryFixture } from './geometry-check.js';

const VIEWPORT_HEIGHT = 900;

export function geometryContract(fixture: GeometryFixture): void {
  describe(`${fixtureName(fixture)} geometry`, () => {
    before(async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
    });
    after(async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      await setViewport({ width: 800, height: 600 });
      document.body.style.margin = '';
    });

    for (const lang of LANGS) {
      it(`${lang}: every text whole, apart, inside its chart and picture, at least the minimum size; nothing wider than the column`, async () => {
        const problems = await checkFixture(fixture, lang, {
          viewport: (width) => setViewport({ width, height: VIEWPORT_HEIGHT }),
        });
        if (problems.length) throw new Error(`${problems.length} geometry problems:\n${problems.join('\n')}`);
      });
    }
  });
}
