// The palettes' contrast in plain Node (node --test, after `npm run build`: it reads dist/). GRAPHICS.md §5,
// WCAG 1.4.3 and 1.4.11: text ≥ 4.5:1, the marks a reader must see ≥ 3:1, in both schemes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { areaColors } from '../../dist/components/task-map/task-map.option.js';
import { DARK_PALETTE, DEFAULT_PALETTE } from '../../dist/src/chart/theme.js';

/** WCAG 2.2 relative luminance of a `#rrggbb` colour. */
function luminance(hex) {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1].slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, 1–21. */
function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const atLeast = (ratio, min, what) => assert.ok(ratio >= min, `${what}: ${ratio.toFixed(2)}:1, under ${min}:1`);

describe('palette contrast', () => {
  it('computes contrast as WCAG does', () => {
    assert.equal(contrast('#000000', '#ffffff'), 21);
    assert.ok(Math.abs(contrast('#777777', '#ffffff') - 4.48) < 0.01);
  });

  for (const [scheme, p] of [['light', DEFAULT_PALETTE], ['dark', DARK_PALETTE]]) {
    it(`${scheme}: text (ink, muted, the accent's numbers, the verdicts' words) is at least 4.5:1 on the background`, () => {
      for (const [name, colour] of Object.entries({ text: p.text, muted: p.muted, accent: p.accent, positive: p.positive, negative: p.negative })) {
        atLeast(contrast(colour, p.background), 4.5, `${scheme} ${name} ${colour}`);
      }
    });

    it(`${scheme}: tracks, axis lines, target zones, outcome bars and every series colour are at least 3:1`, () => {
      const marks = {
        track: p.track,
        'target zone (accentSoft)': p.accentSoft,
        accent: p.accent,
        positive: p.positive,
        negative: p.negative,
        ...Object.fromEntries(p.series.map((c, i) => [`series-${i + 1}`, c])),
        ...Object.fromEntries(areaColors(p).map((c, i) => [`task area ${i + 1}`, c])),
      };
      assert.equal(areaColors(p).length, 7, 'a colour for each of the seven task areas');
      for (const [name, colour] of Object.entries(marks)) atLeast(contrast(colour, p.background), 3, `${scheme} ${name} ${colour}`);
    });

    it(`${scheme}: a number written on a mark (ink, grey or accent fill: the metric bars' are grey) is at least 4.5:1`, () => {
      for (const fill of [p.text, p.muted, p.accent]) atLeast(contrast(p.background, fill), 4.5, `${scheme} on ${fill}`);
    });
  }
});
