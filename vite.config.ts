import { relative, sep } from 'node:path';
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

export default defineConfig({
  plugins: [demoAtRoot(), sourceSideEffects()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
