// `npm run shots`: every element at 320, 360, 680 and 1280 px, zh and en, light and dark, and each of its
// pictures, into screenshots/ (git-ignored), with one contact sheet per element (issue 17 §5):
//
//   screenshots/<element>/<width>-<lang>-<theme>.png      the element in a column of that width
//   screenshots/<element>/picture-<format>-<lang>-<theme>.png   its pictures (the download menu's and every preset)
//   screenshots/<element>/sheet.html, screenshots/sheet-<element>.png   the contact sheet, as a page and a picture
//   screenshots/geometry.txt                               what the geometry check (test/geometry-check.ts) found
//
//   npm run shots                     everything
//   npm run shots -- sx-share-ring    only the elements whose name contains a word given
//   npm run shots -- --gallery        also refresh the README's gallery (docs/gallery/*.png)
//   npm run shots -- --sheets         only the contact sheets again, from the screenshots already there
//
// It starts its own Vite dev server on SHOTS_PORT (default 5219), drives Chromium through puppeteer-core
// (scripts/ensure-chromium.mjs installs Debian's when missing), and stops the server by its PID. The contact
// sheets are HTML pages photographed by the same Chromium: no ImageMagick needed.
/* global window, document */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startVite, stopVite, waitForServer } from './vite-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = Number(process.env.SHOTS_PORT || 5219);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGE = `${ORIGIN}/test/geometry-shots.html`;
const OUT = join(ROOT, 'screenshots');
const GALLERY = join(ROOT, 'docs', 'gallery');
const WIDTHS = [320, 360, 680, 1280];
const LANGS = ['zh', 'en'];
const THEMES = ['light', 'dark'];
const SERVER_TIMEOUT_MS = 60_000;
/** Console lines that add nothing. */
const NOISE = [/Lit is in dev mode/, /^\[vite\]/, /^<sx-[a-z-]+>: /, /download/i];

/**
 * The README's gallery: a few real pictures, small enough for the npm page (< 150 kB each). `shot` names a
 * screenshot of screenshots/<element>/ by its file name (or a pattern, for a picture named by its formats).
 */
const GALLERY_SHOTS = [
  { element: 'sx-target-gauge[indicator=urban-unemployment]', shot: '360-zh-light.png', name: 'target-gauge-360-zh.png' },
  { element: 'sx-metric-bars[set=industry-revenues]', shot: '680-en-light.png', name: 'metric-bars-680-en.png' },
  { element: 'sx-share-ring[result=clean-energy-capacity-share]', shot: '360-zh-dark.png', name: 'share-ring-360-zh-dark.png' },
  { element: 'sx-target-board', shot: '680-zh-light.png', name: 'target-board-680-zh.png' },
  { element: 'sx-stat[result=jinchuang-valley-contracts]', shot: '360-en-light.png', name: 'stat-360-en.png' },
  { element: 'sx-share-ring[result=clean-energy-capacity-share]', shot: /^picture-portrait.*-zh-light\.png$/, name: 'share-ring-portrait-zh.png' },
];
const GALLERY_MAX_BYTES = 150_000;

const args = process.argv.slice(2);
const gallery = args.includes('--gallery');
const sheetsOnly = args.includes('--sheets');
const words = args.filter((a) => !a.startsWith('-'));

const safe = (name) => name.replace(/[^\w.=-]+/g, '_').replace(/_+$/, '');

/** A page of the shots harness, in one language and theme, with motion reduced (charts drawn at once). */
async function openPage(browser, problems, lang, theme) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`${lang} ${theme}: page error: ${error.message}`));
  page.on('console', (msg) => {
    if ((msg.type() === 'error' || msg.type() === 'warn') && !NOISE.some((re) => re.test(msg.text()))) {
      problems.push(`${lang} ${theme}: console ${msg.type()}: ${msg.text()}`);
    }
  });
  await page.setViewport({ width: WIDTHS[0], height: 900, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([
    { name: 'prefers-reduced-motion', value: 'reduce' },
    { name: 'prefers-color-scheme', value: theme },
  ]);
  await page.goto(PAGE, { waitUntil: 'load' });
  // A fresh Vite server may optimise dependencies on the first visit and reload the page: wait for the harness.
  await page.waitForFunction(() => window.__shots && document.body.dataset.ready === 'true', { timeout: SERVER_TIMEOUT_MS });
  return page;
}

async function shootElement(page, fixture, name, lang, theme, found) {
  const dir = join(OUT, safe(name));
  await mkdir(dir, { recursive: true });
  await page.setViewport({ width: WIDTHS[0], height: 900, deviceScaleFactor: 1 });
  await page.evaluate((f, w, l, t) => window.__shots.mount(f, w, l, t), fixture, WIDTHS[0], lang, theme);
  for (const width of WIDTHS) {
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    const where = `${name} ${width} ${lang}`;
    const problems = await page.evaluate((w, at) => window.__shots.resize(w, at), width, where);
    if (theme === 'light') found.push(...problems);
    const handle = await page.$('.sx-geometry-column');
    await handle.screenshot({ path: join(dir, `${width}-${lang}-${theme}.png`) });
  }
  const pictures = await page.evaluate((at) => window.__shots.pictures(at), `${name} ${lang} ${theme}`);
  for (const p of pictures) {
    if (p.error) found.push(`${name} ${lang} ${theme}: pictures (${p.format}) failed: ${p.error}`);
    if (theme === 'light') found.push(...p.problems);
    if (p.png) await writeFile(join(dir, `picture-${safe(p.format.replace(/, /g, '+'))}-${lang}-${theme}.png`), Buffer.from(p.png, 'base64'));
  }
}

const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A PNG's height, from its header. */
const pngHeight = (bytes) => bytes.readUInt32BE(20);

/**
 * One HTML page per element: rows of language × theme, a column per width, then its pictures. Shown at half
 * size, or a quarter for an element taller than `TALL` px (a report), so a sheet stays one picture to look at.
 */
const TALL = 3000;
function sheetHtml(name, pictureFormats, scale) {
  const rows = [];
  for (const lang of LANGS) {
    for (const theme of THEMES) {
      const cells = WIDTHS.map(
        (w) => `<figure><img src="${w}-${lang}-${theme}.png" style="width:${w * scale}px" alt=""><figcaption>${w} px</figcaption></figure>`,
      ).join('');
      const pics = pictureFormats
        .map(
          (f) =>
            `<figure><img src="picture-${f}-${lang}-${theme}.png" style="width:270px" alt=""><figcaption>${escapeHtml(f)}</figcaption></figure>`,
        )
        .join('');
      rows.push(`<section class="${theme}"><h2>${lang} · ${theme}</h2><div class="row">${cells}${pics}</div></section>`);
    }
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(name)}</title><style>
body{margin:0;padding:12px;font:13px system-ui,"Noto Sans CJK SC",sans-serif;background:#e9e9e9;color:#222}
h1{font-size:16px;margin:0 0 8px}h2{font-size:13px;margin:0 0 4px}
section{padding:8px;margin-bottom:8px;background:#fff}section.dark{background:#14161a;color:#ddd}
.row{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start}figure{margin:0}figcaption{font-size:11px;opacity:.7}
img{display:block;outline:1px dashed #999}
</style></head><body><h1>${escapeHtml(name)} · ${WIDTHS.join(' / ')} px, shown at ${scale === 0.5 ? 'half size' : 'a quarter'} · pictures at a quarter</h1>${rows.join('')}</body></html>`;
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run node scripts/ensure-chromium.mjs, or set CHROME_PATH.');
  await mkdir(OUT, { recursive: true });
  const server = startVite(PORT);
  process.on('SIGINT', () => {
    stopVite(server);
    process.exit(130);
  });
  let browser;
  const found = [];
  const problems = [];
  const started = Date.now();
  try {
    await waitForServer(server, PAGE, SERVER_TIMEOUT_MS);
    browser = await puppeteer.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, '--allow-file-access-from-files'] });
    const probe = await openPage(browser, problems, 'zh', 'light');
    const fixtures = (await probe.evaluate(() => window.__shots.fixtures().map((f) => ({ f, name: window.__shots.name(f) })))).filter(
      ({ name }) => words.every((w) => name.includes(w)),
    );
    await probe.close();
    for (const lang of sheetsOnly ? [] : LANGS) {
      for (const theme of THEMES) {
        const page = await openPage(browser, problems, lang, theme);
        for (const { f, name } of fixtures) {
          await shootElement(page, f, name, lang, theme, found);
          console.log(`${name} ${lang} ${theme}`);
        }
        await page.close();
      }
    }
    // Contact sheets.
    const sheetPage = await browser.newPage();
    await sheetPage.setViewport({ width: 1400, height: 900, deviceScaleFactor: 1 });
    for (const { name } of fixtures) {
      const dir = join(OUT, safe(name));
      const file = join(dir, 'sheet.html');
      const tallest = Math.max(...(await Promise.all(WIDTHS.map(async (w) => pngHeight(await readFile(join(dir, `${w}-zh-light.png`)))))));
      const formats = (await readdir(dir)).map((f) => /^picture-(.+)-zh-light\.png$/.exec(f)?.[1]).filter(Boolean);
      await writeFile(file, sheetHtml(name, formats, tallest > TALL ? 0.25 : 0.5));
      await sheetPage.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const out = join(OUT, `sheet-${safe(name)}.png`);
      await sheetPage.screenshot({ path: out, fullPage: true });
      console.log(relative(ROOT, out));
    }
    await sheetPage.close();
  } finally {
    await browser?.close();
    stopVite(server);
  }
  if (!sheetsOnly) {
    await writeFile(join(OUT, 'geometry.txt'), found.length ? `${found.join('\n')}\n` : 'No geometry problems.\n');
    console.log(`${found.length} geometry problems (light theme; the same check as test/geometry.test.ts): screenshots/geometry.txt`);
  }
  for (const p of problems) console.log(`  ${p}`);

  if (gallery) {
    await rm(GALLERY, { recursive: true, force: true });
    await mkdir(GALLERY, { recursive: true });
    for (const g of GALLERY_SHOTS) {
      const dir = join(OUT, safe(g.element));
      const shot = typeof g.shot === 'string' ? g.shot : (await readdir(dir)).find((f) => g.shot.test(f));
      if (!shot) throw new Error(`gallery: no ${g.shot} in ${relative(ROOT, dir)}`);
      const bytes = await readFile(join(dir, shot));
      if (bytes.length > GALLERY_MAX_BYTES) console.warn(`  gallery: ${g.name} is ${bytes.length} bytes, over ${GALLERY_MAX_BYTES}`);
      await writeFile(join(GALLERY, g.name), bytes);
      console.log(relative(ROOT, join(GALLERY, g.name)));
    }
  }
  console.log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
