import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };

/** `npm start` opens the demo: send the bare root to it. The root stays at the package so the demo reaches src/. */
function demoAtRoot(): Plugin {
  return {
    name: 'sx-demo-at-root',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url === '/' || req.url === '/index.html') {
          res.statusCode = 302;
          res.setHeader('Location', '/demo/');
          res.end();
          return;
        }
        next();
      });
    },
  };
}

/**
 * package.json's `sideEffects` names built files (dist/components/x/define.js), but a bundler applies it to
 * every file under the package, this package's own sources included: left alone, a build from src/ would
 * count components/x/define.ts as free of side effects and drop its `customElements.define`. This plugin
 * gives each source file the answer its built file gets (components/x/define.ts ↔ dist/components/x/define.js),
 * so a build from the sources tree-shakes exactly as a consumer's build of the package does.
 */
export function sourceSideEffects(): Plugin {
  const listed = new Set(
    pkg.sideEffects.map((path) => path.replace(/^\.\/dist\//, '').replace(/\.js$/, '.ts')),
  );
  let root = process.cwd();
  return {
    name: 'sx-source-side-effects',
    // Only a build tree-shakes; the dev server serves modules as they are.
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transform(_code, id) {
      const path = relative(root, id.split('?')[0]!).split(sep).join('/');
      if (!/^(src|components|data)\/.*\.ts$/.test(path)) return null;
      return { moduleSideEffects: listed.has(path) };
    },
  };
}

const MANIFEST_ID = 'virtual:sx-manifest';
/** The files custom-elements.json is made from: the elements, their base class, the dataset, the config. */
const MANIFEST_INPUTS = /^(components\/.*\.ts|src\/chart\/sx-chart-element\.ts|data\/.*\.ts|custom-elements-manifest\.config\.mjs)$/;

/**
 * `import { manifest, pkg } from 'virtual:sx-manifest'`: custom-elements.json as `npm run build:manifest` makes
 * it, but from the sources, so the embed builder works on a fresh clone with no dist/ (`npm start`) and in
 * `npm run build:demo`. The analyzer runs in its own process (a fresh dataset and config every time) when the
 * module is first asked for, and again when a file it reads changes; the builder page then reloads.
 */
function sxManifest(): Plugin {
  const resolvedId = `\0${MANIFEST_ID}`;
  let root = process.cwd();
  let manifest: Promise<string> | undefined;
  const analyze = () =>
    new Promise<string>((resolve, reject) => {
      const cem = join(dirname(createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/package.json')), 'cem.js');
      const outdir = join('node_modules', '.cache', `sx-manifest-${process.pid}-${Date.now()}`);
      const args = [cem, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet', '--outdir', outdir];
      execFile(process.execPath, args, { cwd: root }, (error, stdout, stderr) => {
        try {
          if (error) reject(new Error(`custom-elements-manifest analyzer failed:\n${stdout}${stderr}`));
          else resolve(readFileSync(join(root, outdir, 'custom-elements.json'), 'utf8'));
        } catch (readError) {
          reject(readError instanceof Error ? readError : new Error(String(readError)));
        } finally {
          rmSync(join(root, outdir), { recursive: true, force: true });
        }
      });
    });
  return {
    name: 'sx-manifest',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === MANIFEST_ID ? resolvedId : null;
    },
    async load(id) {
      if (id !== resolvedId) return null;
      manifest ??= analyze();
      const facts = { name: pkg.name, version: pkg.version, cdn: pkg.unpkg, exports: pkg.exports };
      return `export const manifest = ${await manifest};\nexport const pkg = ${JSON.stringify(facts)};\n`;
    },
    configureServer(server) {
      server.watcher.on('all', (_event, file) => {
        if (!MANIFEST_INPUTS.test(relative(root, file).split(sep).join('/'))) return;
        manifest = undefined;
        const mod = server.moduleGraph.getModuleById(resolvedId);
        if (mod) void server.reloadModule(mod);
      });
    },
  };
}

/**
 * The demo's pages: the gallery, the embed builder (and its "try the code" page) and the report page.
 * `npm run build:demo` builds them into dist-demo/.
 */
const PAGES = { index: 'demo/index.html', builder: 'demo/builder.html', try: 'demo/try.html', report: 'demo/report.html' };

/** dist-demo/index.html sends a visitor at the site's root to the gallery, as `npm start` does. */
function siteRoot(): Plugin {
  return {
    name: 'sx-site-root',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'index.html',
        source: `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="refresh" content="0; url=demo/" />
    <title>shanxi-report-charts</title>
  </head>
  <body>
    <p><a href="demo/">演示页 · Demo</a> · <a href="demo/builder.html">嵌入代码生成器 · Embed builder</a></p>
  </body>
</html>
`,
      });
    },
  };
}

export default defineConfig({
  // Relative URLs: dist-demo/ works from any folder of any static host.
  base: './',
  plugins: [demoAtRoot(), sourceSideEffects(), sxManifest(), siteRoot()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  // Only the demo's pages: left to itself, the scan reads every HTML file under the root, test/consumers'
  // apps included, and reports the packages only they install (vue, react, this package's own name).
  optimizeDeps: { entries: Object.values(PAGES) },
  build: {
    outDir: 'dist-demo',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: PAGES },
  },
});
