// renderPage and the `render` command on pages that static-site pipelines really send (issue 22 §2, §4): Vue, Alpine
// and Angular attribute syntax on the elements, and sx- tags inside inline SVG and MathML. Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse, parseFragment } from 'parse5';
import { renderPage } from '../../dist/src/ssr/index.js';

const bin = fileURLToPath(new URL('../../bin/shanxi-report-charts.js', import.meta.url));

/** Framework attributes, one per element, as Vue, Alpine and Angular templates write them (HTML lower-cases names). */
const FRAMEWORK_ATTRIBUTES = [
  ['@click', 'open = true'],
  [':theme', 'dark ? "dark" : "light"'],
  ['[lang]', 'locale'],
  ['(sx-select)', 'picked($event)'],
  ['x-on:click', 'open = !open'],
  ['v-bind:actual', 'gdp'],
  ['#gauge', ''],
  ['v-if', 'show'],
  ['x-data', '{ open: false }'],
  ['*ngif', 'shown'],
  ['.prop', 'value'],
];

const escape = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** A page with one gauge per framework attribute, each also holding a valid `indicator`. */
const frameworkPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Framework page</title></head>
<body>
${FRAMEWORK_ATTRIBUTES.map(([name, value], i) => `<sx-target-gauge id="g${i}" ${name}="${escape(value)}" indicator="gdp-growth"></sx-target-gauge>`).join('\n')}
<sx-project-list @sx-select="pick" category="health"></sx-project-list>
</body></html>
`;

const elements = (node, out = []) => {
  if (node.tagName?.startsWith('sx-')) out.push(node);
  for (const c of node.childNodes ?? []) elements(c, out);
  return out;
};
const shadowRoot = (el) => el.childNodes.find((c) => c.tagName === 'template' && c.attrs.some((a) => a.name === 'shadowrootmode'));
const text = (node) => (node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(text).join(''));
const shadowText = (el) => text(shadowRoot(el).content).replace(/\s+/g, ' ');

describe('renderPage on framework templates (issue 22 §2)', () => {
  it('renders every element from the rest of its attributes and keeps the framework attributes as written', async () => {
    const out = await renderPage(frameworkPage);
    const found = elements(parse(out));
    assert.equal(found.length, FRAMEWORK_ATTRIBUTES.length + 1);
    FRAMEWORK_ATTRIBUTES.forEach(([name, value], i) => {
      const el = found[i];
      assert.ok(shadowRoot(el), `${name}: a declarative shadow root`);
      assert.match(shadowText(el), /GDP growth/, `${name}: the gauge's words`);
      assert.equal(el.attrs.find((a) => a.name === name)?.value, value, `${name} kept, with its value`);
      assert.equal(el.attrs.find((a) => a.name === 'indicator')?.value, 'gdp-growth');
    });
    assert.ok(shadowRoot(found.at(-1)), 'the project list renders too');
    assert.equal(found.at(-1).attrs.find((a) => a.name === '@sx-select')?.value, 'pick');
  });

  it('a framework attribute never changes what the element shows: bound values are not the element’s', async () => {
    const out = await renderPage('<sx-target-gauge :actual="gdp" actual="5.4" indicator="gdp-growth" lang="en"></sx-target-gauge>');
    const [el] = elements(parseFragment(out));
    assert.match(shadowText(el), /5\.4%/);
    assert.match(out, /^<sx-target-gauge [^>]*:actual="gdp"/);
  });

  it('the render command renders such a page and exits 0', async () => {
    const child = execFile(process.execPath, [bin, 'render', '-']);
    const stdout = [];
    child.stdout.on('data', (d) => stdout.push(d));
    child.stdin.end(frameworkPage);
    const code = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(code, 0);
    const out = stdout.join('');
    assert.equal((out.match(/shadowrootmode="open"/g) ?? []).length, FRAMEWORK_ATTRIBUTES.length + 1);
    assert.match(out, /x-on:click="open = !open"/);
  });
});

describe('renderPage leaves sx- tags in foreign content alone (issue 22 §4)', () => {
  it('an sx- tag inside inline <svg> or <math> gets no shadow root and no added attributes; one in <foreignObject> does', async () => {
    const page = `<h1>Title</h1>
<svg viewBox="0 0 10 10"><sx-target-gauge indicator="gdp-growth"></sx-target-gauge><g><sx-stat result="new-enterprises"></sx-stat></g></svg>
<math><mi>x</mi><sx-target-gauge indicator="cpi"></sx-target-gauge></math>
<svg><foreignObject width="300" height="300"><sx-target-gauge indicator="urban-jobs"></sx-target-gauge></foreignObject></svg>`;
    const warnings = [];
    const out = await renderPage(page, { warn: (m) => warnings.push(m) });
    const foreign = page.slice(0, page.indexOf('<svg><foreignObject'));
    assert.equal(out.slice(0, foreign.length), foreign, 'the svg and math parts byte for byte');
    assert.equal((out.match(/shadowrootmode/g) ?? []).length, 1, 'only the element an HTML parser upgrades');
    assert.match(out, /<foreignObject width="300" height="300"><sx-target-gauge indicator="urban-jobs"[^>]*><template [^>]*shadowrootmode="open"/);
    assert.deepEqual(warnings, [], 'no "unknown tag" warning for foreign content');
  });
});
