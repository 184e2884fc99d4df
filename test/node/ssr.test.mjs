// shanxi-report-charts/ssr in Node (node --test, after `npm run build`): what a reader without JavaScript gets.
/* global customElements, document */ // the DOM shim Lit installs in Node; document is deliberately missing
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseFragment } from 'parse5';
import { elementClass, renderElement, renderPage } from '../../dist/src/ssr/index.js';
import { assertPlainSvg, renderSvg } from '../../dist/src/ssr/picture-svg.js';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('dist/custom-elements.json', root), 'utf8'));
const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));

/** The shadow root's markup of the first element in `html`, parsed as the browser parses it. */
function shadowOf(html) {
  const host = parseFragment(html).childNodes.find((n) => n.tagName);
  const template = host.childNodes.find((n) => n.tagName === 'template');
  assert.ok(template, 'a declarative shadow root');
  assert.equal(template.attrs.find((a) => a.name === 'shadowrootmode')?.value, 'open');
  return template.content;
}
const all = (node, test, out = []) => {
  if (test(node)) out.push(node);
  for (const c of node.childNodes ?? []) all(c, test, out);
  if (node.content) all(node.content, test, out);
  return out;
};
const text = (node) =>
  node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(text).join('').replace(/\s+/g, ' ');
const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;
const byPart = (root, part) => all(root, (n) => attr(n, 'part') === part)[0];

/**
 * Valid attributes for each element: those its contract call in test/<element>.test.ts passes (every element has
 * one), else the first usage in the README.
 */
function examples() {
  const found = new Map();
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  for (const m of readme.matchAll(/<(sx-[a-z-]+)((?:\s+[a-z-]+="[^"{}]*")+)\s*>/g)) {
    if (!found.has(m[1])) found.set(m[1], Object.fromEntries([...m[2].matchAll(/([a-z-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));
  }
  for (const file of readdirSync(new URL('test/', root)).filter((f) => f.endsWith('.test.ts'))) {
    const source = readFileSync(new URL(`test/${file}`, root), 'utf8');
    const constant = /const TAG = '(sx-[a-z-]+)'/.exec(source)?.[1];
    for (const call of source.matchAll(/elementContract\(\{\s*tag: (?:TAG|'(sx-[a-z-]+)'),[\s\S]*?attrs: \{([^}]*)\}/g)) {
      const tag = call[1] ?? constant;
      const attrs = Object.fromEntries([...call[2].matchAll(/'?([a-z-]+)'?:\s*'([^']*)'/g)].map((a) => [a[1], a[2]]));
      if (tag) found.set(tag, attrs);
    }
  }
  return found;
}

describe('renderElement', () => {
  it('renders the gauge as the browser does: title, figures in words, table, source and a static SVG chart', async () => {
    const html = await renderElement('sx-target-gauge', { indicator: 'gdp-growth', actual: '5.4', 'actual-label': '国家统计局' });
    assert.match(html, /^<sx-target-gauge\s+indicator="gdp-growth" actual="5.4" actual-label="国家统计局"/);
    const shadow = shadowOf(html);
    assert.equal(text(byPart(shadow, 'title')).trim(), '2025年目标：地区生产总值增长');
    assert.match(text(byPart(shadow, 'summary')), /5%/);
    assert.match(text(shadow), /5\.4%/);
    assert.match(text(byPart(shadow, 'source')), /2025年山西省政府工作报告/);
    const cells = all(byPart(shadow, 'table'), (n) => n.tagName === 'td').map((n) => text(n).trim());
    assert.deepEqual(cells.slice(0, 2), ['5%', '5.4%']);
    const chart = byPart(shadow, 'chart');
    assert.equal(attr(chart, 'aria-hidden'), 'true');
    const [svg, ...drawings] = all(chart, (n) => n.tagName === 'svg');
    assert.ok(svg, 'an SVG in the chart box');
    assert.equal(attr(svg, 'data-widths'), '240 296 360 480 680', 'drawn at every default width');
    assert.equal(attr(svg, 'data-height'), '170', "the gauge's own chart height");
    assert.equal(attr(svg, 'width'), '100%');
    assert.deepEqual(drawings.map((d) => `${attr(d, 'data-width')} ${attr(d, 'viewBox')}`), ['240 0 0 240 170', '296 0 0 296 170', '360 0 0 360 170', '480 0 0 480 170', '680 0 0 680 170']);
    // The gauge's scale labels, drawn by ECharts as SVG text, in each drawing.
    for (const d of drawings) assert.ok(all(d, (n) => n.tagName === 'text').some((t) => text(t) === '6%'), 'the scale is drawn');
  });

  it('draws at the width asked for, in English and in the dark scheme', async () => {
    const html = await renderElement('sx-target-gauge', { indicator: 'gdp-growth' }, { width: 1080, lang: 'en', theme: 'dark' });
    assert.match(html, /^<sx-target-gauge\s+indicator="gdp-growth" lang="en" theme="dark"/, 'what the server decided is written on the element');
    const shadow = shadowOf(html);
    assert.match(text(byPart(shadow, 'title')), /GDP growth/);
    const [svg, drawing, ...more] = all(byPart(shadow, 'chart'), (n) => n.tagName === 'svg');
    assert.equal(attr(drawing, 'viewBox'), '0 0 1080 170');
    assert.equal(more.length, 0, 'one width asked for, one drawing');
    assert.match(attr(svg, 'data-colours'), /^#e6edf3 /, "drawn in the dark scheme's colours");
    assert.match(html, /fill="#6e7681"/, "the dark scheme's gauge track");
    // theme="Dark" is dark to the element's CSS (case-insensitive), so the server's picture is dark too.
    const upper = shadowOf(await renderElement('sx-target-gauge', { indicator: 'gdp-growth', theme: 'Dark' }));
    const upperSvg = all(byPart(upper, 'chart'), (n) => n.tagName === 'svg')[0];
    assert.match(attr(upperSvg, 'data-colours'), /^#e6edf3 /, 'theme="Dark" draws dark');
  });

  it("renders bad attributes as the element's own error state, and a statement target without a chart", async () => {
    const bad = shadowOf(await renderElement('sx-target-gauge', { indicator: 'gdp-growth', actual: '5,4' }));
    const alert = all(bad, (n) => attr(n, 'role') === 'alert')[0];
    assert.match(text(alert), /5,4/);
    assert.equal(all(bad, (n) => n.tagName === 'svg').length, 0);
    const unknown = shadowOf(await renderElement('sx-target-gauge', { indicator: 'nope' }, { lang: 'en' }));
    assert.match(text(all(unknown, (n) => attr(n, 'role') === 'alert')[0]), /nope/);
    const statement = shadowOf(await renderElement('sx-target-gauge', { indicator: 'foreign-trade' }));
    assert.equal(byPart(statement, 'chart'), undefined, 'nothing to chart: no chart box');
    assert.ok(byPart(statement, 'summary'));
  });

  it('throws for a tag the library does not define, and for a bad width', async () => {
    await assert.rejects(renderElement('sx-nope', {}), RangeError);
    await assert.rejects(renderElement('div', {}), RangeError);
    await assert.rejects(renderElement('sx-target-gauge', { indicator: 'cpi' }, { width: 0 }), RangeError);
  });

  it('never turns attribute values into markup', async () => {
    const evil = '"><script>alert(1)</script><img src=x onerror=alert(1)>';
    const html = await renderElement('sx-target-gauge', { indicator: 'gdp-growth', actual: '5', 'actual-label': evil });
    assert.doesNotMatch(html, /<script|<img/);
    assert.match(text(shadowOf(html)), /<script>alert\(1\)<\/script>/, 'the label is shown as text');
  });

  it('renders every element the library registers, with the attributes its contract uses', async () => {
    assert.ok(tags.length >= 2, `the manifest declares ${tags.length} tags`);
    const given = examples();
    for (const tag of tags) {
      assert.ok(elementClass(tag), `<${tag}> is registered by define.js`);
      // Without attributes: the element's own content or error state, never an exception.
      const empty = shadowOf(await renderElement(tag, {}));
      assert.ok(all(empty, (n) => n.tagName === 'figure' || attr(n, 'role') === 'alert').length > 0, `<${tag}> renders`);
      const attrs = given.get(tag);
      assert.ok(attrs, `<${tag}>: no contract call in test/ gives its attributes`);
      const shadow = shadowOf(await renderElement(tag, attrs));
      assert.equal(all(shadow, (n) => attr(n, 'role') === 'alert').length, 0, `<${tag} ${JSON.stringify(attrs)}> renders without error`);
      assert.ok(text(byPart(shadow, 'title')).trim(), `<${tag}> has a title`);
      const chart = byPart(shadow, 'chart');
      const pictures = chart ? chart.childNodes.filter((n) => n.tagName === 'svg') : [];
      if (chart) assert.equal(pictures.length, 1, `<${tag}> has its chart as one picture`);
      if (chart) assert.equal(pictures[0].childNodes.filter((n) => n.tagName === 'svg').length, 5, `<${tag}>: one drawing per default width`);
    }
  });
});

describe('an element whose code needs a browser', () => {
  it('is left for the browser to render, and the rest of the page renders', async () => {
    const { SxTargetGauge } = await import('../../dist/components/target-gauge/target-gauge.js');
    customElements.define('sx-needs-dom', class extends SxTargetGauge {
      willUpdate() {
        document.title = 'no document on the server';
      }
    });
    const warn = console.warn;
    const warnings = [];
    console.warn = (...args) => warnings.push(args.join(' '));
    try {
      const out = await renderPage('<sx-needs-dom indicator="cpi"></sx-needs-dom><sx-target-gauge indicator="cpi"></sx-target-gauge>');
      assert.match(out, /^<sx-needs-dom indicator="cpi"[^>]*><\/sx-needs-dom><sx-target-gauge indicator="cpi"[^>]*><template shadowroot="open" shadowrootmode="open">/);
      assert.match(warnings.join('\n'), /sx-needs-dom.*left for the browser/i);
    } finally {
      console.warn = warn;
    }
  });
});

describe('the static SVG', () => {
  it('is what ECharts writes, with text escaped, and anything scriptable is refused', async () => {
    const { runtime } = await import('../../dist/components/metric-bars/metric-bars.chart.js');
    const rt = runtime();
    await rt.loadRenderer('svg');
    const name = '<script>alert(1)</script>"onload="x';
    const svg = renderSvg(rt, { theme: {}, option: { xAxis: { type: 'category', data: [name] }, yAxis: {}, series: [{ type: 'bar', data: [1] }] } }, 300, 200);
    assert.doesNotMatch(svg, /<script/);
    assert.match(svg, /&lt;script&gt;/);
    assert.throws(() => assertPlainSvg('<svg ><script>x</script></svg>'));
    assert.throws(() => assertPlainSvg('<svg ><rect onclick="x"/></svg>'));
    assert.throws(() => assertPlainSvg('<div>'));
  });
});

describe('renderPage', () => {
  const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Article</title></head>
<body>
  <h1>Article &amp; charts</h1>
  <p>Before.</p>
  <sx-target-gauge indicator="gdp-growth"></sx-target-gauge>
  <section lang="zh-CN"><sx-project-list category="health" no-source></sx-project-list></section>
  <custom-thing a="1"></custom-thing>
  <p>After.</p>
</body>
</html>
`;

  it('fills in every element and leaves every other byte as it was', async () => {
    const out = await renderPage(page);
    const unrendered = out.replace(/<template shadowroot[\s\S]*?<\/template>(?=<\/sx-)/g, '');
    // What the server decided (language, scheme) is written on each element; the rest is as it was.
    assert.equal(unrendered.replace(/(<sx-[^>]*?)( lang="(en|zh)")? theme="light">/g, '$1>'), page);
    assert.equal((out.match(/shadowrootmode="open"/g) ?? []).length >= 2, true);
    assert.match(out, /<sx-target-gauge indicator="gdp-growth" lang="en"/, 'the page language, written on the element');
    assert.match(out, /GDP growth/);
    assert.match(out, /<sx-project-list category="health" no-source lang="zh"/, 'zh-CN on the section');
    assert.match(out, /卫生|医疗|健康/);
    assert.match(out, /<custom-thing a="1"><\/custom-thing>/);
  });

  it('draws each element at the size a function gives it', async () => {
    const out = await renderPage('<sx-target-gauge indicator="cpi" class="wide"></sx-target-gauge><sx-target-gauge indicator="cpi"></sx-target-gauge>', {
      width: (tag, attrs) => (attrs.class === 'wide' ? 900 : 400),
      height: (tag) => (tag === 'sx-target-gauge' ? 150 : undefined),
    });
    assert.deepEqual([...out.matchAll(/viewBox="0 0 (\d+) (\d+)"/g)].map((m) => `${m[1]}x${m[2]}`), ['900x150', '400x150']);
  });

  it("draws each width at the height the element's own styles give its chart box there", async () => {
    // <sx-project-list>: 300 px on a phone, 170 px from an element 560 px wide (a 528 px chart box, inside the
    // figure's 16 px padding), 124 px from 900: each drawing is laid out for its own box.
    const out = await renderPage('<sx-project-list></sx-project-list>');
    const svg = all(shadowOf(out), (n) => n.tagName === 'svg')[0];
    assert.equal(attr(svg, 'data-widths'), '240 296 360 480 680');
    assert.equal(attr(svg, 'data-heights'), '300 300 300 300 170');
    assert.equal(attr(svg, 'data-height'), '170', "the widest drawing's height");
    const drawn = (html) => [...html.matchAll(/data-width="(\d+)"[^>]*viewBox="0 0 (\d+) (\d+)"/g)].map((m) => `${m[2]}x${m[3]}`);
    assert.deepEqual(drawn(out), ['240x300', '296x300', '360x300', '480x300', '680x170']);
    const wide = await renderElement('sx-project-list', {}, { widths: [400, 560, 880] });
    assert.deepEqual(drawn(wide), ['400x300', '560x170', '880x124']);
    // The linked stylesheet gives the box the shown drawing's height, in the chart box's container queries; the
    // page's --sx-chart-height still wins.
    const css = readFileSync(new URL('dist/ssr/sx-project-list.css', root), 'utf8');
    const box = '.chart > svg[data-sx-static][data-heights="300 300 300 300 170"] { height: var(--sx-chart-height, ';
    assert.ok(css.includes(`@container (min-width: 480px) and (max-width: 679.98px) { .chart > svg[data-sx-static] > svg[data-width="480"] { display: inline; } ${box}300px); } }`), css);
    assert.ok(css.includes(`@container (min-width: 680px) { .chart > svg[data-sx-static] > svg[data-width="680"] { display: inline; } ${box}170px); } }`));
    // A height the page names is every drawing's, and the box's own (no stylesheet rule matches it).
    const named = await renderElement('sx-project-list', {}, { height: 200 });
    assert.deepEqual(drawn(named), ['240x200', '296x200', '360x200', '480x200', '680x200']);
    assert.match(named, /<svg width="100%" height="200" [^>]*data-heights="200 200 200 200 200"/);
  });

  it('draws a task map of one area as low as its one row, every other at the outline height', async () => {
    const drawn = (html) => [...html.matchAll(/data-width="(\d+)"[^>]*viewBox="0 0 (\d+) (\d+)"/g)].map((m) => Number(m[3]));
    assert.deepEqual(drawn(await renderElement('sx-task-map')), [210, 210, 210, 210, 210]);
    assert.deepEqual(drawn(await renderElement('sx-task-map', { area: '1' })), [48, 48, 48, 48, 48]);
  });

  it('is idempotent, renders fragments, and says which sx- tags it does not know', async () => {
    const once = await renderPage(page);
    assert.equal(await renderPage(once), once, 'an element already rendered is left alone');
    const warnings = [];
    const fragment = await renderPage('<p>x</p><sx-target-gauge indicator="cpi"></sx-target-gauge><sx-nope></sx-nope>', {
      lang: 'en',
      warn: (m) => warnings.push(m),
    });
    assert.match(fragment, /^<p>x<\/p><sx-target-gauge\s+indicator="cpi" lang="en"/);
    assert.match(fragment, /<sx-nope><\/sx-nope>$/);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /sx-nope/);
  });
});

describe('under a strict Content-Security-Policy', () => {
  const page = tags.map((t) => `<${t}${Object.entries(examples().get(t) ?? {}).map(([k, v]) => ` ${k}="${v}"`).join('')}></${t}>`).join('\n');

  it('writes no inline style: each shadow root links its stylesheet, charts use presentation attributes', async () => {
    const out = await renderPage(page);
    assert.doesNotMatch(out, /<style\b/i, 'no <style> element');
    assert.doesNotMatch(out, /\sstyle=/i, 'no style attribute');
    const roots = (out.match(/shadowrootmode="open"/g) ?? []).length;
    const links = [...out.matchAll(/shadowrootmode="open"><link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]);
    assert.ok(roots >= tags.length);
    assert.equal(links.length, roots, 'every shadow root starts with its stylesheet');
    for (const href of links) {
      const tag = /^\/shanxi-report-charts\/(sx-[a-z-]+)\.css$/.exec(href)?.[1];
      assert.ok(tag && tags.includes(tag), href);
      assert.ok(readFileSync(new URL(`dist/ssr/${tag}.css`, root), 'utf8').includes('@container'), `dist/ssr/${tag}.css is built`);
    }
    // The text keeps ECharts' size and font, as attributes.
    assert.match(out, /<text [^>]*font-size="12px"[^>]*font-family="[^"]+"/);
  });

  it('links where the site says, or writes the styles inline with its nonce', async () => {
    const linked = await renderElement('sx-target-gauge', { indicator: 'cpi' }, { stylesheets: 'https://example.org/sx/', nonce: 'a"b' });
    assert.match(linked, /<link rel="stylesheet" href="https:\/\/example.org\/sx\/sx-target-gauge.css" nonce="a&quot;b">/);
    const fn = await renderElement('sx-target-gauge', { indicator: 'cpi' }, { stylesheets: (tag) => `/css/${tag}.v2.css` });
    assert.match(fn, /href="\/css\/sx-target-gauge.v2.css"/);
    const inline = await renderElement('sx-target-gauge', { indicator: 'cpi' }, { stylesheets: false, nonce: 'r4nd0m' });
    assert.match(inline, /shadowrootmode="open"><style nonce="r4nd0m">\s*:host/);
    assert.doesNotMatch(inline, /<link/);
    assert.doesNotMatch(inline, /\sstyle=/, 'the chart still uses presentation attributes');
  });
});
