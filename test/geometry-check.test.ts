/**
 * The geometry check's own test (test/geometry-check.ts): hand-made pictures and pages whose faults are known,
 * so that a check which stopped seeing a fault would fail here, whatever the elements do.
 */
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { overlaps, pictureProblems, samePictures, screenProblems } from './geometry-check.js';

const FONT = 'font-family="Noto Sans CJK SC, sans-serif"';
/** A 540-unit picture drawn at 2× (1080 px), its texts given as [x, y, size, text]. */
const picture = (texts: [number, number, number, string][], height = 540, width = 1080) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height * 2}" viewBox="0 0 540 ${height}">` +
  texts.map(([x, y, size, t]) => `<text x="${x}" y="${y}" font-size="${size}" ${FONT}>${t}</text>`).join('') +
  `</svg>`;

describe('the geometry check', () => {
  afterEach(() => document.body.replaceChildren());

  it('passes a square picture whose texts keep the margin, the size and their distance', () => {
    const svg = picture([
      [30, 60, 16, '新能源和清洁能源装机占比'],
      [30, 100, 12, '来源：2025年山西省政府工作报告'],
    ]);
    expect(pictureProblems({ format: 'square', svg }, 'x')).to.deep.equal([]);
  });

  it('names a text in the margin, ending in …, too small, on another, broken at the wrong place, and a wrong size', () => {
    const svg = picture(
      [
        [5, 60, 16, '其他装机：50.3%'],
        [30, 120, 16, '预计20…'],
        [30, 200, 9, 'small'],
        [30, 300, 14, 'Target: about 5.5%'],
        [34, 302, 14, '0%'],
        [30, 360, 14, '其余（目标未作要求'],
        [30, 400, 14, '）：至多40%'],
        [30, 440, 14, 'Shanxi’ s main targets'],
      ],
      500,
    );
    const problems = pictureProblems({ format: 'share', svg }, 'sx-x 360 zh');
    const has = (re: RegExp) => expect(problems.some((p) => re.test(p)), `${re} in\n${problems.join('\n')}`).to.equal(true);
    has(/^sx-x 360 zh picture "share": 1080×1000 is none of square 1080×1080/);
    has(/"其他装机：50\.3%" runs \d+ px past the left edge of the picture's 48 px margin/);
    has(/"预计20…" ends in …/);
    has(/"small" is 18 px, under 24 px/);
    has(/"Target: about 5\.5%" sits on "0%"/);
    has(/"）：至多40%" starts a line with closing punctuation/);
    has(/"Shanxi’ s main targets" has a space inside a possessive/);
  });

  it('judges a picture of no platform size as if shown 1080 px wide, and checks a PNG and its SVG once', () => {
    // 720 units wide: a 12-unit text is 18 px at 1080, a 30-unit margin 45 px.
    const svg = (w: number) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${w / 2}" viewBox="0 0 720 360"><text x="30" y="60" font-size="12" ${FONT}>图</text></svg>`;
    const once = samePictures([
      { format: 'png', svg: svg(1440) },
      { format: 'svg', svg: svg(720) },
    ]);
    expect(once.map((p) => p.format)).to.deep.equal(['png, svg']);
    const problems = pictureProblems(once[0]!, 'x');
    expect(problems.some((p) => /"图" runs \d+ px past the left edge/.test(p))).to.equal(true);
    expect(problems.some((p) => /"图" is 18 px, under 24 px \(shown 1080 px wide\)/.test(p))).to.equal(true);
    expect(problems.some((p) => /none of/.test(p)), 'png and svg may have any size').to.equal(false);
  });

  it('a sliver is no overlap; a real one is', () => {
    const a = { left: 0, top: 0, right: 100, bottom: 12 };
    expect(overlaps(a, { left: 99.5, top: 0, right: 150, bottom: 12 })).to.equal(false);
    expect(overlaps(a, { left: 0, top: 11.9, right: 100, bottom: 24 })).to.equal(false);
    expect(overlaps(a, { left: 80, top: 4, right: 120, bottom: 16 })).to.equal(true);
  });

  it('on screen: names a chart text cut at the chart edge or mid-word, a box wider than the column, and a CSS ellipsis', () => {
    const column = document.createElement('div');
    column.style.width = '320px';
    const host = document.createElement('div');
    render(
      html`<div part="chart" style="width:300px;height:100px;position:relative">
          <svg width="300" height="100" style="overflow:visible">
            <text x="250" y="50" font-size="12">预计2000亿元</text>
            <text x="10" y="50" font-size="9">0%</text>
            <text x="10" y="80" font-size="12">Dee</text>
            <text x="100" y="80" font-size="12">Unlock consumer</text>
          </svg>
        </div>
        <p>Deepen reform. Unlock consumer spending.</p>
        <div style="width:400px">wide</div>
        <p style="width:60px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis">2024年成绩单：很长的一句话</p>`,
      host.attachShadow({ mode: 'open' }),
    );
    column.append(host);
    document.body.append(column);
    const problems = screenProblems(host, 'sx-x 320 zh');
    const has = (re: RegExp) => expect(problems.some((p) => re.test(p)), `${re} in\n${problems.join('\n')}`).to.equal(true);
    has(/^sx-x 320 zh: "预计2000亿元" runs \d+ px past the right edge of the chart$/);
    has(/"0%" is 9 px, under 11 px/);
    has(/<div> spans 0 px to 400 px of the 320 px column/);
    has(/"2024年成绩单：很长的一句话" is cut with … \(text-overflow\)/);
    has(/"Dee" has "Dee", no whole word of the element's text/);
    expect(problems.some((p) => p.includes('"Unlock consumer"')), 'whole words are whole').to.equal(false);
  });
});
