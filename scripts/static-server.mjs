// A plain static file server for the browser checks (test-consumers.mjs, test-demo-site.mjs): files as they are
// on disk, on 127.0.0.1 and a free port, nothing rewritten, as any static host or CDN would serve them.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/**
 * Serves `dir` under `prefix` (`/` or `/a/b/`); a folder answers with its index.html.
 * @param {string} dir
 * @param {{ prefix?: string, headers?: (pathname: string) => Record<string, string> }} [options]
 * @returns {Promise<import('node:http').Server>} listening; `server.address().port` is the port.
 */
export function serve(dir, { prefix = '/', headers = () => ({}) } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end(); // what the browser asks for on its own
      return;
    }
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let path = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length - 1))));
    if (path !== dir && !path.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers(url.pathname),
    });
    createReadStream(path).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
