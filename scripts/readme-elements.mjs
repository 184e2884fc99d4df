// The README's element tables, made from dist/custom-elements.json (the manifest `npm run build` writes from
// the elements' JSDoc), so the docs cannot drift from the API.
//
//   node scripts/readme-elements.mjs           rewrite the block between <!-- elements:start --> and
//                                              <!-- elements:end --> in README.md (`npm run readme`)
//   node scripts/readme-elements.mjs --check   exit 1 when README.md is out of step (part of `npm test`)
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const readmeUrl = new URL('README.md', root);
const manifestUrl = new URL('dist/custom-elements.json', root);
const START = '<!-- elements:start -->';
const END = '<!-- elements:end -->';
const check = process.argv.includes('--check');

/** Text for a table cell: one line, pipes escaped. */
const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text === undefined || text === '' ? '' : `\`${cell(text)}\``);

function attributeTable(attributes) {
  const rows = attributes.map(
    (a) => `| ${code(a.name)} | ${code(a.fieldName)} | ${code(a.type?.text)} | ${code(a.default)} | ${cell(a.description)} |`,
  );
  return ['| attribute | property | type | default | description |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** `**Events:** `a` what a does · `b` …`, or nothing when there are none. */
function section(title, items, name, withDescriptions = true) {
  if (!items?.length) return [];
  const parts = items.map((i) => (withDescriptions && i.description ? `${name(i)} ${cell(i.description)}` : name(i)));
  return ['', `**${title}:** ${parts.join(withDescriptions ? ' · ' : ', ')}`];
}

/** The elements in the order package.json exports them (./target-gauge.js before ./project-list.js). */
function order(pkg, elements) {
  const keys = Object.keys(pkg.exports ?? {});
  const rank = (tag) => {
    const i = keys.indexOf(`./${tag.replace(/^sx-/, '')}.js`);
    return i === -1 ? keys.length : i;
  };
  return [...elements].sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName));
}

function render(manifest, pkg) {
  const elements = order(
    pkg,
    manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName)),
  );
  if (elements.length === 0) throw new Error('the manifest declares no custom elements');

  const inherited = (a) => a.inheritedFrom !== undefined;
  const shared = (elements[0].attributes ?? []).filter(inherited);
  const sharedNames = new Set(shared.map((a) => a.name));
  for (const el of elements) {
    const names = new Set((el.attributes ?? []).filter(inherited).map((a) => a.name));
    if ([...sharedNames].some((n) => !names.has(n)) || [...names].some((n) => !sharedNames.has(n))) {
      throw new Error(`<${el.tagName}> does not inherit the same attributes as <${elements[0].tagName}>`);
    }
  }

  const out = [
    START,
    '<!-- Made from dist/custom-elements.json by `npm run readme`; `npm test` fails when it is out of step. -->',
    '',
    '| element | what it shows | registered by |',
    '|---|---|---|',
    ...elements.map(
      (el) =>
        `| [\`<${el.tagName}>\`](#${el.tagName}) | ${cell(el.summary)}${el.zh?.summary ? `<br>${cell(el.zh.summary)}` : ''} | \`import 'shanxi-report-charts/${el.tagName.replace(/^sx-/, '')}.js'\` |`,
    ),
  ];
  for (const el of elements) {
    const own = (el.attributes ?? []).filter((a) => !inherited(a));
    const properties = (el.members ?? []).filter(
      (m) => m.kind === 'field' && !m.static && !m.privacy && !m.attribute && !m.readonly,
    );
    out.push('', `### ${el.tagName}`, '', cell(el.summary), ...(el.zh?.summary ? ['', cell(el.zh.summary)] : []), '', attributeTable(own));
    out.push('', 'and the [shared attributes](#shared-attributes).');
    out.push(
      ...section('Properties without an attribute', properties, (p) => `${code(p.name)} (${code(p.type?.text)})`),
      ...(el.events?.length
        ? ['', '| event | when |', '|---|---|', ...el.events.map((e) => `| ${code(e.name)} | ${cell(e.description)} |`)]
        : []),
      ...section('Slots', el.slots, (s) => (s.name ? code(s.name) : '(default)')),
      ...section('CSS parts', el.cssParts, (p) => code(p.name), false),
      ...section('CSS custom properties', el.cssProperties, (p) => code(p.name), false),
    );
  }
  out.push(
    '',
    '### Shared attributes',
    '',
    'Every element has these:',
    '',
    attributeTable(shared),
    '',
    'Set attributes in HTML, or the property of the same row from JavaScript. What each part and custom property',
    'is for is in `custom-elements.json` and, with the VS Code data above, in the editor.',
    END,
  );
  return out.join('\n');
}

try {
  const [readme, manifestText, pkgText] = await Promise.all([
    readFile(readmeUrl, 'utf8'),
    readFile(manifestUrl, 'utf8').catch(() => {
      throw new Error('dist/custom-elements.json is missing: run `npm run build` first');
    }),
    readFile(new URL('package.json', root), 'utf8'),
  ]);
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) throw new Error(`README.md needs ${START} … ${END}`);
  const block = render(JSON.parse(manifestText), JSON.parse(pkgText));
  const next = readme.slice(0, start) + block + readme.slice(end + END.length);
  if (check) {
    if (next !== readme) {
      console.error('readme-elements: README.md\'s element tables are out of step with dist/custom-elements.json: run `npm run readme`.');
      process.exitCode = 1;
    } else {
      console.log('readme-elements: README.md matches dist/custom-elements.json');
    }
  } else if (next !== readme) {
    await writeFile(readmeUrl, next, 'utf8');
    console.log(`readme-elements: rewrote the element tables in ${fileURLToPath(readmeUrl)}`);
  } else {
    console.log('readme-elements: README.md already matches');
  }
} catch (error) {
  console.error(`readme-elements: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
