// custom-elements.json, from the elements' JSDoc: `npm run build` runs `cem analyze` with this file and writes
// dist/custom-elements.json (package.json "customElements"). The manifest is the API's contract: the README's
// element tables and the VS Code custom data (scripts/vscode-custom-data.mjs) are made from it.
//
// The plugins below make it describe the package as shipped:
// - paths point at the built modules (components/x.ts → dist/components/x.js);
// - the define modules declare the tags they register (the analyzer only sees `customElements.define`);
// - a re-exported class points at the module that declares it;
// - type aliases made of string literals are spelled out ('light' | 'dark' | 'auto', not Theme);
// - private members and undocumented events (the analyzer's guess at `new CustomEvent(type)`) are left out;
// - every attribute with a closed set of values lists them, each with its label in both languages
//   (`"values": [{ "value": "gdp-growth", "label": { "zh": "…", "en": "…" } }]`): string-literal types
//   ('light' | 'dark' | 'auto') and the attributes that pick dataset records (VALUES below). The embed builder
//   (demo/builder.ts) makes its selects from them and the VS Code data its completions, so a new element or a
//   new record reaches both with no code of their own. A new attribute that picks records needs one line here;
// - every element and attribute carries its Chinese description, from two JSDoc tags on the element class
//   (chinese-descriptions() below):
//       * @summary-zh 山西省2025年政府工作报告中的一项预期目标……     → the declaration's "zh": { "summary": "…" }
//       * @attr-zh indicator - 数据集中目标的编号……                → the attribute's "zh": { "description": "…" }
//   A description may run on over the following lines, up to the next tag. The shared attributes (lang, theme,
//   renderer, no-download…) have theirs once, on SxFigureElement in src/chart/sx-figure-element.ts; an element
//   that says something different about one in English (`renderer - No effect…`) says it in Chinese too, with
//   its own @attr-zh line. The embed builder shows these in its Chinese UI, the VS Code data and the README
//   next to the English; `npm run build:manifest` warns about an element or attribute that has none.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from './scripts/load-dataset.mjs';

/**
 * The attributes that pick records, by attribute name (a name means the same kind of record in every element;
 * write `'sx-tag attr'` for an element that means something else by it) → the records' ids and labels.
 * `multiple: ' '` marks an attribute that takes a list of them, separated by that string.
 */
const VALUES = {
  indicator: (d) => ({ values: d.targets.map((t) => ({ value: t.id, label: t.label, description: t.written })) }),
  project: (d) => ({ values: d.projects.map((p) => ({ value: String(p.number), label: p.title })) }),
  category: (d) => ({ values: d.categories.map((c) => ({ value: c.id, label: c.label })) }),
  result: (d) => ({
    values: d.results.map((r) => ({ value: r.id, label: r.label, ...(r.kind === 'figure' && { description: r.written }) })),
  }),
  'sx-share-ring result': (d) => ({
    values: d.results
      .filter((r) => r.kind === 'figure' && r.measure === 'share' && r.remainder)
      .map((r) => ({ value: r.id, label: r.label, description: r.written })),
  }),
  'sx-share-ring project': (d) => ({
    values: d.projects
      .filter((p) => p.quantities.some((q) => q.remainder))
      .map((p) => ({ value: String(p.number), label: p.title, description: p.quantities.find((q) => q.remainder).written })),
  }),
  topic: (d) => ({ values: d.themes.map((th) => ({ value: th.id, label: th.title })) }),
  set: (d) => ({ values: d.comparableSets.map((c) => ({ value: c.id, label: c.title })) }),
  results: (d) => ({
    values: d.results.filter((r) => r.kind === 'figure').map((r) => ({ value: r.id, label: r.label, description: r.written })),
    multiple: ',',
  }),
  area: (d) => ({ values: d.taskAreas.map((a) => ({ value: String(a.number), label: a.title })) }),
  sections: () => ({
    values: [
      { value: 'results', label: { zh: '2024年成绩单', en: 'The 2024 report card' } },
      { value: 'targets', label: { zh: '2025年主要预期目标', en: 'Main targets for 2025' } },
      { value: 'tasks', label: { zh: '七方面重点工作', en: 'Seven key task areas' } },
      { value: 'projects', label: { zh: '15件民生实事', en: '15 livelihood projects' } },
    ],
    multiple: ',',
  }),
  lang: () => ({ values: [{ value: 'zh', label: { zh: '中文', en: 'Chinese' } }, { value: 'en', label: { zh: '英文', en: 'English' } }] }),
};

/** Labels for the string-literal values the shared attributes take. */
const LITERAL_LABELS = {
  light: { zh: '浅色', en: 'Light' },
  dark: { zh: '深色', en: 'Dark' },
  auto: { zh: '自动', en: 'Auto' },
  svg: { zh: 'SVG', en: 'SVG' },
  canvas: { zh: 'Canvas', en: 'Canvas' },
};

/** `'light' | 'dark' | 'auto'` → ['light', 'dark', 'auto']; anything that is not all string literals → undefined. */
function literals(typeText) {
  const parts = (typeText ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'null' && p !== 'undefined');
  const values = parts.map((p) => /^'([^']*)'$|^"([^"]*)"$/.exec(p)).map((m) => m && (m[1] ?? m[2]));
  return values.length > 0 && values.every((v) => v !== null) ? values : undefined;
}

/**
 * Modules that hold implementation details, not API: option builders, styles, the lazily loaded charts, and the
 * card renderer `<sx-stat>` and `<sx-results-board>` share.
 */
const INTERNAL = ['**/*.option.ts', '**/*.styles.ts', '**/*.chart.ts', '**/*.card.ts'];

/** `components/a/b.ts` or `/components/a/b.js` → `dist/components/a/b.js`. */
function built(path) {
  if (typeof path !== 'string' || path.startsWith('dist/')) return path;
  const relative = path.replace(/^\.?\//, '');
  if (!/^(src|components|data)\//.test(relative)) return path;
  return `dist/${relative.replace(/\.ts$/, '.js')}`;
}

function walk(value, visit) {
  if (Array.isArray(value)) {
    value.forEach((v) => walk(v, visit));
  } else if (value && typeof value === 'object') {
    visit(value);
    Object.values(value).forEach((v) => walk(v, visit));
  }
}

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** `type Theme = 'light' | 'dark' | 'auto'` anywhere in src/ or components/ → Map { Theme → "'light' | 'dark' | 'auto'" }. */
function literalUnionAliases(ts) {
  const aliases = new Map();
  for (const file of [...tsFiles('src'), ...tsFiles('components')]) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    source.forEachChild((node) => {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const literals = node.type.types.map((t) =>
        ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? `'${t.literal.text}'` : undefined,
      );
      if (literals.every(Boolean)) aliases.set(node.name.text, literals.join(' | '));
    });
  }
  return aliases;
}

/** Gives every attribute with a closed set of values its `values` (and `multiple`), from VALUES or its type. */
function attributeValues(dataset) {
  return {
    name: 'sx-attribute-values',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const used = new Set();
      for (const mod of manifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement || !decl.tagName) continue;
          for (const attr of decl.attributes ?? []) {
            const key = VALUES[`${decl.tagName} ${attr.name}`] ? `${decl.tagName} ${attr.name}` : attr.name;
            if (VALUES[key]) {
              used.add(key);
              Object.assign(attr, VALUES[key](dataset));
            } else {
              const values = literals(attr.type?.text);
              if (values) attr.values = values.map((value) => ({ value, ...(LITERAL_LABELS[value] && { label: LITERAL_LABELS[value] }) }));
            }
          }
        }
      }
      const unused = Object.keys(VALUES).filter((key) => !used.has(key));
      if (unused.length) throw new Error(`custom-elements-manifest.config.mjs: no element has the attribute ${unused.join(', ')} any more: update VALUES`);
    },
  };
}

/** `@summary-zh …` and `@attr-zh name - …` in a JSDoc comment → { summary, attrs: Map { name → text } }. */
function zhTags(comment) {
  const lines = comment
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, ''));
  const tags = [];
  for (const line of lines) {
    if (/^\s*@/.test(line)) tags.push(line.trim());
    else if (tags.length && line.trim()) tags[tags.length - 1] += ` ${line.trim()}`;
  }
  const out = { summary: undefined, attrs: new Map() };
  for (const tag of tags) {
    const summary = /^@summary-zh\s+(.+)$/.exec(tag);
    if (summary) out.summary = summary[1].trim();
    const attr = /^@attr-zh\s+([\w-]+)\s+-\s+(.+)$/.exec(tag);
    if (attr) out.attrs.set(attr[1], attr[2].trim());
  }
  return out;
}

/** Reads `@summary-zh` and `@attr-zh` (see the top of this file) into the manifest's `zh` fields. */
function chineseDescriptions() {
  const byClass = new Map();
  return {
    name: 'sx-chinese-descriptions',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const comment = (node.jsDoc ?? []).map((doc) => doc.getText()).join('\n');
      if (comment) byClass.set(node.name.text, zhTags(comment));
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const missing = [];
      for (const mod of manifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement || !decl.tagName) continue;
          const own = byClass.get(decl.name);
          if (own?.summary) decl.zh = { summary: own.summary };
          else missing.push(`<${decl.tagName}> (@summary-zh)`);
          for (const attr of decl.attributes ?? []) {
            const text = own?.attrs.get(attr.name) ?? byClass.get(attr.inheritedFrom?.name)?.attrs.get(attr.name);
            if (text) attr.zh = { description: text };
            else missing.push(`<${decl.tagName} ${attr.name}> (@attr-zh)`);
          }
        }
      }
      if (missing.length) console.warn(`custom-elements-manifest.config.mjs: no Chinese description for ${missing.join(', ')}`);
    },
  };
}

function shipped() {
  let typescript;
  return {
    name: 'sx-shipped',
    collectPhase({ ts }) {
      typescript ??= ts;
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const modules = manifest.modules;

      // Private members are no one's API; an event without a description is the analyzer's guess.
      for (const mod of modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.members) decl.members = decl.members.filter((m) => m.privacy !== 'private');
          if (decl.events) decl.events = decl.events.filter((e) => e.description);
        }
      }

      // Spell out string-literal aliases, so tools can offer the values.
      const aliases = typescript ? literalUnionAliases(typescript) : new Map();
      walk(manifest, (node) => {
        const text = node.type?.text;
        if (typeof text !== 'string') return;
        const parts = text.split('|').map((p) => p.trim());
        if (parts.some((p) => aliases.has(p))) node.type.text = parts.map((p) => aliases.get(p) ?? p).join(' | ');
      });

      walk(manifest, (node) => {
        if (typeof node.path === 'string') node.path = built(node.path);
        if (typeof node.module === 'string') node.module = built(node.module);
      });

      // Where each class is declared, and the tag of each element class.
      const declaredIn = new Map();
      for (const mod of modules) {
        for (const decl of mod.declarations ?? []) declaredIn.set(decl.name, { module: mod.path, decl });
      }
      for (const mod of modules) {
        const own = new Set((mod.declarations ?? []).map((d) => d.name));
        for (const exp of mod.exports ?? []) {
          const home = declaredIn.get(exp.declaration?.name);
          if (exp.kind === 'js' && !own.has(exp.declaration.name) && home) exp.declaration.module = home.module;
        }
        // A define module (`defineX()` at its top level) registers the tag of the element class it re-exports.
        if (mod.path.endsWith('/define.js')) {
          for (const exp of [...(mod.exports ?? [])]) {
            const home = declaredIn.get(exp.declaration?.name);
            if (exp.kind !== 'js' || !home?.decl.tagName) continue;
            const already = mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === home.decl.tagName);
            if (!already) {
              mod.exports.push({
                kind: 'custom-element-definition',
                name: home.decl.tagName,
                declaration: { name: home.decl.name, module: home.module },
              });
            }
          }
        }
      }
    },
  };
}

const { dataset } = await loadDataset();

export default {
  globs: ['components/**/*.ts', 'src/chart/sx-chart-element.ts', 'src/chart/sx-figure-element.ts'],
  exclude: ['**/*.test.ts', '**/*.d.ts', ...INTERNAL],
  outdir: 'dist',
  litelement: true,
  // package.json's "customElements" is written by hand; left on, the analyzer rewrites package.json.
  packagejson: false,
  dependencies: false,
  plugins: [shipped(), attributeValues(dataset), chineseDescriptions()],
};
