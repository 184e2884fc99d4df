// A Vite dev server of the package for the scripts that photograph pages (scripts/screenshot.mjs,
// scripts/shots.mjs): started as `node node_modules/vite/bin/vite.js` on a port of the caller's, so it can be
// stopped by its own PID.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Starts Vite on `port` (127.0.0.1, strict). Returns the child and its output so far. */
export function startVite(port) {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return { child, output: () => output };
}

/** Resolves once `url` answers 200; throws with Vite's output if it exits or `timeoutMs` passes. */
export async function waitForServer(server, url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`Vite exited early (is its port taken?):\n${server.output()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Vite did not answer ${url} within ${timeoutMs / 1000} s:\n${server.output()}`);
}

/** Stops the server by its PID. */
export function stopVite(server) {
  if (server.child.exitCode === null && server.child.pid) {
    try {
      process.kill(server.child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
