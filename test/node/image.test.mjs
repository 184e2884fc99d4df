// Pictures on the server (node --test, after `npm run build`): the sizes platforms expect, WeChat-safe SVG, and
// labels that merely mention url( or javascript: (issues 17 §3, 20 §3, 22 §5).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Resvg } from '@resvg/resvg-js';
import { PICTURE_PRESET_NAMES, renderImage } from '../../dist/src/ssr/index.js';
import { svgProblems } from '../../dist/src/chart/svg-attributes.js';

const SIZES = { square: [1080, 1080], portrait: [1080, 1350], landscape: [1200, 675] };
const ELEMENTS = [
  ['sx-target-gauge', { indicator: 'gdp-growth', actual: '5.4' }],
  ['sx-target-board', {}],
  ['sx-metric-bars', { set: 'industry-revenues' }],
  ['sx-share-ring', { result: 'clean-energy-capacity-share' }],
  ['sx-task-map', {}],
  ['sx-project-list', {}],
  ['sx-stat', { result: 'jinchuang-valley-contracts' }],
  ['sx-results-board', { topic: 'green' }],
];
const font = { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC', sansSerifFamily: 'Noto Sans CJK SC' };

describe('renderImage presets', () => {
  it('names the presets in one exported list', () => {
    assert.deepEqual([...PICTURE_PRESET_NAMES], ['square', 'portrait', 'landscape']);
  });

  for (const [tag, attributes] of ELEMENTS) {
    it(`<${tag}>: every preset at its exact size, WeChat-safe, in zh and en`, async () => {
      for (const preset of PICTURE_PRESET_NAMES) {
        for (const lang of ['zh', 'en']) {
          const picture = await renderImage(tag, attributes, { preset, lang, theme: lang === 'en' ? 'dark' : 'light' });
          assert.deepEqual([picture.width, picture.height], SIZES[preset], `${preset} ${lang}`);
          assert.match(picture.svg, new RegExp(`^<svg [^>]*width="${SIZES[preset][0]}" height="${SIZES[preset][1]}"`));
          assert.deepEqual(svgProblems(picture.svg), [], `${tag} ${preset} ${lang}`);
          assert.doesNotMatch(picture.svg, /<style|\sstyle=|\sclass=|<script|foreignObject/i);
          assert.match(picture.svg, lang === 'zh' ? /来源/ : /Source/);
        }
      }
      // The PNG resvg makes of it has exactly the preset's pixels.
      const picture = await renderImage(tag, attributes, { preset: 'landscape' });
      const png = new Resvg(picture.svg, { font, fitTo: { mode: 'width', value: picture.width } }).render();
      assert.deepEqual([png.width, png.height], SIZES.landscape);
    });
  }

  it('refuses a preset it does not know, naming the ones it does', async () => {
    await assert.rejects(renderImage('sx-target-gauge', { indicator: 'gdp-growth' }, { preset: 'banner' }), /square, portrait, landscape/);
  });
});

describe('renderImage reads the markup, not the text (issue 22 §5)', () => {
  for (const label of ['see url(https://example.com)', 'javascript:alert(1)', '<script>x</script> onload="y" href="http://a"']) {
    it(`draws a label that says ${JSON.stringify(label)}`, async () => {
      const picture = await renderImage('sx-target-gauge', { indicator: 'gdp-growth', actual: '5.4', 'actual-label': label });
      assert.deepEqual(svgProblems(picture.svg), []);
      // The texts of the picture, unescaped and joined as the lines were broken (at spaces).
      const texts = [...picture.svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
        .map((m) => m[1].replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'))
        .join(' ');
      assert.ok(texts.includes(label), `the label is drawn as text: ${texts}`);
    });
  }
});
