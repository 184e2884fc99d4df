// Server commands for the download, clipboard and print tests (test/download.test.ts, test/contract.ts):
// - `sx-downloads-start`: the browser saves downloads into a fresh directory of this test session;
// - `sx-downloads-take` { name }: waits for that file to be complete and returns it, base64, and removes it;
// - `sx-grant-clipboard`: lets the page read and write the clipboard (headless Chromium asks otherwise).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

// Under the runner's own 20 s limit for a command's answer.
const WAIT_MS = 15_000;
const POLL_MS = 50;

export function exportsCommandsPlugin() {
  /** @type {Map<string, string>} */
  const dirs = new Map();
  const sessions = new Map();
  return {
    name: 'sx-exports-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('sx-')) return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs the Chromium launcher`);
      const page = session.browser.getPage(session.id);
      if (command === 'sx-downloads-start') {
        const old = dirs.get(session.id);
        if (old) rmSync(old, { recursive: true, force: true });
        const dir = mkdtempSync(join(tmpdir(), 'sx-downloads-'));
        dirs.set(session.id, dir);
        // The behaviour lasts as long as the CDP session that set it: keep the session for the page's life.
        if (!sessions.has(session.id)) sessions.set(session.id, await page.createCDPSession());
        await sessions.get(session.id).send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
        return true;
      }
      if (command === 'sx-downloads-take') {
        const dir = dirs.get(session.id);
        if (!dir) throw new Error('sx-downloads-start first');
        const file = join(dir, String(payload?.name));
        const until = Date.now() + WAIT_MS;
        // Chromium writes `<name>.crdownload` and renames it when complete.
        while (!existsSync(file) || readdirSync(dir).some((f) => f.endsWith('.crdownload'))) {
          if (Date.now() > until) return { missing: true, files: readdirSync(dir) };
          await sleep(POLL_MS);
        }
        const base64 = readFileSync(file).toString('base64');
        const files = readdirSync(dir);
        // Taken, it is gone: a later download of the same name (the same figure in another language) is waited for,
        // not answered at once with this one.
        rmSync(file);
        return { base64, files };
      }
      if (command === 'sx-grant-clipboard') {
        const origin = new globalThis.URL(page.url()).origin;
        await page.browserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
        return true;
      }
      return undefined;
    },
  };
}
