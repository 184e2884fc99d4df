import { writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { PICTURE_PRESET_NAMES, renderImage } from '/work/wt/pictures/dist/src/ssr/index.js';
const font = { loadSystemFonts: false, fontFiles: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'], defaultFontFamily: 'Noto Sans CJK SC', sansSerifFamily: 'Noto Sans CJK SC' };
const ELEMENTS = [
  ['sx-target-gauge', { indicator: 'gdp-growth', actual: '5.4', 'actual-label': '国家统计局，2026-01' }],
  ['sx-target-board', {}],
  ['sx-metric-bars', { set: 'industry-revenues' }],
  ['sx-share-ring', { result: 'clean-energy-capacity-share' }],
  ['sx-task-map', {}],
  ['sx-project-list', {}],
  ['sx-stat', { result: 'jinchuang-valley-contracts' }],
  ['sx-results-board', { topic: 'green' }],
  ['sx-results-board', {}],
];
const only = process.argv[2];
for (const [i, [tag, attrs]] of ELEMENTS.entries()) {
  if (only && !tag.includes(only)) continue;
  for (const preset of PICTURE_PRESET_NAMES) for (const lang of ['zh', 'en']) for (const theme of (process.env.THEMES ?? 'light,dark').split(',')) {
    const p = await renderImage(tag, attrs, { preset, lang, theme });
    const png = new Resvg(p.svg, { font, fitTo: { mode: 'width', value: p.width } }).render().asPng();
    writeFileSync(`/tmp/pics/${i}-${tag}-${preset}-${lang}-${theme}.png`, png);
  }
}
