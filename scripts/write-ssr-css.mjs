// Write each element's server-rendering stylesheet: dist/ssr/<tag>.css, what the shadow roots that
// shanxi-report-charts/ssr writes link to by default (exported as shanxi-report-charts/ssr/<tag>.css). A site
// serves the folder from its own origin, so a `style-src 'self'` policy allows it. Runs after
// `tsc -p tsconfig.build.json`, from the compiled modules.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const { serverStylesheet } = await import(new URL('src/ssr/index.js', dist).href);
// The tags the components register (each define.js names its own).
const tags = readdirSync(new URL('components/', dist))
  .map((dir) => /defineElement\('(sx-[a-z-]+)'/.exec(readFileSync(new URL(`components/${dir}/define.js`, dist), 'utf8'))?.[1])
  .filter(Boolean)
  .sort();
if (tags.length === 0) throw new Error('write-ssr-css: no element found in dist/components/');
mkdirSync(new URL('ssr/', dist), { recursive: true });
for (const tag of tags) writeFileSync(new URL(`ssr/${tag}.css`, dist), serverStylesheet(tag));
console.log(`wrote dist/ssr/: ${tags.map((t) => `${t}.css`).join(', ')}`);
