import { expect } from '@open-wc/testing';
import { getTarget } from '../data/index.js';
import { buildGaugeOption } from '../components/target-gauge/target-gauge.option.js';
import { runtime } from '../components/target-gauge/target-gauge.chart.js';
import { PICTURE_PRESETS, pictureLayout, pictureSvg, textWidth, wrapText } from '../src/chart/picture.js';
import { DEFAULT_PALETTE, echartsTheme } from '../src/chart/theme.js';
import { pictureDocument } from '../src/download/picture-render.js';

const text = {
  title: '2025年目标：固定资产投资增长',
  words: '2025年山西固定资产投资增长的预期目标：6%以上。',
  source: '来源：2025年山西省政府工作报告（《山西晚报》摘要）',
  lang: 'zh' as const,
};

describe('picture (src/chart/picture.ts)', () => {
  it('wraps Chinese and English within the width, losing no character, never starting a line with a comma', () => {
    const zh = '2025年山西固定资产投资增长的预期目标：6%以上，社会消费品零售总额增长5%以上，城镇新增就业45万人。'.repeat(3);
    const lines = wrapText(zh, 300, 15);
    expect(lines.join('')).to.equal(zh);
    for (const line of lines) expect(textWidth(line, 15)).to.be.at.most(300 + 15);
    for (const line of lines.slice(1)) expect('，。、：').to.not.contain(line[0]);
    const en = 'The 2025 target for growth in fixed-asset investment in Shanxi: at least 6%, with retail sales up at least 5%.';
    const enLines = wrapText(en, 200, 15);
    expect(enLines.join(' ')).to.equal(en);
    for (const line of enLines) expect(textWidth(line, 15)).to.be.at.most(200);
  });

  it('lays out title, words, chart box and source; the PNG size is the preset times its scale', () => {
    const layout = pictureLayout(text, DEFAULT_PALETTE, PICTURE_PRESETS.standard);
    expect(layout.width).to.equal(720);
    expect(layout.pixelWidth).to.equal(1440);
    expect(layout.lines.map((l) => l.text)).to.deep.equal([text.title, text.words, text.source]);
    expect(layout.chart.y).to.be.greaterThan(layout.lines[1]!.y);
    expect(layout.lines[2]!.y).to.be.greaterThan(layout.chart.y + layout.chart.height);
    expect(layout.height).to.be.greaterThan(layout.lines[2]!.y);
    expect(pictureLayout(text, DEFAULT_PALETTE, PICTURE_PRESETS.share).pixelWidth).to.equal(1080);
  });

  it('nests the ECharts export in a well-formed SVG, and data stays text', async () => {
    const hostile = { ...text, title: '<script>alert(1)</script> & "q"' };
    const { svg } = await pictureDocument({
      runtime: runtime(),
      option: () =>
        buildGaugeOption(
          { target: getTarget('fixed-asset-investment')! },
          { center: '6%以上', caption: '目标' },
          { lang: 'zh', palette: DEFAULT_PALETTE, animation: false },
        ),
      theme: echartsTheme(DEFAULT_PALETTE),
      text: hostile,
      colors: DEFAULT_PALETTE,
      preset: PICTURE_PRESETS.standard,
    });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelector('script')).to.equal(null);
    expect(doc.querySelector('text')!.textContent).to.equal(hostile.title);
    const inner = doc.querySelector('svg > svg')!;
    expect(inner.getAttribute('width')).to.equal('720');
    expect(inner.textContent, 'the scale of the gauge is in the picture').to.contain('8%');
    // It decodes as an image (what the PNG download draws).
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await image.decode();
    expect(image.naturalWidth).to.equal(720);
  });

  it('without a chart, the picture is the words alone', () => {
    const layout = pictureLayout(text, DEFAULT_PALETTE, PICTURE_PRESETS.standard, 0);
    const doc = new DOMParser().parseFromString(pictureSvg('', layout), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelectorAll('text').length).to.equal(3);
  });
});
