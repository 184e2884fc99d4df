// Minifies the CSS inside Lit's css`…` templates of a JavaScript (or TypeScript) module: comments go, runs of
// white space become one space, and the space beside { } ; before a comma and after a colon goes. A space before a
// colon is a descendant combinator (`a :hover`) and stays; so does one after a comma, which a custom property's
// value keeps as written (`var(--x, 170px)`). What a bundler does for a .css file and leaves undone inside a
// template literal: the element styles were ~3.6 kB gzip of the text-first core, ~1.3 kB of it comments and
// indentation. test/css-minify.test.ts checks that Chromium reads the same rules from every sheet before and after. Strings ('…', "…") and the ${…} holes are left as
// they are, so a template's meaning does not change.
//
// Used by `npm run build` on dist/ after tsc (`node scripts/css-literals.mjs dist`), so consumers' bundles get
// it, and as a Vite plugin (`cssLiterals()`) by the CDN build and the bench, which bundle the sources.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { minifyCss } from './css-minify.mjs';

export { minifyCss };

/** A module's source with every css`…` template minified, or null when it has none. */
export function minifyCssLiterals(code, fileName = 'module.js') {
  if (!/\bcss\s*`/.test(code)) return null;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
      const tpl = node.template;
      // The raw text between the delimiters: ` … ` or ` … ${, } … ${, } … `.
      const parts = ts.isNoSubstitutionTemplateLiteral(tpl) ? [tpl] : [tpl.head, ...tpl.templateSpans.map((s) => s.literal)];
      parts.forEach((part, k) => {
        const start = part.getStart(source) + 1;
        const end = part.getEnd() - (k === parts.length - 1 ? 1 : 2);
        edits.push({ start, end, text: minifyCss(code.slice(start, end), k === 0, k === parts.length - 1) });
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) return null;
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The Vite plugin: the sources' css`…` templates minified as the build reads them. */
export function cssLiterals() {
  return {
    name: 'sx-css-literals',
    transform(code, id) {
      const path = id.split('?')[0];
      if (!/\.(ts|js)$/.test(path) || path.includes('node_modules')) return null;
      const out = minifyCssLiterals(code, path);
      return out === null ? null : { code: out, map: null };
    },
  };
}

// `node scripts/css-literals.mjs DIR`: rewrites the .js modules under DIR in place.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node scripts/css-literals.mjs DIR');
  let count = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'cdn') walk(path);
      } else if (name.endsWith('.js')) {
        const out = minifyCssLiterals(readFileSync(path, 'utf8'), path);
        if (out !== null) {
          writeFileSync(path, out);
          count += 1;
        }
      }
    }
  };
  walk(dir);
  console.log(`css-literals: minified the css\`…\` templates of ${count} modules in ${dir}`);
}
