import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../components/target-gauge/define.js';
import '../components/target-board/define.js';
import { getTarget } from '../data/index.js';
import { buildGaugeOption } from '../components/target-gauge/target-gauge.option.js';
import { runtime } from '../components/target-gauge/target-gauge.chart.js';
import {
  breakLines,
  chartDrawSize,
  NO_LINE_END,
  NO_LINE_START,
  PICTURE_PRESET_NAMES,
  PICTURE_PRESETS,
  pictureLayout,
  pictureSvg,
  textWidth,
  wellFormed,
  wrapText,
  type PictureText,
} from '../src/chart/picture.js';
import { presentationSvg, svgProblems } from '../src/chart/svg-attributes.js';
import { echartsTheme } from '../src/chart/echarts-theme.js';
import { DEFAULT_PALETTE } from '../src/chart/theme.js';
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
    expect(layout.width).to.equal(540);
    expect(layout.pixelWidth).to.equal(1080);
    expect(layout.lines.map((l) => l.text)).to.deep.equal([text.title, text.words, text.source]);
    expect(layout.chart.y).to.be.greaterThan(layout.lines[1]!.y);
    expect(layout.lines[2]!.y).to.be.greaterThan(layout.chart.y + layout.chart.height);
    expect(layout.height).to.be.greaterThan(layout.lines[2]!.y);
    expect(pictureLayout(text, DEFAULT_PALETTE, PICTURE_PRESETS.share).pixelWidth).to.equal(1080);
  });

  it('breaks lines by the Chinese rules at every width: no closing mark at a line start, no opening one at its end', () => {
    const zh = '2025年目标（预期）：地区生产总值增长5%左右，“十四五”规划圆满收官。《山西日报》报道：城镇新增就业45万人，居民收入增长与经济增长同步！';
    let checked = 0;
    for (let width = 64; width <= 400; width += 7) {
      const lines = breakLines(zh, width, 16);
      expect(lines.join(''), `width ${width}`).to.equal(zh);
      for (const line of lines) {
        expect(NO_LINE_END.has([...line].pop()!), `"${line}" ends with an opening mark at ${width}`).to.equal(false);
        if (line !== lines[0]) expect(NO_LINE_START.has([...line][0]!), `"${line}" starts with a closing mark at ${width}`).to.equal(false);
        if ([...line].length > 2) expect(textWidth(line, 16), `"${line}" at ${width}`).to.be.at.most(width);
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(200);
  });

  it('breaks English at spaces only, never inside "Shanxi’s", never adding a space', () => {
    const en = 'Shanxi’s 2025 target for “growth” in fixed-asset investment (at least 6%) and Shanxi’s jobs: 450,000.';
    for (let width = 140; width <= 500; width += 11) {
      const lines = breakLines(en, width, 16);
      expect(lines.join(' '), `width ${width}`).to.equal(en);
      for (const line of lines) {
        expect(line).to.not.match(/’ |^s\b| ’/);
        expect(NO_LINE_END.has([...line].pop()!), line).to.equal(false);
      }
    }
    expect(wrapText('Shanxi’s', 1000, 16)).to.deep.equal(['Shanxi’s']);
  });

  it('keeps "No. 1" on one line, as the name it is', () => {
    const en = 'Investment in the three “No. 1” tourist roads';
    for (let width = textWidth('Investment', 16); width <= 400; width += 7) {
      const lines = breakLines(en, width, 16);
      expect(lines.join(' '), `width ${width}`).to.equal(en);
      expect(lines.some((l) => /No\.$/.test(l)), lines.join(' / ')).to.equal(false);
    }
  });

  it('keeps a figure with its multiplier and unit: 超过550亿元, never 超过550亿 / 元', () => {
    const zh = '晋北采煤沉陷区新能源基地投资超过550亿元，三个一号旅游公路投资近千亿元，累计完成绿证131.7万张，绿电交易量76.6亿千瓦时';
    // From the width the longest figure needs, with the comma that may not start a line.
    for (let width = Math.ceil(textWidth('76.6亿千瓦时', 16)); width <= 400; width += 5) {
      const lines = breakLines(zh, width, 16);
      expect(lines.join(''), `width ${width}`).to.equal(zh);
      for (const figure of ['550亿元', '131.7万张', '76.6亿千瓦时']) {
        expect(lines.some((l) => l.includes(figure)), `${figure} whole at ${width}: ${lines.join(' / ')}`).to.equal(true);
      }
    }
  });

  it('prefers a break after full-width punctuation in the second half of a line', () => {
    const title = '电子信息、高端装备制造、现代消费品营业收入（预计）';
    expect(breakLines(title, 20 * 24, 24)).to.deep.equal(['电子信息、高端装备制造、', '现代消费品营业收入（预计）']);
  });

  it('cuts a hyphenated word too long for a line after its hyphen, not inside a part', () => {
    const title = 'Rise in Shanxi’s innovation-capability ranking';
    const width = textWidth('innovation-capab', 24);
    const lines = breakLines(title, width, 24);
    expect(lines).to.include('innovation-');
    expect(lines.some((l) => l.startsWith('capability'))).to.equal(true);
    for (const line of lines) if ([...line].length > 2) expect(textWidth(line, 24), line).to.be.at.most(width);
  });

  it('leaves no CJK character alone on a last line', () => {
    const title = '2025年主要预期目标';
    for (let width = 100; width < textWidth(title, 24); width += 5) {
      const lines = breakLines(title, width, 24);
      expect(lines.join(''), `at ${width}`).to.equal(title);
      if (lines.length > 1) expect([...lines[lines.length - 1]!].length, `${lines.join(' / ')} at ${width}`).to.be.at.least(2);
    }
  });

  describe('the sizes platforms expect', () => {
    const long: PictureText = {
      title: '2025年目标：固定资产投资增长（预期），社会消费品零售总额增长5%以上，“十四五”规划目标任务全面完成',
      words: '2025年山西固定资产投资增长的预期目标：6%以上。'.repeat(3),
      source: '来源：2025年山西省政府工作报告（《山西晚报》摘要）',
      lang: 'zh',
    };
    const en: PictureText = {
      title: 'Shanxi’s 2025 targets: fixed-asset investment growth (expected), retail sales up at least 5%, the 14th Five-Year Plan completed',
      words: 'Shanxi’s 2025 target for growth in fixed-asset investment: at least 6%. '.repeat(3),
      source: 'Source: 2025 Shanxi Government Work Report (Shanxi Evening News summary)',
      lang: 'en',
    };
    const figures = (n: number) => Array.from({ length: n }, (_, i) => ({ value: `${i + 1}00多家`, label: `第${i + 1}项成绩的名称，略长一些` }));
    for (const name of PICTURE_PRESET_NAMES) {
      for (const t of [long, en, { ...long, figures: figures(1) }, { ...en, figures: figures(40) }]) {
        it(`${name}, ${t.lang}${t.figures ? `, ${t.figures.length} figures` : ''}: exact pixels, one margin ≥ 48 px, text ≥ 24 px`, () => {
          const preset = PICTURE_PRESETS[name];
          const layout = pictureLayout(t, DEFAULT_PALETTE, preset);
          const px = preset.scale;
          expect([layout.pixelWidth, layout.pixelHeight]).to.deep.equal(
            { square: [1080, 1080], portrait: [1080, 1350], landscape: [1200, 675] }[name],
          );
          // 48 px at 1080 px wide, in proportion for 1200.
          expect(layout.margin * px).to.be.at.least((48 * layout.pixelWidth) / 1080 - 0.5);
          const m = layout.margin;
          for (const line of layout.lines) {
            expect(line.size * px, line.text).to.be.at.least(24);
            expect(line.x, line.text).to.be.at.least(m);
            expect(line.x + textWidth(line.text, line.size), line.text).to.be.at.most(layout.width - m + 0.5);
            expect(line.y - line.size, line.text).to.be.at.least(m - 0.5);
            expect(line.y + line.size * 0.25, line.text).to.be.at.most(layout.height - m + 0.5);
          }
          const { chart } = layout;
          if (chart.height > 0) {
            expect(chart.x).to.be.at.least(m);
            expect(chart.y).to.be.at.least(m);
            expect(chart.x + chart.width).to.be.at.most(layout.width - m + 0.5);
            expect(chart.y + chart.height).to.be.at.most(layout.height - m + 0.5);
            expect(chart.height, 'the chart keeps room').to.be.at.least((layout.height - 2 * m) * 0.45);
            // Drawn at least as wide as a phone column, and zoomed so that its 11 px ticks are ≥ 24 px in the PNG.
            expect(chartDrawSize(layout).width).to.be.at.least(320);
            expect(11 * layout.zoom * px).to.be.at.least(24);
            for (const line of layout.lines) {
              const overlaps = line.y > chart.y && line.y - line.size < chart.y + chart.height && line.x < chart.x + chart.width && line.x + textWidth(line.text, line.size) > chart.x;
              expect(overlaps, `"${line.text}" on the chart`).to.equal(false);
            }
          }
          const all = layout.lines.map((l) => l.text).join('');
          expect(all).to.contain(t.lang === 'zh' ? '2025年目标' : 'Shanxi’s');
          expect(all).to.contain(t.lang === 'zh' ? '来源' : 'Source');
          if (t.figures?.length === 40) expect(all).to.match(/\d+ more in the full data/);
          if (t.figures?.length === 1) expect(all).to.contain('100多家');
        });
      }
    }
  });

  it('a landscape picture keeps the words that hold the figure: a long title over the whole width, the words beside the chart', () => {
    const gauge: PictureText = {
      title: '2025 target: Surveyed urban unemployment rate',
      words: 'Shanxi’s 2025 target for the surveyed urban unemployment rate: about 5.5%. Outcome: 5.1%: 0.4 percentage points below the target.',
      source: 'Source: 2025 Shanxi Provincial Government Work Report, as summarised by Shanxi Evening News',
      lang: 'en',
      wordsHoldFigures: true,
    };
    for (const t of [gauge, { ...gauge, title: '2025 target: Full-cost insurance coverage of grain crops' }]) {
      const layout = pictureLayout(t, DEFAULT_PALETTE, PICTURE_PRESETS.landscape);
      const said = layout.lines.map((l) => l.text).join(' ');
      expect(said, 'the qualifier and both numbers').to.contain('about 5.5%').and.contain('5.1%');
      const { chart, margin } = layout;
      expect(chartDrawSize(layout).width).to.be.at.least(320);
      expect(chart.height).to.be.at.least((layout.height - 2 * margin) * 0.45);
      for (const line of layout.lines) {
        const overlaps = line.y > chart.y && line.y - line.size < chart.y + chart.height && line.x < chart.x + chart.width && line.x + textWidth(line.text, line.size) > chart.x;
        expect(overlaps, `"${line.text}" on the chart`).to.equal(false);
        expect(line.x + textWidth(line.text, line.size), line.text).to.be.at.most(layout.width - margin + 0.5);
      }
    }
  });

  it('turns ECharts CSS into presentation attributes, keeping what the style said', () => {
    const echarts =
      '<svg width="100" height="50" xmlns="http://www.w3.org/2000/svg"><path d="M0 0" fill="#fff" class="zr0-cls-1 base"></path>' +
      `<text style="font-size:12px;font-family:'Noto Sans', sans-serif;font-weight:bold;" fill="#333" ecmeta_series_index="0">url(x) javascript: &lt;style&gt;</text>` +
      '<text style="font: italic bold 14px/1.5 &quot;Times New Roman&quot;, serif; fill: red; cursor: pointer">b</text>' +
      '<style><![CDATA[.zr0-cls-1:hover { fill: red; } .base { stroke: #000; opacity: 0.5 }]]></style></svg>';
    const svg = presentationSvg(echarts);
    expect(svgProblems(svg)).to.deep.equal([]);
    expect(svgProblems(echarts)).to.include.members(['a <style> element', 'a style attribute', 'a class attribute']);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const [path] = doc.querySelectorAll('path');
    expect(path!.getAttribute('stroke')).to.equal('#000');
    expect(path!.getAttribute('opacity')).to.equal('0.5');
    expect(path!.getAttribute('fill'), 'a :hover rule does not apply').to.equal('#fff');
    const [a, b] = doc.querySelectorAll('text');
    expect(a!.getAttribute('font-size')).to.equal('12px');
    expect(a!.getAttribute('font-family')).to.equal("'Noto Sans', sans-serif");
    expect(a!.getAttribute('font-weight')).to.equal('bold');
    expect(a!.hasAttribute('ecmeta_series_index')).to.equal(false);
    expect(a!.textContent, 'text stays text').to.equal('url(x) javascript: <style>');
    expect(b!.getAttribute('fill'), 'style wins over the attribute').to.equal('red');
    expect(b!.getAttribute('font-style')).to.equal('italic');
    expect(b!.getAttribute('font-size')).to.equal('14px');
    expect(b!.getAttribute('font-family')).to.equal("'Times New Roman', serif");
    expect(b!.hasAttribute('cursor')).to.equal(false);
  });

  it('writes what the server and the long image need: gradients, clips and masks from CSS; no outside url()', () => {
    const echarts =
      '<svg xmlns="http://www.w3.org/2000/svg"><defs><linearGradient id="g"><stop offset="0" style="stop-color:#c00;stop-opacity:0.5"/></linearGradient></defs>' +
      '<g style="clip-path:url(#c);mask:url(&quot;#m&quot;)"><path d="M0 0" style="fill:url(http://x/a.svg#p);stroke:url(#g)" pointer-events="none"/></g>' +
      '<STYLE>.a{fill:#111}</STYLE><text class="a">c</text></svg>';
    const svg = presentationSvg(echarts);
    expect(svgProblems(svg)).to.deep.equal([]);
    expect(svg).to.not.match(/style|class=/i);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelector('stop')!.getAttribute('stop-color')).to.equal('#c00');
    expect(doc.querySelector('stop')!.getAttribute('stop-opacity')).to.equal('0.5');
    expect(doc.querySelector('g')!.getAttribute('clip-path')).to.equal('url(#c)');
    expect(doc.querySelector('g')!.getAttribute('mask')).to.equal("url('#m')");
    const path = doc.querySelector('path')!;
    expect(path.hasAttribute('fill'), 'a url() outside the picture is dropped').to.equal(false);
    expect(path.getAttribute('stroke')).to.equal('url(#g)');
    expect(path.hasAttribute('pointer-events')).to.equal(false);
    expect(doc.querySelector('text')!.getAttribute('fill'), 'a <STYLE> rule in capitals applies too').to.equal('#111');
  });

  it('reads markup, not text: a label that mentions url( or javascript: is no problem; a real one is', () => {
    expect(svgProblems('<svg><text>url(http://x) javascript:alert(1) onload=</text></svg>')).to.deep.equal([]);
    expect(svgProblems('<svg><path fill="url(#g)"/><use href="#a"/></svg>')).to.deep.equal([]);
    expect(svgProblems('<svg><image href="http://x/a.png"/></svg>')).to.deep.equal(['a link outside the picture']);
    expect(svgProblems('<svg><path fill="url(\'http://x\')"/></svg>')).to.deep.equal(['a url() outside the picture']);
    expect(svgProblems('<svg><g onclick="x()"></g><script>1</script></svg>')).to.have.members(['an event handler', 'a script']);
    expect(svgProblems('<svg><foreignObject></foreignObject></svg>')).to.deep.equal(['foreignObject']);
  });

  it('makes text well-formed: a lone surrogate becomes U+FFFD, a whole emoji stays', () => {
    expect(wellFormed('a\ud83d b\ude00 c😀')).to.equal('a\ufffd b\ufffd c😀');
    const layout = pictureLayout({ ...text, title: '目标\ud83d' }, DEFAULT_PALETTE, PICTURE_PRESETS.square);
    const svg = pictureSvg('<svg width="1" height="1"><text>\udc00</text></svg>', layout);
    expect(() => encodeURIComponent(svg)).to.not.throw();
    expect(svg).to.contain('目标\ufffd');
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
    // Drawn at the inner width: the picture's margin on both sides.
    expect(inner.getAttribute('width')).to.equal(String(540 - 2 * 24));
    expect(inner.getAttribute('x')).to.equal('24');
    // Drawn at 1/1.25 of that and scaled up: its 11 px ticks are 27.5 px in the PNG.
    expect(inner.getAttribute('viewBox')).to.equal(`0 0 ${Math.round(492 / 1.25)} ${Math.round(inner.getAttribute('height')! as unknown as number / 1.25)}`);
    expect(inner.textContent, 'the scale of the gauge is in the picture').to.contain('8%');
    // It decodes as an image (what the PNG download draws).
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await image.decode();
    expect(image.naturalWidth).to.equal(540);
  });

  it('sets a short chart in a portrait or square frame as a desk would: grown to the width, centred in the room', async () => {
    for (const name of ['portrait', 'square'] as const) {
      const { svg } = await pictureDocument({
        runtime: runtime(),
        option: () => buildGaugeOption({ target: getTarget('urban-unemployment')! }, undefined, { lang: 'zh', palette: DEFAULT_PALETTE, animation: false }),
        theme: echartsTheme(DEFAULT_PALETTE),
        text,
        colors: DEFAULT_PALETTE,
        preset: PICTURE_PRESETS[name],
      });
      // The picture on the page, measured as a reader sees it.
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const shown = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
      document.body.append(shown);
      const frame = shown.getBoundingClientRect();
      const inner = shown.querySelector('svg')!;
      const drawn = [...inner.querySelectorAll<SVGGraphicsElement>('path, text')].filter((e) => {
        const fill = e.getAttribute('fill');
        const stroke = e.getAttribute('stroke');
        const paints = (c: string | null) => c && c !== 'none' && !/rgba\(0,\s*0,\s*0,\s*0\)|transparent/.test(c);
        return (paints(fill) && e.getAttribute('fill-opacity') !== '0') || paints(stroke);
      });
      const boxes = drawn.map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 || r.height > 0);
      const content = {
        left: Math.min(...boxes.map((r) => r.left)),
        right: Math.max(...boxes.map((r) => r.right)),
        top: Math.min(...boxes.map((r) => r.top)),
        bottom: Math.max(...boxes.map((r) => r.bottom)),
      };
      const lines = [...shown.querySelectorAll(':scope > g > text')].map((t) => t.getBoundingClientRect());
      const wordsBottom = Math.max(...lines.slice(0, -1).map((r) => r.bottom));
      const sourceTop = lines.at(-1)!.top;
      const margin = 24;
      const [room, width] = [sourceTop - wordsBottom, frame.width - 2 * margin];
      // It uses the frame: the gauge's width (its height, half a ring, is half that) fills the width between the margins.
      expect((content.right - content.left) / width, `${name}: the gauge's share of the width`).to.be.at.least(0.9);
      expect(content.left, name).to.be.at.least(frame.left + margin - 1);
      expect(content.right, name).to.be.at.most(frame.right - margin + 1);
      // And it sits in the middle of the room between the words and the source, not at its top.
      const [above, below] = [content.top - wordsBottom, sourceTop - content.bottom];
      expect(Math.abs(above - below) / room, `${name}: ${Math.round(above)} px above, ${Math.round(below)} px below`).to.be.at.most(0.1);
      shown.remove();
    }
  });

  it('without a chart, the picture is the words alone', () => {
    const layout = pictureLayout(text, DEFAULT_PALETTE, PICTURE_PRESETS.standard, 0);
    const doc = new DOMParser().parseFromString(pictureSvg('', layout), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelectorAll('text').length).to.equal(3);
  });
});

describe('downloads survive odd text and odd formats (issue 22 §3, §6)', () => {
  type Downloading = HTMLElement & { download(format: string): Promise<boolean>; updateComplete: Promise<boolean> };
  const mountEl = async (tag: string, attrs: Record<string, string>): Promise<Downloading> => {
    const el = document.createElement(tag) as Downloading;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.setAttribute('eager', '');
    const ready = oneEvent(el, 'sx-ready');
    document.body.append(el);
    await ready;
    return el;
  };
  const quietly = async <T>(run: () => Promise<T>): Promise<T> => {
    const errors = console.error;
    console.error = () => {};
    try {
      return await run();
    } finally {
      console.error = errors;
    }
  };
  before(() => executeServerCommand('sx-grant-clipboard'));
  afterEach(() => document.querySelectorAll('sx-target-gauge, sx-target-board').forEach((el) => el.remove()));

  // Every text attribute the elements take (ids and numbers are checked against the dataset and never drawn).
  const cases: { tag: string; attrs: Record<string, string> & { 'actual-label': string; lang?: string } }[] = [
    { tag: 'sx-target-gauge', attrs: { indicator: 'gdp-growth', actual: '5.2', 'actual-label': '国家统计局\ud83d' } },
    { tag: 'sx-target-gauge', attrs: { indicator: 'gdp-growth', actual: '5.2', 'actual-label': '\ude00NBS 2026', lang: 'en' } },
    { tag: 'sx-target-board', attrs: { actuals: 'gdp-growth:5.2, cpi:0.2', 'actual-label': '半个表情\ud83d：2026' } },
  ];
  for (const { tag, attrs } of cases) {
    it(`<${tag}> with a lone surrogate in actual-label (${attrs.lang ?? 'zh'}) makes every format`, async () => {
      const el = await mountEl(tag, attrs);
      expect(el.shadowRoot!.textContent).to.contain(attrs['actual-label'].replace(/[\ud800-\udfff]/g, '').slice(0, 3));
      const failures: string[] = [];
      el.addEventListener('sx-error', (e) => failures.push((e as CustomEvent<{ message: string }>).detail.message));
      for (const format of ['csv', 'json', 'png', 'svg', 'square', 'portrait', 'landscape', 'share', 'citation']) {
        expect(await quietly(() => el.download(format)), format).to.equal(true);
      }
      expect(failures).to.deep.equal([]);
    });
  }

  it('download("__proto__"), ("constructor") and other non-formats resolve false with download-failed, naming the format', async () => {
    const el = await mountEl('sx-target-gauge', { indicator: 'gdp-growth' });
    for (const format of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'gif']) {
      const error = oneEvent(el, 'sx-error');
      expect(await quietly(() => el.download(format)), format).to.equal(false);
      expect((await error).detail.code).to.equal('download-failed');
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role=alert]')!.textContent!;
      expect(alert).to.contain(format);
      expect(alert).to.not.contain('[object');
    }
    const error = oneEvent(el, 'sx-error');
    expect(await quietly(() => el.download(Object.create(null) as string))).to.equal(false);
    expect((await error).detail.code).to.equal('download-failed');
  });
});
