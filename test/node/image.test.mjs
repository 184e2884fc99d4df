// Pictures on the server (node --test, after `npm run build`): the sizes platforms expect, WeChat-safe SVG,
// labels that merely mention url( or javascript: (issues 17 §3, 20 §3, 22 §5), and the lean font copies the
// command line's PNG is drawn with (issue 20 §5).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Resvg } from '@resvg/resvg-js';
import { PICTURE_PRESET_NAMES, renderImage } from '../../dist/src/ssr/index.js';
import { svgProblems } from '../../dist/src/chart/svg-attributes.js';
import { cjkFontFiles, latinFontFiles } from '../../bin/cjk-fonts.js';
import { leanFont, leanFontFiles, svgText } from '../../bin/font-subset.js';

const SIZES = { square: [1080, 1080], portrait: [1080, 1350], landscape: [1200, 675] };
const ELEMENTS = [
  ['sx-target-gauge', { indicator: 'gdp-growth', actual: '5.4' }],
  ['sx-target-board', {}],
  ['sx-metric-bars', { set: 'industry-revenues' }],
  // An editor's own set of three long names.
  ['sx-metric-bars', { results: 'electronics-revenue,northern-new-energy-base-investment,tourist-roads-investment' }],
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
    it(`<${tag}${Object.entries(attributes).map(([k, v]) => `[${k}=${v}]`).join('')}>: every preset at its exact size, WeChat-safe, in zh and en`, async () => {
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

  it('six bars of long names, more rows than a landscape holds, make a landscape of their figures large instead of overdrawn rows', async () => {
    const results = 'electronics-revenue,high-end-equipment-revenue,consumer-goods-revenue,northern-new-energy-base-investment,tourist-roads-investment,power-spot-market-savings';
    const landscape = await renderImage('sx-metric-bars', { results, lang: 'en' }, { preset: 'landscape' });
    assert.equal((landscape.svg.match(/<svg\b/g) ?? []).length, 1, 'no chart nested in the picture');
    assert.match(landscape.svg, /font-size="(2[4-9]|[3-9]\d)"[^>]*>200</, 'the first figure large');
    const words = [...landscape.svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    assert.match(words, /Electronics and information industry revenue/);
    // A square holds the six rows: its bars stay.
    const square = await renderImage('sx-metric-bars', { results, lang: 'en' }, { preset: 'square' });
    assert.equal((square.svg.match(/<svg\b/g) ?? []).length, 2, 'the chart nested in the square');
  });

  it('a landscape gauge keeps its words, which alone write its figures, and its title broken where a reader would', async () => {
    const texts = (svg) =>
      [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replace(/&amp;/g, '&'));
    const attributes = { indicator: 'urban-unemployment', actual: '5.1' };
    const en = texts((await renderImage('sx-target-gauge', { ...attributes, lang: 'en' }, { preset: 'landscape' })).svg).join(' ');
    assert.match(en, /about 5\.5%/);
    assert.match(en, /Outcome: 5\.1%/);
    const zh = texts((await renderImage('sx-target-gauge', attributes, { preset: 'landscape' })).svg);
    // On one line, or broken after its colon: never inside a word (2025年目 / 标).
    const title = zh.includes('2025年目标：城镇调查失业率') || (zh.includes('2025年目标：') && zh.includes('城镇调查失业率'));
    assert.ok(title, `the title whole, or broken after its colon: ${zh.join(' | ')}`);
    assert.match(zh.join(''), /5\.5%左右。实际：5\.1%/);
  });

  it('a landscape share ring keeps its words, the only place its picture writes the share', async () => {
    const texts = (svg) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))).join(' ');
    const en = texts((await renderImage('sx-share-ring', { project: '8', lang: 'en' }, { preset: 'landscape' })).svg);
    assert.match(en, /at least 60%\./);
    assert.match(en, /at most 40%\./);
    assert.doesNotMatch(en, /; [A-Z]/, 'a part after a semicolon starts lower-case, or is a sentence of its own');
    const zh = texts((await renderImage('sx-share-ring', { project: '8' }, { preset: 'landscape' })).svg);
    assert.match(zh.replace(/ /g, ''), /60%以上；其余（目标未作要求）：至多40%/);
  });

  it('a landscape target board too small for its English names draws its targets large, not names over one another', async () => {
    const texts = [...(await renderImage('sx-target-board', { lang: 'en' }, { preset: 'landscape' })).svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    for (const figure of ['5%', 'at least 6%', 'at least 5%', 'about 5.5%', 'about 2%']) assert.ok(texts.includes(figure), `${figure} large: ${texts.join(' | ')}`);
  });

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

describe('the lean font copies the PNG is drawn with (issue 20 §5)', () => {
  // Chinese, Latin, digits and full-width punctuation, regular and bold, in the CJK face named first and in a
  // Latin face whose missing characters fall back to a CJK one, as the pictures have them.
  const lines = ['山西省政府工作报告：地区生产总值增长5.4%，“十四五”收官。', 'GDP grew 5.4% — Shanxi’s 2025 target（约）', '晋创谷·太原 1,234.5亿元；【完成】'];
  const families = ["'Noto Sans CJK SC', sans-serif", "'Liberation Sans', 'Noto Sans CJK SC', sans-serif"];
  const texts = families.flatMap((family) =>
    ['400', '700'].flatMap((weight) => lines.map((line) => ({ family, weight, line }))),
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="${40 * texts.length + 20}">${texts
    .map(({ family, weight, line }, i) => `<text x="10" y="${40 * i + 40}" font-size="28" font-weight="${weight}" font-family="${family}">${line.replace(/&/g, '&amp;')}</text>`)
    .join('')}</svg>`;
  const draw = (fontFiles) => new Resvg(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Noto Sans CJK SC' } }).render().pixels;

  it('draws the same pixels as the fonts it copies, from files a fraction of their size', () => {
    const files = [...cjkFontFiles(), ...latinFontFiles()];
    assert.ok(cjkFontFiles().length > 0, 'a CJK font is installed (scripts/ensure-cjk-font.mjs)');
    const lean = leanFontFiles(files, svgText(svg));
    try {
      const copied = lean.files.filter((file, i) => file !== files[i]);
      assert.ok(copied.length > 0, `a lean copy is made of ${cjkFontFiles().join(', ')}`);
      for (const file of copied) assert.ok(statSync(file).size < statSync(files[lean.files.indexOf(file)]).size / 4, `${file} is lean`);
      const [before, after] = [draw(files), draw(lean.files)];
      assert.ok(before.some((v, i) => i % 4 === 3 && v > 0), 'the text is drawn');
      assert.ok(Buffer.compare(Buffer.from(before), Buffer.from(after)) === 0, 'the same pixels');
    } finally {
      lean.dispose();
    }
    assert.ok(lean.files.every((file) => files.includes(file) || !existsSync(file)), 'dispose() removes the copies');
  });

  it('passes on as they are a small font and a file it cannot read; copies no font that is not CID-keyed CFF', () => {
    const others = [...latinFontFiles(), '/nonexistent/font.ttc'];
    const lean = leanFontFiles(others, '山西 Shanxi');
    assert.deepEqual(lean.files, others);
    lean.dispose();
    assert.equal(leanFont(readFileSync(latinFontFiles()[0]), new Set([0x53])), undefined, 'a TrueType (glyf) font');
  });

  it('reads the text of an SVG: its character references, not its markup', () => {
    assert.equal(svgText('<svg font-family="Arial"><text x="1">A&amp;B &#23665;&#x897F; &lt;&quot;</text></svg>'), 'A&B 山西 <"');
  });
});
