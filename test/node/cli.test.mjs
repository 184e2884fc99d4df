// The command line (node --test, after `npm run build`): `render` on a file and on standard input, `image` as
// SVG and PNG. The PNG test checks that Chinese is drawn as glyphs: the title's characters, cut out of the
// picture, are many different shapes (no font draws nothing; a font without Chinese draws the same box for
// each: DejaVu Sans gives 7 different shapes among the 16, Noto Sans CJK 16).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const CLI = fileURLToPath(new URL('../../bin/shanxi-report-charts.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sx-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI; resolves with its exit code, stdout (a Buffer) and stderr. */
function cli(args, input) {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [CLI, ...args], { encoding: 'buffer', maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr: stderr.toString('utf8') }),
    );
    if (input !== undefined) child.stdin.end(input);
  });
}

describe('shanxi-report-charts render', () => {
  it('renders every element of an HTML file, and of standard input', async () => {
    const file = join(dir, 'in.html');
    writeFileSync(file, '<!doctype html><html lang="en"><body><h1>x</h1><sx-target-gauge indicator="urban-jobs"></sx-target-gauge></body></html>');
    const { code, stdout, stderr } = await cli(['render', file, '--width', '480']);
    assert.equal(code, 0, stderr);
    const out = stdout.toString('utf8');
    assert.match(out, /^<!doctype html><html lang="en"><body><h1>x<\/h1><sx-target-gauge indicator="urban-jobs" lang="en"/);
    assert.match(out, /<template shadowroot="open" shadowrootmode="open">/);
    assert.match(out, /450,000/);
    assert.match(out, /<svg width="100%" height="\d+" data-sx-static="" data-widths="480" data-width="480"/);
    const piped = await cli(['render', '-', '--lang', 'zh'], '<sx-target-gauge indicator="cpi"></sx-target-gauge>');
    assert.equal(piped.code, 0, piped.stderr);
    assert.match(piped.stdout.toString('utf8'), /2%左右/);
  });

  it('says what is wrong with its arguments', async () => {
    const missing = await cli(['render']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /render takes one file/);
    const theme = await cli(['render', '-', '--theme', 'blue'], '');
    assert.equal(theme.code, 2);
    assert.match(theme.stderr, /--theme must be/);
  });
});

describe('shanxi-report-charts image', () => {
  it('draws an SVG picture with the title, the words, the chart and the source', async () => {
    const { code, stdout, stderr } = await cli(['image', 'sx-target-gauge', 'indicator=gdp-growth', 'actual=5.4', '--format', 'svg', '--width', '1080', '--lang', 'en']);
    assert.equal(code, 0, stderr);
    const svg = stdout.toString('utf8');
    assert.match(svg, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1080" height="\d+" viewBox="0 0 540 /);
    assert.match(svg, />2025 target: GDP growth</);
    assert.match(svg, /5\.4%/);
    assert.match(svg, />Source: 2025 Shanxi Provincial Government Work Report/);
    assert.match(svg, /<svg x="24" y="[\d.]+" width="492" height="213" [^>]*viewBox="0 0 394 170"/, "the gauge, drawn at the element's chart height (170 px) and zoomed 1.25×, inside the margin");
  });

  it('refuses an unknown tag and bad attributes with the element\'s message', async () => {
    const tag = await cli(['image', 'sx-nope']);
    assert.equal(tag.code, 1);
    assert.match(tag.stderr, /<sx-nope> is not an element of this library/);
    const bad = await cli(['image', 'sx-target-gauge', 'indicator=gdp-growth', 'actual=5,4', '--lang', 'en']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /5,4/);
    assert.equal(bad.stdout.length, 0);
  });

  it('draws a PNG at the width asked for, with Chinese as glyphs', async () => {
    const { code, stdout, stderr } = await cli(['image', 'sx-target-gauge', 'indicator=gdp-growth', '--width', '1080', '--lang', 'zh']);
    assert.equal(code, 0, stderr);
    assert.deepEqual([...stdout.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG');
    const width = stdout.readUInt32BE(16);
    const height = stdout.readUInt32BE(20);
    assert.equal(width, 1080);
    // The PNG's pixels, read back through resvg (it decodes an embedded PNG).
    const page = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${stdout.toString('base64')}"/></svg>`;
    const pixels = new Resvg(page, { font: { loadSystemFonts: false } }).render().pixels;
    // The title line "2025年目标：地区生产总值增长": at 2× scale, its glyphs sit between y = 48 and y = 112 (a 48 px margin, 48 px type).
    const glyphs = glyphShapes(pixels, width, 48, 112);
    assert.ok(glyphs.count >= 12, `the title is drawn as ${glyphs.count} shapes`);
    assert.ok(glyphs.distinct >= 12, `${glyphs.distinct} different shapes among ${glyphs.count}: glyphs, not boxes`);
  });
});

/**
 * The shapes of one line of text: columns with ink, split where a blank column runs 3 px or more, each shape
 * reduced to its bitmap; how many there are and how many differ.
 */
function glyphShapes(pixels, width, top, bottom) {
  const ink = (x, y) => {
    const i = (y * width + x) * 4;
    return pixels[i + 3] > 128 && pixels[i] + pixels[i + 1] + pixels[i + 2] < 300;
  };
  const shapes = [];
  let start = -1;
  let blank = 0;
  for (let x = 0; x <= width; x++) {
    let column = false;
    for (let y = top; y < bottom && x < width; y++) column ||= ink(x, y);
    if (column) {
      if (start < 0) start = x;
      blank = 0;
    } else if (start >= 0 && ++blank >= 3) {
      const end = x - blank + 1;
      let bits = '';
      for (let y = top; y < bottom; y++) for (let cx = start; cx < end; cx++) bits += ink(cx, y) ? '1' : '0';
      shapes.push(`${end - start}:${bits}`);
      start = -1;
    }
  }
  return { count: shapes.length, distinct: new Set(shapes).size };
}

describe('shanxi-report-charts --help and options', () => {
  it('--help and -h print the usage with exit 0, alone and after a command', async () => {
    for (const args of [['--help'], ['-h'], ['image', '--help'], ['render', '-h']]) {
      const { code, stdout, stderr } = await cli(args);
      assert.equal(code, 0, `${args.join(' ')}: ${stderr}`);
      const text = stdout.toString('utf8');
      assert.match(text, /^Usage:\n {2}shanxi-report-charts render /, args.join(' '));
      assert.match(text, /image sx-report/);
      assert.match(text, /--format svg\|png/);
    }
  });

  it('an unknown option is an error that names it (exit 2); the picture is not written', async () => {
    const typo = await cli(['image', 'sx-target-gauge', 'indicator=gdp-growth', '--widht', '300']);
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /unknown option "--widht"/);
    assert.equal(typo.stdout.length, 0);
    const render = await cli(['render', '-', '--format=svg'], '<p></p>');
    assert.equal(render.code, 2);
    assert.match(render.stderr, /unknown option "--format"/);
    const short = await cli(['image', 'sx-report', '-x']);
    assert.equal(short.code, 2);
    assert.match(short.stderr, /unknown option "-x"/);
    const command = await cli(['draw']);
    assert.equal(command.code, 2);
    assert.match(command.stderr, /unknown command "draw"/);
  });

  it('--preset NAME gives a PNG of exactly the preset\'s pixels, whatever --width says', async () => {
    const sizes = { portrait: [1080, 1350], landscape: [1200, 675] };
    for (const [preset, [width, height]] of Object.entries(sizes)) {
      const { code, stdout, stderr } = await cli(['image', 'sx-stat', 'result=jinchuang-valley-contracts', '--preset', preset]);
      assert.equal(code, 0, `${preset}: ${stderr}`);
      assert.deepEqual([...stdout.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${preset}: a PNG`);
      // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
      assert.deepEqual([stdout.readUInt32BE(16), stdout.readUInt32BE(20)], [width, height], preset);
    }
  });

  it('--preset with a name it does not know is a usage error naming the presets; nothing is written', async () => {
    const { code, stdout, stderr } = await cli(['image', 'sx-stat', 'result=jinchuang-valley-contracts', '--preset', 'poster']);
    assert.equal(code, 2);
    assert.match(stderr, /--preset must be square or portrait or landscape, not "poster"/);
    assert.equal(stdout.length, 0);
  });
});

/** The words of an SVG's text elements, entities decoded, in document order. */
function svgWords(svg) {
  const decode = (s) =>
    s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&(lt|gt|quot|apos|amp);/g, (_, e) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]);
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1]));
}

describe('shanxi-report-charts image sx-report: the long image (长图)', () => {
  const data = import('../../dist/data/index.js');
  const format = import('../../dist/src/format/index.js');
  const stat = import('../../dist/components/stat/stat.card.js');

  for (const lang of ['zh', 'en']) {
    it(`${lang}: every target, area, task, project and 2024 result is in the SVG's text; no <style>, style, class or script`, async () => {
      const { code, stdout, stderr } = await cli(['image', 'sx-report', '--format', 'svg', '--width', '1080', '--lang', lang]);
      assert.equal(code, 0, stderr);
      const svg = stdout.toString('utf8');
      assert.match(svg, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1080" height="\d+" viewBox="0 0 1080 \d+"/);
      assert.doesNotMatch(svg, /<style/i, 'no <style> element');
      assert.doesNotMatch(svg, /\sstyle=/i, 'no style attribute');
      assert.doesNotMatch(svg, /\sclass=/i, 'no class');
      assert.doesNotMatch(svg, /<script|<foreignObject|\shref=|javascript:/i, 'no script, foreign content or link');
      // The lines of a wrapped text follow each other: joined, they give the text back.
      const joined = (lang === 'zh' ? svgWords(svg).join('') : svgWords(svg).join(' ')).replace(/\s+/g, ' ');
      const norm = (s) => s.replace(/\s+/g, ' ').trim();
      const missing = [];
      const find = (what, text) => {
        if (!joined.includes(norm(text))) missing.push(`${what}: ${text}`);
      };
      const { targets, taskAreas, projects, results } = await data;
      const { formatTargetValue, formatQuantity } = await format;
      const { statValue, milestoneDetail } = await stat;
      for (const t of targets) {
        find('target', t.label[lang]);
        find('target value', formatTargetValue(t, lang));
      }
      for (const a of taskAreas) {
        find('area', a.title[lang]);
        for (const g of a.groups) for (const item of g.items) find('task', item[lang]);
      }
      for (const p of projects) {
        find('project', p.title[lang]);
        for (const q of p.quantities) find('project figure', formatQuantity(q, lang));
      }
      for (const r of results) {
        find('result', r.label[lang]);
        if (r.kind === 'figure') find('result figure', statValue(r, lang));
        else {
          // A milestone's description is shown where it adds to its headline (one voice), as on screen.
          const detail = milestoneDetail(r, lang);
          if (detail) find('milestone', detail);
        }
      }
      assert.deepEqual(missing, []);
      // No text under 24 px: the picture's own at its size, a chart's at its size times the chart's scale.
      // A chart's font-size as ECharts wrote it in CSS ("12px", src/chart/svg-attributes.ts keeps the unit), the picture's own unitless.
      const sizes = (part, scale) => [...part.matchAll(/<text [^>]*font-size="([\d.]+)(?:px)?"[^>]*>([^<]*)</g)].map((m) => ({ size: Number(m[1]) * scale, text: m[2] }));
      const own = sizes(svg.slice(0, svg.indexOf('<svg x=')), 1);
      const charts = [...svg.matchAll(/<svg x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="[\d.]+" viewBox="0 0 ([\d.]+) [\d.]+">([\s\S]*?)<\/svg>/g)];
      assert.ok(charts.length >= 5, `${charts.length} charts`);
      const inCharts = charts.flatMap((m) => sizes(m[3], Number(m[1]) / Number(m[2])));
      assert.ok(own.length > 200 && inCharts.length > 30, `${own.length} texts, ${inCharts.length} in charts`);
      assert.ok(inCharts.every((t) => t.size > 0), 'every chart text has a font-size attribute');
      assert.deepEqual([...own, ...inCharts].filter((t) => t.size < 24), []);
    });
  }

  it('draws only the sections asked for, in the order asked, and says what is wrong with a bad one', async () => {
    const { code, stdout, stderr } = await cli(['image', 'sx-report', 'sections=targets,results', '--format', 'svg', '--lang', 'en']);
    assert.equal(code, 0, stderr);
    const words = svgWords(stdout.toString('utf8'));
    const targets = words.indexOf('Main targets for 2025');
    const results = words.indexOf('The 2024 report card');
    assert.ok(targets > 0 && results > targets, `targets at ${targets}, results at ${results}`);
    assert.equal(words.includes('Seven key task areas'), false);
    const bad = await cli(['image', 'sx-report', 'sections=results,charts', '--format', 'svg']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /charts/);
    assert.equal(bad.stdout.length, 0);
  });

  it('as a PNG 1080 px wide', async () => {
    const { code, stdout, stderr } = await cli(['image', 'sx-report', 'sections=targets', '--format', 'png', '--width', '1080']);
    assert.equal(code, 0, stderr);
    assert.deepEqual([...stdout.subarray(1, 4)], [0x50, 0x4e, 0x47]);
    assert.equal(stdout.readUInt32BE(16), 1080);
    assert.ok(stdout.readUInt32BE(20) > 1000, 'a long picture');
  });
});
