// Full-page screenshots of the demo at phone and desktop widths, light and dark.
//
//   node scripts/screenshot.mjs [url-path]        (default: /demo/)
//
// Starts its own Vite dev server on port 5199, opens the page in Debian's Chromium through puppeteer-core,
// scrolls through it so that lazy charts start, waits until every element has fired sx-ready or sx-error,
// and writes screenshots/demo-<width>-<theme>.png. The server is stopped by its own PID at the end.
// Chinese text needs a CJK font on the machine (Debian: fonts-noto-cjk), or it renders as boxes.
/* global window, document, requestAnimationFrame */
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startVite, stopVite, waitForServer } from './vite-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = 5199;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUT = join(ROOT, 'screenshots');
const WIDTHS = [360, 1280];
const THEMES = ['light', 'dark'];
const TAGS = 'sx-target-gauge, sx-project-list';
const SERVER_TIMEOUT_MS = 30_000;
const SETTLE_TIMEOUT_MS = 30_000;

const path = process.argv[2] ?? '/demo/';
/** Extra query parameters (`/demo/?lang=en&renderer=canvas`) go into the file names, so runs do not overwrite. */
const suffix = [...new URL(path, ORIGIN).searchParams]
  .filter(([name]) => name !== 'theme')
  .map(([name, value]) => `-${name}-${value}`.replace(/[^\w.-]+/g, '_'))
  .join('');
/** Console lines that add nothing: dev-server notices, and the warning an element prints with each sx-error (listed already). */
const NOISE = [/Lit is in dev mode/, /^\[vite\]/, /^<sx-[a-z-]+>: /];

/** Records, from the first script on, which elements have fired sx-ready or sx-error. */
function trackSettled() {
  window.__sxSettled = new Set();
  window.__sxErrors = [];
  const mark = (event) => window.__sxSettled.add(event.target);
  document.addEventListener('sx-ready', mark);
  document.addEventListener('sx-error', (event) => {
    mark(event);
    window.__sxErrors.push(`${event.target.localName}: ${event.detail?.code} ${event.detail?.message}`);
  });
}

async function scrollThrough(page) {
  await page.evaluate(async () => {
    const step = Math.max(200, Math.floor(window.innerHeight * 0.8));
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 60)));
    }
    window.scrollTo(0, 0);
  });
}

async function waitSettled(page, label) {
  try {
    await page.waitForFunction(
      (tags) => {
        const all = [...document.querySelectorAll(tags)];
        return all.length > 0 && all.every((el) => window.__sxSettled.has(el));
      },
      { timeout: SETTLE_TIMEOUT_MS, polling: 100 },
      TAGS,
    );
  } catch {
    const missing = await page.evaluate(
      (tags) =>
        [...document.querySelectorAll(tags)]
          .filter((el) => !window.__sxSettled.has(el))
          .map((el) => `<${el.localName} ${el.getAttributeNames().map((n) => `${n}="${el.getAttribute(n)}"`).join(' ')}>`),
      TAGS,
    );
    console.warn(`${label}: not every element settled within ${SETTLE_TIMEOUT_MS / 1000} s: ${missing.join(', ')}`);
  }
}

function watchProblems(page, problems) {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => {
    if ((msg.type() === 'error' || msg.type() === 'warn') && !NOISE.some((re) => re.test(msg.text()))) {
      problems.push(`console ${msg.type()}: ${msg.text()}`);
    }
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
}

/**
 * A fresh Vite server optimises dependencies on the first request and then reloads the page; a first
 * visit that nobody photographs lets that happen before the real ones.
 */
async function warmUp(browser) {
  const page = await browser.newPage();
  try {
    await page.goto(new URL(path, ORIGIN).href, { waitUntil: 'networkidle0' });
    await page.waitForSelector(TAGS, { timeout: SETTLE_TIMEOUT_MS });
    await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  } catch (error) {
    console.warn(`warm-up: ${error.message}`);
  } finally {
    await page.close();
  }
}

/** Thrown when the dev server reloads the page mid-shot (a watched file changed, or deps were re-optimised). */
class Reloaded extends Error {}

async function shoot(browser, width, theme) {
  const label = `demo-${width}-${theme}${suffix}`;
  const page = await browser.newPage();
  try {
    const problems = [];
    watchProblems(page, problems);
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await page.evaluateOnNewDocument(trackSettled);
    const url = new URL(path, ORIGIN);
    url.searchParams.set('theme', theme);
    await page.goto(url.href, { waitUntil: 'networkidle0' });
    let reloaded = false;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) reloaded = true;
    });
    await page.waitForSelector(TAGS, { timeout: SETTLE_TIMEOUT_MS });
    await scrollThrough(page);
    await waitSettled(page, label);
    // Let the last frame and any entry animation finish before the picture.
    await new Promise((r) => setTimeout(r, 1200));
    if (reloaded) throw new Reloaded(`${label}: the page reloaded while it was being prepared`);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) problems.push(`horizontal overflow of ${overflow}px at ${width}px`);
    const errors = await page.evaluate(() => window.__sxErrors);

    const file = join(OUT, `${label}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    for (const e of errors) console.log(`  sx-error from ${e}`);
    for (const p of problems) console.log(`  ${p}`);
  } catch (error) {
    if (error instanceof Reloaded || /context was destroyed|navigation/i.test(String(error?.message))) {
      throw new Reloaded(error.message);
    }
    throw error;
  } finally {
    await page.close();
  }
}

async function shootWithRetries(browser, width, theme, attempts = 3) {
  for (let i = 1; ; i++) {
    try {
      return await shoot(browser, width, theme);
    } catch (error) {
      if (!(error instanceof Reloaded) || i >= attempts) throw error;
      console.log(`  (the dev server reloaded the page; trying ${width}px ${theme} again)`);
    }
  }
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found: apt-get install -y chromium, or set CHROME_PATH.');
  }
  await mkdir(OUT, { recursive: true });

  const server = startVite(PORT);
  const stop = () => stopVite(server);
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });

  let browser;
  try {
    await waitForServer(server, `${ORIGIN}/demo/`, SERVER_TIMEOUT_MS);
    browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    await warmUp(browser);
    for (const width of WIDTHS) {
      for (const theme of THEMES) {
        await shootWithRetries(browser, width, theme);
      }
    }
  } finally {
    await browser?.close();
    stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
