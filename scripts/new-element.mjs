// `npm run new-element NAME`: a new element as one folder plus blanks to fill in (issue 21 §3).
//
//   npm run new-element growth-line              <sx-growth-line>, a chart element (extends SxChartElement)
//   npm run new-element growth-line -- --text    a text-only element (extends SxFigureElement): no chart module
//   npm run new-element growth-line -- --dry-run says what it would create and change, and changes nothing
//
// It writes, from the templates in scripts/new-element/:
//   components/NAME/NAME.ts          the class, with its JSDoc (the manifest, the README table, the VS Code data)
//   components/NAME/NAME.styles.ts   its styles
//   components/NAME/NAME.option.ts   its ECharts option, from words and numbers only (not with --text)
//   components/NAME/NAME.chart.ts    the ECharts modules it loads on demand (not with --text)
//   components/NAME/define.ts        registers the tag
//   test/NAME.test.ts                the contract every element passes (test/contract.ts)
//   demo/NAME.ts                     its section of the demo page
// The placeholder element shows one 2025 target (`indicator`), so that it compiles, renders and passes the
// contract as it is; every blank to fill in says TODO.
//
// and makes every registration outside the folder, each at the end of the list it joins:
//   package.json         "exports" (./NAME.js) and "sideEffects" (its define module registers a tag)
//   src/define-all.ts    imports its define module, re-exports defineName()
//   src/index.ts         exports the class
//   scripts/check-pack.mjs  its chart chunk's budget and its closure budget (not with --text)
//   demo/demo.ts         imports its section and puts it on the page
//   bench/html.mjs       the bench's every-element page (scenario 5c)
//   test/geometry-fixtures.ts  the geometry check (nothing cut, nothing overlapping) every element passes
//   README.md            the element table, made again from the manifest (`npm run build:manifest`, `npm run readme`)
// Nothing else needs a line: the manifest, the CDN build and check-pack find a new folder (and its .chart.ts) by
// themselves, and `indicator` (like result, project, category, topic, set and area) already has its values in
// custom-elements-manifest.config.mjs.
//
// Every edit is worked out before anything is written: a name that is taken, or a file whose anchor moved,
// stops it with nothing changed. It does not run twice for one name.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const templates = fileURLToPath(new URL('./new-element/', import.meta.url));

const USAGE = 'usage: npm run new-element NAME [-- --text] [-- --dry-run]   (NAME: lowercase words joined by hyphens, e.g. growth-line)';

class Refusal extends Error {}

/** The TypeScript parser, loaded once a name has passed (a refusal should not wait for it). */
let ts;

/** `growth-line` → { name, tag: 'sx-growth-line', Name: 'GrowthLine', camel: 'growthLine' }. */
function names(name) {
  const Name = name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
  return { name, tag: `sx-${name}`, Name, camel: Name[0].toLowerCase() + Name.slice(1) };
}

/**
 * Fills a template: `{{name}}`, `{{Name}}`, `{{camel}}`, `{{Base}}`; `{{#chart}}…{{/chart}}` only for a chart
 * element, `{{^chart}}…{{/chart}}` only for a text-only one. A block on lines of its own leaves no empty line.
 */
function fill(template, values, chart) {
  const blocks = /^[ \t]*\{\{([#^])chart\}\}\n([\s\S]*?)^[ \t]*\{\{\/chart\}\}\n|\{\{([#^])chart\}\}([\s\S]*?)\{\{\/chart\}\}/gm;
  const text = template.replace(blocks, (_, lineKind, lineBody, kind, body) =>
    ((lineKind ?? kind) === '#') === chart ? (lineBody ?? body) : '',
  );
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key) => {
    if (!(key in values)) throw new Error(`template: unknown {{${key}}}`);
    return values[key];
  });
}

// ---- Edits at anchors in TypeScript and JavaScript sources, found with the TypeScript parser ----

const parse = (file, text) =>
  ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);

/** Every node of a source file, depth first. */
function nodes(source) {
  const out = [];
  const visit = (node) => {
    out.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The initializer of `const <name> = …` (anywhere in the file, inside a function too), or a refusal. */
function initializer(file, source, name, isKind) {
  const decl = nodes(source).find((n) => ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === name);
  const init = decl?.initializer;
  if (!init || !isKind(init)) throw new Refusal(`${file}: no \`const ${name} = …\` of the expected shape to add to (has it moved?)`);
  return init;
}

const lineStart = (text, pos) => text.lastIndexOf('\n', pos - 1) + 1;
const indentAt = (text, pos) => /^[ \t]*/.exec(text.slice(lineStart(text, pos)))[0];

/**
 * Adds `item` as the last element of an array literal or the last property of an object literal, in the list's
 * own layout: on a line of its own when the list has one item a line, else after a comma on the same line.
 */
function appendTo(text, list, item) {
  const items = ts.isArrayLiteralExpression(list) ? list.elements : list.properties;
  const last = items[items.length - 1];
  if (!last) throw new Refusal('an empty list: nothing to follow');
  const afterLast = text.slice(last.end, list.end - 1);
  const trailingComma = /^\s*,/.test(afterLast);
  const multiline = text.slice(list.getStart(), last.getStart()).includes('\n');
  if (multiline) {
    const at = trailingComma ? last.end + afterLast.indexOf(',') + 1 : last.end;
    const insert = `${trailingComma ? '' : ','}\n${indentAt(text, last.getStart())}${item}${trailingComma ? ',' : ''}`;
    return text.slice(0, at) + insert + text.slice(at);
  }
  return `${text.slice(0, last.end)}, ${item}${text.slice(last.end)}`;
}

/** Inserts `line` on a line of its own after the last top-level statement `matches` picks. */
function afterLastStatement(file, text, source, matches, line) {
  const found = source.statements.filter(matches);
  const last = found[found.length - 1];
  if (!last) throw new Refusal(`${file}: found no statement to add \`${line}\` after (has it moved?)`);
  return `${text.slice(0, last.end)}\n${line}${text.slice(last.end)}`;
}

const specifierOf = (statement) =>
  (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
    ? statement.moduleSpecifier.text
    : undefined;

// ---- What a new element changes ----

/** The edits to files outside the element's folder: [{ file, what, edit(text) → text }]. */
function outsideEdits({ name, tag, Name, camel }, chart) {
  const define = `../components/${name}/define.js`;
  const edits = [
    {
      file: 'package.json',
      what: `"exports" gets "./${name}.js"; "sideEffects" gets its define module`,
      edit(text) {
        const pkg = JSON.parse(text);
        const subpath = `./${name}.js`;
        const built = `./dist/components/${name}/define.js`;
        if (pkg.exports[subpath]) throw new Refusal(`package.json already exports "${subpath}"`);
        if (!Array.isArray(pkg.sideEffects)) throw new Refusal('package.json: "sideEffects" is not a list');
        const isElement = (key) => /^\.\/dist\/components\/[^/]+\/define\.js$/.test(pkg.exports[key]?.default ?? '');
        const keys = Object.keys(pkg.exports);
        const after = keys.filter(isElement).pop();
        if (!after) throw new Refusal('package.json: no element in "exports" to add after');
        const exports = {};
        for (const key of keys) {
          exports[key] = pkg.exports[key];
          if (key === after) exports[subpath] = { types: `./dist/components/${name}/define.d.ts`, default: built };
        }
        pkg.exports = exports;
        const lastDefine = pkg.sideEffects.findLastIndex((f) => /^\.\/dist\/components\/[^/]+\/define\.js$/.test(f));
        if (lastDefine === -1) throw new Refusal('package.json: no element define module in "sideEffects" to add after');
        pkg.sideEffects.splice(lastDefine + 1, 0, built);
        return `${JSON.stringify(pkg, null, 2)}\n`;
      },
    },
    {
      file: 'src/define-all.ts',
      what: `imports ${define}; re-exports define${Name}()`,
      edit(text, file) {
        const isDefine = (s) => /^\.\.\/components\/[^/]+\/define\.js$/.test(specifierOf(s) ?? '');
        let out = afterLastStatement(file, text, parse(file, text), (s) => ts.isImportDeclaration(s) && isDefine(s), `import '${define}';`);
        out = afterLastStatement(file, out, parse(file, out), (s) => ts.isExportDeclaration(s) && isDefine(s), `export { define${Name} } from '${define}';`);
        return out;
      },
    },
    {
      file: 'src/index.ts',
      what: `exports Sx${Name}`,
      edit: (text, file) =>
        afterLastStatement(
          file,
          text,
          parse(file, text),
          (s) => ts.isExportDeclaration(s) && /^\.\.\/components\//.test(specifierOf(s) ?? ''),
          `export { Sx${Name} } from '../components/${name}/${name}.js';`,
        ),
    },
  ];
  if (chart) {
    edits.push({
      file: 'scripts/check-pack.mjs',
      what: `budgets for ${name}.chart-*.js (10 kB gzip) and for it with its ECharts chunks (180 kB): TODO measure, then tighten`,
      edit(text, file) {
        const isObject = ts.isObjectLiteralExpression;
        let out = appendTo(text, initializer(file, parse(file, text), 'BUDGET_KB', isObject), `'${name}.chart-': 10`);
        out = appendTo(out, initializer(file, parse(file, out), 'CLOSURE_BUDGET_KB', isObject), `'${name}': 180`);
        return out;
      },
    });
  }
  edits.push(
    {
      file: 'demo/demo.ts',
      what: `imports ${camel}Demo from ./${name}.js and shows its section`,
      edit(text, file) {
        const isSection = (s) => ts.isImportDeclaration(s) && /^\.\/[^/]+\.js$/.test(specifierOf(s) ?? '') && /Demo\b/.test(s.getText());
        let out = afterLastStatement(file, text, parse(file, text), isSection, `import { ${camel}Demo } from './${name}.js';`);
        out = appendTo(out, initializer(file, parse(file, out), 'moduleSections', ts.isArrayLiteralExpression), `${camel}Demo(kit)`);
        return out;
      },
    },
    {
      file: 'bench/html.mjs',
      what: `<${tag}> on the every-element page (scenario 5c)`,
      edit: (text, file) =>
        appendTo(text, initializer(file, parse(file, text), 'all', ts.isArrayLiteralExpression), `'<${tag} indicator="fixed-asset-investment" eager></${tag}>'`),
    },
    {
      file: 'test/geometry-fixtures.ts',
      what: `a fixture for <${tag}>`,
      edit: (text, file) =>
        appendTo(text, initializer(file, parse(file, text), 'GEOMETRY_FIXTURES', ts.isArrayLiteralExpression), `{ tag: '${tag}', attrs: { indicator: 'fixed-asset-investment' } }`),
    },
  );
  return edits;
}

/** The new files: [{ file, template }]. */
function newFiles({ name }, chart) {
  const own = (suffix, template) => ({ file: `components/${name}/${name}${suffix}`, template });
  return [
    own('.ts', 'element.ts.tmpl'),
    own('.styles.ts', 'styles.ts.tmpl'),
    ...(chart ? [own('.option.ts', 'option.ts.tmpl'), own('.chart.ts', 'chart.ts.tmpl')] : []),
    { file: `components/${name}/define.ts`, template: 'define.ts.tmpl' },
    { file: `test/${name}.test.ts`, template: 'test.ts.tmpl' },
    { file: `demo/${name}.ts`, template: 'demo.ts.tmpl' },
  ];
}

/** Why `name` cannot be a new element, or undefined. */
function problemWith(name) {
  if (!name) return 'no NAME given';
  if (/^sx-/.test(name)) return `give the name without "sx-": ${name.slice(3)}`;
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) return `"${name}" is not lowercase words joined by single hyphens (a letter first)`;
  if (existsSync(join(root, 'components', name))) return `components/${name} exists: <sx-${name}> is taken`;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (pkg.exports?.[`./${name}.js`]) return `package.json already exports "./${name}.js"`;
  return undefined;
}

async function run(argv) {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const unknown = [...flags].filter((f) => !['--text', '--dry-run', '--help'].includes(f));
  const positional = argv.filter((a) => !a.startsWith('--'));
  if (flags.has('--help')) return console.log(USAGE);
  if (unknown.length || positional.length > 1) throw new Refusal(`unknown ${[...unknown, ...positional.slice(1)].join(' ')}\n${USAGE}`);
  const [name] = positional;
  const problem = problemWith(name);
  if (problem) throw new Refusal(`${problem}\n${USAGE}`);
  const chart = !flags.has('--text');
  const dry = flags.has('--dry-run');
  const n = names(name);
  const values = { ...n, Base: chart ? 'SxChartElement' : 'SxFigureElement' };
  ts = (await import('typescript')).default;

  // Everything is worked out first: nothing is written unless every file and every anchor is there.
  const created = newFiles(n, chart).map(({ file, template }) => {
    if (existsSync(join(root, file))) throw new Refusal(`${file} exists`);
    return { file, text: fill(readFileSync(join(templates, template), 'utf8'), values, chart) };
  });
  const changed = outsideEdits(n, chart).map(({ file, what, edit }) => {
    const before = readFileSync(join(root, file), 'utf8');
    const after = edit(before, file);
    if (after === before) throw new Refusal(`${file}: nothing changed`);
    return { file, what, text: after };
  });

  const kind = chart ? 'a chart element (SxChartElement)' : 'a text-only element (SxFigureElement)';
  console.log(`${dry ? 'would create' : 'creating'} <${n.tag}>, ${kind}:`);
  for (const { file } of created) console.log(`  new      ${file}`);
  for (const { file, what } of changed) console.log(`  changed  ${file}: ${what}`);
  console.log('  changed  README.md: the element table, made from the manifest (npm run build:manifest, npm run readme)');
  if (dry) return;

  for (const { file, text } of created) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  for (const { file, text } of changed) writeFileSync(join(root, file), text);
  const npm = (script) => execFileSync('npm', ['run', '--silent', script], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    npm('build:manifest');
    npm('readme');
  } catch {
    throw new Refusal(`<${n.tag}> is written, but the README's element table is not: \`npm run build:manifest && npm run readme\` once it builds`);
  }
  console.log(`
Done. Now fill in the blanks (grep -rn TODO components/${name} test/${name}.test.ts demo/${name}.ts), then:
  npx wtr --files test/${name}.test.ts         the contract, and your own tests
  npm run build:manifest && npm run readme     after changing the JSDoc: the README's element table
  npm run build && node scripts/check-pack.mjs${chart ? `  then set ${name}'s two budgets in check-pack to what it measures` : ''}`);
}

try {
  await run(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(`new-element: ${error.message}`);
  process.exitCode = 1;
}
