// custom-elements.json, from the elements' JSDoc: `npm run build` runs `cem analyze` with this file and writes
// dist/custom-elements.json (package.json "customElements"). The manifest is the API's contract: the README's
// element tables and the VS Code custom data (scripts/vscode-custom-data.mjs) are made from it.
//
// The plugins below make it describe the package as shipped:
// - paths point at the built modules (components/x.ts → dist/components/x.js);
// - the define modules declare the tags they register (the analyzer only sees `customElements.define`);
// - a re-exported class points at the module that declares it;
// - type aliases made of string literals are spelled out ('light' | 'dark' | 'auto', not Theme);
// - private members and undocumented events (the analyzer's guess at `new CustomEvent(type)`) are left out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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

export default {
  globs: ['components/**/*.ts', 'src/chart/sx-chart-element.ts'],
  exclude: ['**/*.test.ts', '**/*.d.ts', ...INTERNAL],
  outdir: 'dist',
  litelement: true,
  // package.json's "customElements" is written by hand; left on, the analyzer rewrites package.json.
  packagejson: false,
  dependencies: false,
  plugins: [shipped()],
};
