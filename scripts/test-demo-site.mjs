/* global document, window, location, navigator, customElements, DOMParser, Event */
// The static demo site, as a host would serve it (part of `npm test`; `npm run build` and
// `npm run build:demo` first, which `npm run test:site` does). What it does:
// 1. serves dist-demo/ with a plain static file server (scripts/static-server.mjs) under a sub-folder, so
//    that a path that is not relative would 404;
// 2. in Debian's Chromium (puppeteer-core) opens the site's root, the gallery and the embed builder;
// 3. checks that the builder offers exactly the elements define.js registers (the CDN build, which is
//    define-all, in a blank page that records every `customElements.define`), that each one previews;
// 4. picks an element, sets attributes, and checks that the preview renders, that the copied code is what the
//    fields say (computed here from dist/custom-elements.json and the fields' values), that pasting the code
//    into a blank page reproduces the chart (the CDN URL is answered with the local dist/ build), that the
//    link carries the state, that a bad value shows the element's own error and leaves the builder working,
//    and that a value is escaped in the code and never becomes markup;
// 5. checks what an editor meets, at 320 and 1280 px: with no state in the link the builder opens on a drawn
//    chart; the page never scrolls sideways, whichever element is picked; the Chinese UI has no English help;
//    the developers' fields start folded in a closed group; the copied code holds the element's sentence, which
//    a blank page shows with the script blocked (and the chart with it); "try the code" shows both; the
//    picture buttons save a PNG;
// 6. stops the browser and the server, and prints `N passed, M failed`.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serve, TYPES } from './static-server.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const site = join(root, 'dist-demo');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const TIMEOUT = 30_000;
/** The site lives in a sub-folder of the host, as on GitHub Pages. */
const PREFIX = '/some/host/folder/';
/** Where the builder's CDN line points; the browser gets dist/ from here instead. */
const CDN = `https://unpkg.com/${pkg.name}@${pkg.version}/`;
/** A blank page that holds nothing but what a test pastes into it. */
const BLANK = 'http://127.0.0.1/__blank.html';
/** The widths an editor works at: a phone and a desktop. */
const WIDTHS = [320, 1280];

let passed = 0;
let failed = 0;
const started = { server: undefined, browser: undefined };

async function check(name, fn) {
  try {
    const note = await fn();
    passed += 1;
    console.log(`  ok  ${name}${note ? `\n       ${note}` : ''}`);
  } catch (error) {
    failed += 1;
    console.log(`  FAIL ${name}\n       ${(error instanceof Error ? error.message : String(error)).replace(/\n/g, '\n       ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
function same(actual, expected, what) {
  assert(JSON.stringify(actual) === JSON.stringify(expected), `${what}:\n  got      ${JSON.stringify(actual)}\n  expected ${JSON.stringify(expected)}`);
}

async function cleanup() {
  await started.browser?.close().catch(() => {});
  started.browser = undefined;
  if (started.server) await new Promise((resolve) => started.server.close(resolve));
  started.server = undefined;
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => cleanup().finally(() => process.exit(130)));

// ---- What the manifest says (the same file the package ships) ----

const manifest = JSON.parse(readFileSync(join(root, 'dist', 'custom-elements.json'), 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

/** An attribute's default as the builder's field holds it: '' for none, 'true' for a set boolean. */
function defaultValue(attr) {
  const text = attr.default?.trim();
  if (text === undefined || ['null', 'undefined', "''", '""', 'false'].includes(text)) return '';
  return /^'(.*)'$|^"(.*)"$/.exec(text)?.slice(1).find((v) => v !== undefined) ?? text;
}

// ---- Browser helpers ----

/**
 * A page whose requests for the CDN are answered from dist/, and for BLANK with `body`. Records page errors
 * and the sx- events of every element.
 */
async function open(browser, url, body = '', { width = 1280, blockCdn = false } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 1000 });
  const log = { errors: [] };
  page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && log.errors.push(`console.error: ${m.text()}`));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const href = request.url();
    if (href === BLANK) {
      return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: `<!doctype html>\n<html>\n<head><meta charset="utf-8"></head>\n<body>\n${body}\n</body>\n</html>\n` });
    }
    // The blank page's own origin has nothing else (the favicon the browser asks for).
    if (href.startsWith(new URL(BLANK).origin + '/')) return request.respond({ status: 204, body: '' });
    if (href.startsWith(CDN)) {
      if (blockCdn) return request.abort('blockedbyclient');
      const file = join(root, href.slice(CDN.length).split('?')[0]);
      if (!file.startsWith(join(root, 'dist')) || !existsSync(file)) return request.respond({ status: 404, body: 'not found' });
      return request.respond({
        status: 200,
        headers: { 'access-control-allow-origin': '*' },
        contentType: TYPES[extname(file)] ?? 'application/octet-stream',
        body: readFileSync(file),
      });
    }
    if (href.startsWith('http://127.0.0.1') || href.startsWith('data:')) return request.continue();
    return request.respond({ status: 404, body: 'no outside network in this test' });
  });
  await page.evaluateOnNewDocument(() => {
    window.__sx = { defined: [], events: [] };
    const define = customElements.define.bind(customElements);
    customElements.define = (name, ...rest) => {
      window.__sx.defined.push(name);
      return define(name, ...rest);
    };
    for (const type of ['sx-ready', 'sx-error']) {
      document.addEventListener(type, (e) => window.__sx.events.push({ type, tag: e.composedPath()[0]?.localName, message: e.detail?.message }), true);
    }
  });
  await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
  return { page, log };
}

/** What a reader of one element sees: title, summary, whether a chart is drawn, the error, the source line. */
function readElement(el) {
  const root = el.shadowRoot;
  const text = (sel) => root?.querySelector(sel)?.textContent.replace(/\s+/g, ' ').trim() ?? null;
  return {
    tag: el.localName,
    title: text('[part~="title"]'),
    summary: text('[part~="summary"]'),
    error: text('[part~="error"]'),
    source: text('[part~="source"]'),
    text: root?.textContent.replace(/\s+/g, ' ').trim() ?? '',
    chart: Boolean(root?.querySelector('[part~="chart"] svg, [part~="chart"] canvas')),
  };
}

/** Waits until both preview frames say "rendered" or "error", and returns what each element shows. */
async function previews(page) {
  // The elements start their charts as they near the viewport: on a phone, the previews are below the fields.
  await page.$eval('.preview', (p) => p.scrollIntoView());
  await page.waitForFunction(
    () => [...document.querySelectorAll('.frame-status')].every((s) => s.dataset.state === 'ready' || s.dataset.state === 'error'),
    { timeout: TIMEOUT },
  );
  return page.$$eval('.frame', (frames, read) => {
    const readEl = new Function(`return (${read})`)();
    return frames.map((f) => ({ frame: f.dataset.frame, state: f.querySelector('.frame-status').dataset.state, ...readEl(f.querySelector('.frame-page > *')) }));
  }, readElement.toString());
}

/** The page scrolls sideways: its width beyond the viewport's, in px (0 when it fits). */
function sideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * The builder's own words a reader of the given UI language sees: everything in the builder but code, the
 * previews (the elements speak their own language) and the options of the fields' selects and lists (ids
 * from the dataset next to their labels).
 */
function uiText(page) {
  return page.$eval('#app', (app) => {
    const copy = app.cloneNode(true);
    copy.querySelectorAll('code, pre, .frame-page, [data-field] select, .multi-option, .kicker').forEach((n) => n.remove());
    return copy.textContent.replace(/\s+/g, ' ');
  });
}

/** The fields as the editor left them: name → the control's value ('true' / '' for a checkbox). */
function fieldValues(page) {
  return page.$$eval('[data-field]', (fields) =>
    Object.fromEntries(
      fields.map((f) => {
        const kind = f.dataset.kind;
        if (kind === 'boolean') return [f.dataset.field, f.querySelector('input').checked ? 'true' : ''];
        if (kind === 'multiple') {
          // The checked values, in the order the field keeps them.
          const list = f.querySelector('.multi');
          const checked = new Set([...list.querySelectorAll('input:checked')].map((i) => i.value));
          return [f.dataset.field, list.dataset.order.split(list.dataset.separator).filter((v) => checked.has(v)).join(list.dataset.separator)];
        }
        return [f.dataset.field, f.querySelector('select, input').value];
      }),
    ),
  );
}

/** The tag in a piece of embed code, parsed as a browser parses it: name and attributes. */
function parseTag(page, code) {
  return page.evaluate((code) => {
    const doc = new DOMParser().parseFromString(code, 'text/html');
    const el = [...doc.querySelectorAll('*')].find((e) => e.localName.startsWith('sx-'));
    const script = doc.querySelector('script');
    return el && { tag: el.localName, attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])), src: script?.getAttribute('src'), type: script?.getAttribute('type') };
  }, code);
}

async function copied(page, button) {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.click(`[data-copy="${button}"]`);
  await page.waitForFunction(() => document.querySelector('.copy-status')?.dataset.status !== 'idle', { timeout: TIMEOUT });
  const status = await page.$eval('.copy-status', (s) => s.dataset.status);
  assert(status === 'copied', `copy status is "${status}"`);
  return page.evaluate(() => navigator.clipboard.readText());
}

// ---- The checks ----

async function main() {
  for (const file of ['dist-demo/index.html', 'dist-demo/demo/index.html', 'dist-demo/demo/builder.html', 'dist/cdn/shanxi-report-charts.js']) {
    if (!existsSync(join(root, file))) throw new Error(`no ${file}: run \`npm run build && npm run build:demo\` first`);
  }
  started.server = await serve(site, { prefix: PREFIX });
  const origin = `http://127.0.0.1:${started.server.address().port}`;
  const base = `${origin}${PREFIX}`;
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium: run `node scripts/ensure-chromium.mjs`');
  started.browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const browser = started.browser;
  await browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);

  await check('the site uses relative paths only', () => {
    for (const file of ['index.html', 'demo/index.html', 'demo/builder.html']) {
      const htmlText = readFileSync(join(site, file), 'utf8');
      const absolute = [...htmlText.matchAll(/\s(?:src|href)="(\/[^"]*)"/g)].map((m) => m[1]);
      assert(absolute.length === 0, `${file} links to ${absolute.join(', ')}`);
    }
  });

  await check('the site root leads to the gallery, which renders its charts', async () => {
    const { page, log } = await open(browser, base);
    await page.waitForFunction(() => location.pathname.endsWith('/demo/') && window.__sx.events.length > 0, { timeout: TIMEOUT });
    assert((await page.$('a[href="./builder.html"], a[href="builder.html"]')) !== null, 'the gallery has no link to the builder');
    assert(log.errors.length === 0, log.errors.join('\n'));
    await page.close();
  });

  const { page, log } = await open(browser, `${base}demo/builder.html`);
  await page.waitForSelector('#element', { timeout: TIMEOUT });
  const offered = await page.$$eval('#element option', (options) => options.map((o) => o.value));

  await check('the builder offers every element define.js registers, and only those', async () => {
    const blank = await open(browser, BLANK, `<script type="module" src="${CDN}${pkg.unpkg}"></script>`);
    await blank.page.waitForFunction(() => window.__sx.defined.length > 0, { timeout: TIMEOUT });
    const defined = (await blank.page.evaluate(() => window.__sx.defined)).filter((n) => n.startsWith('sx-')).sort();
    await blank.page.close();
    same([...offered].sort(), defined, 'the builder\'s elements vs. the tags define.js registers');
    same([...offered].sort(), declarations.map((d) => d.tagName).sort(), 'the builder\'s elements vs. the manifest');
    return `${defined.length} elements: ${defined.join(', ')}`;
  });

  await check('every element previews at both widths, with one field per attribute of the manifest', async () => {
    for (const tag of offered) {
      await page.select('#element', tag);
      await page.waitForFunction((tag) => document.querySelector('.frame-page > *')?.localName === tag, { timeout: TIMEOUT }, tag);
      const shown = await previews(page);
      same(shown.map((s) => s.tag), [tag, tag], `<${tag}> previews`);
      for (const s of shown) assert(s.state === 'ready' ? s.title || s.summary : s.error, `<${tag}> at ${s.frame} shows nothing: ${JSON.stringify(s)}`);
      const decl = declarations.find((d) => d.tagName === tag);
      same(Object.keys(await fieldValues(page)), decl.attributes.map((a) => a.name), `<${tag}>'s fields`);
      const widths = await page.$$eval('.frame-page', (pages) => pages.map((p) => p.offsetWidth));
      same(widths, [360, 680], `<${tag}>'s frames' CSS width (px)`);
    }
    assert(log.errors.length === 0, log.errors.join('\n'));
  });

  for (const width of WIDTHS) {
    await check(`at ${width} px, with no state in the link, the builder opens on a drawn chart`, async () => {
      const fresh = await open(browser, `${base}demo/builder.html`, '', { width });
      await fresh.page.waitForSelector('.frame', { timeout: TIMEOUT });
      const shown = await previews(fresh.page);
      for (const s of shown) assert(s.state === 'ready' && !s.error && s.chart, `${s.frame}: ${JSON.stringify(s)}`);
      // The record picker holds a record, not "(not set)".
      const first = await fresh.page.$eval('[data-field]', (f) => ({ name: f.dataset.field, value: f.querySelector('select, input')?.value }));
      assert(first.value, `the first field, ${first.name}, starts unset`);
      assert(fresh.log.errors.length === 0, fresh.log.errors.join('\n'));
      await fresh.page.close();
      return `<${shown[0].tag} ${first.name}="${first.value}">`;
    });

    await check(`at ${width} px nothing scrolls sideways, whichever element is picked; the frames are scaled to fit`, async () => {
      const p = await open(browser, `${base}demo/builder.html`, '', { width });
      await p.page.waitForSelector('#element', { timeout: TIMEOUT });
      const scales = [];
      for (const tag of offered) {
        await p.page.select('#element', tag);
        await p.page.waitForFunction((tag) => document.querySelector('.frame-page > *')?.localName === tag, { timeout: TIMEOUT }, tag);
        await previews(p.page);
        same(await sideways(p.page), 0, `<${tag}>: px the page scrolls sideways`);
        const frames = await p.page.$$eval('.frame', (list) =>
          list.map((f) => ({ right: f.querySelector('.frame-page').getBoundingClientRect().right, box: f.querySelector('.frame-fit').getBoundingClientRect().right + 0.5 })),
        );
        for (const f of frames) assert(f.right <= f.box, `<${tag}>: a frame's page runs past its box (${f.right} > ${f.box})`);
        scales.push(await p.page.$$eval('.frame-page', (pages) => pages.map((x) => Math.round((x.getBoundingClientRect().width / x.offsetWidth) * 100)).join('/')));
      }
      assert(p.log.errors.length === 0, p.log.errors.join('\n'));
      await p.page.close();
      return `shown at ${[...new Set(scales)].join(', ')} %`;
    });
  }

  await check('the Chinese UI has no English help text; the English UI has the manifest\'s English', async () => {
    const p = await open(browser, `${base}demo/builder.html`);
    await p.page.waitForSelector('#element', { timeout: TIMEOUT });
    const english = [];
    for (const tag of offered) {
      await p.page.select('#element', tag);
      await p.page.waitForFunction((tag) => document.querySelector('.frame-page > *')?.localName === tag, { timeout: TIMEOUT }, tag);
      // A lowercase word of Latin letters outside code: English prose (names such as ECharts, VS Code, PNG start with a capital).
      const words = (await uiText(p.page)).match(/(?<![\p{L}-])[a-z]{2,}(?![\p{L}-])/gu) ?? [];
      if (words.length) english.push(`<${tag}>: ${[...new Set(words)].join(' ')}`);
    }
    assert(english.length === 0, `English words in the Chinese UI:\n${english.join('\n')}`);
    await p.page.click('input[name="switch-lang"][value="en"]');
    await p.page.waitForFunction(() => document.documentElement.lang === 'en', { timeout: TIMEOUT });
    const tag = await p.page.$eval('#element', (s) => s.value);
    const decl = declarations.find((d) => d.tagName === tag);
    const help = await p.page.$$eval('[data-field] .field-help', (list) => list.map((h) => h.textContent.replace(/\s+/g, ' ')));
    const firstWords = (text) => text.replace(/`/g, '').split(/\s+/).slice(0, 3).join(' ');
    for (const [i, attr] of decl.attributes.entries()) {
      const shown = help.find((h) => h.includes(firstWords(attr.description)));
      assert(shown, `the English help of ${attr.name} ("${firstWords(attr.description)}…") is not shown:\n${help[i]}`);
    }
    const option = await p.page.$eval('#element', (s) => s.selectedOptions[0].textContent);
    same(option.trim(), decl.summary, 'the element\'s name in the English UI');
    await p.page.close();
  });

  await check('the developers\' fields start folded in a closed "高级" group, after the editorial ones', async () => {
    const p = await open(browser, `${base}demo/builder.html`);
    await p.page.waitForSelector('#element', { timeout: TIMEOUT });
    const group = await p.page.$eval('details.advanced', (d) => ({
      open: d.open,
      summary: d.querySelector('summary').textContent.trim(),
      fields: [...d.querySelectorAll('[data-field]')].map((f) => f.dataset.field),
      visible: [...d.querySelectorAll('[data-field]')].some((f) => f.checkVisibility()),
    }));
    same(group.open, false, 'the group is open');
    same(group.summary, '高级', 'the group\'s name');
    assert(!group.visible, 'an advanced field shows while the group is closed');
    for (const name of ['static', 'eager', 'renderer', 'no-download']) assert(group.fields.includes(name), `${name} is not in the advanced group: ${group.fields}`);
    for (const name of ['lang', 'theme']) assert(!group.fields.includes(name), `${name} is in the advanced group`);
    const outside = await p.page.$$eval('.attributes [data-field]', (list) => list.map((f) => f.dataset.field));
    assert(outside.length > 2 && outside.at(-2) === 'lang' && outside.at(-1) === 'theme', `the editorial fields: ${outside}`);
    await p.page.close();
    return `editorial: ${outside.join(', ')}; advanced: ${group.fields.join(', ')}`;
  });

  // The walk-through: the gauge where the library has one, else the first element with an attribute that
  // picks records (its own attribute with values in the manifest); the record is that attribute's first value
  // that is not its default.
  const picks = (a) => !a.inheritedFrom && a.values?.length > 0;
  const pickDecl = declarations.find((d) => d.tagName === 'sx-target-gauge' && d.attributes.some(picks)) ?? declarations.find((d) => d.attributes?.some(picks));
  const tag = pickDecl.tagName;
  const picker = pickDecl.attributes.find(picks);
  const choice = picker.values.find((v) => v.value !== defaultValue(picker));
  const flag = pickDecl.attributes.find((a) => a.name === 'no-source');
  // The escaping check needs a free-text attribute: the first element that has one.
  const textDecl = declarations.find((d) => d.attributes?.some((a) => !a.values && a.type?.text !== 'boolean' && !/\bnumber\b/.test(a.type?.text ?? '')));
  const text = textDecl?.attributes.find((a) => !a.values && a.type?.text !== 'boolean' && !/\bnumber\b/.test(a.type?.text ?? ''));
  let code = '';

  // The checks above opened pages of their own: the walk-through's page is the one in front again (a page in
  // the background has no focus, so no clipboard, and its animation frames wait).
  await page.bringToFront();
  await check(`pick <${tag}>, set ${picker.name}, ${flag.name} and theme: the preview renders what the fields say`, async () => {
    await page.select('#element', tag);
    await page.select(`[data-field="${picker.name}"] select`, choice.value);
    await page.$eval('details.advanced', (d) => (d.open = true));
    await page.click(`[data-field="${flag.name}"] input`);
    await page.click('input[name="switch-theme"][value="dark"]');
    const label = await page.$eval(`[data-field="${picker.name}"] select`, (s) => s.selectedOptions[0].textContent);
    assert(label.includes(choice.value) && label.includes(choice.label.zh), `the option reads "${label}", not the value and its label`);
    await page.waitForFunction((name, value) => document.querySelector('.frame-page > *')?.getAttribute(name) === value, { timeout: TIMEOUT }, picker.name, choice.value);
    const shown = await previews(page);
    for (const s of shown) {
      assert(s.state === 'ready' && !s.error, `${s.frame}: ${JSON.stringify(s)}`);
      assert(s.text.includes(choice.label.zh), `${s.frame} does not show "${choice.label.zh}": ${JSON.stringify(s)}`);
      assert(s.source === null, `${s.frame} still shows the source line with ${flag.name} set`);
    }
    same(await page.$$eval('.frame-page', (f) => f.map((x) => x.dataset.theme)), ['dark', 'dark'], 'the preview pages\' theme');
  });

  await check('the copied embed code matches the fields: CDN line pinned to the version, only non-default attributes', async () => {
    code = await copied(page, 'embed');
    same(code, await page.$eval('#embed-code', (c) => c.textContent), 'clipboard vs. the code shown');
    const parsed = await parseTag(page, code);
    same(parsed.src, `${CDN}${pkg.unpkg}`, 'the script src');
    same(parsed.type, 'module', 'the script type');
    same(parsed.tag, tag, 'the tag');
    const fields = await fieldValues(page);
    const expected = {};
    for (const attr of pickDecl.attributes) {
      const value = fields[attr.name];
      if (attr.type?.text === 'boolean') {
        if (value === 'true') expected[attr.name] = '';
      } else if (value !== '' && value !== defaultValue(attr)) expected[attr.name] = value;
    }
    same(parsed.attrs, expected, 'the attributes in the code vs. the fields that differ from the defaults');
    same(parsed.attrs[picker.name], choice.value, `${picker.name} in the code`);
  });

  await check('the copied code holds the element\'s sentence; with the script blocked a blank page shows it', async () => {
    const sentence = await page.$eval('.frame[data-frame="article"] .frame-page > *', (el) => el.description);
    assert(sentence && sentence.includes(choice.label.zh), `the element's sentence is "${sentence}"`);
    const inCode = await page.evaluate((code, tag) => new DOMParser().parseFromString(code, 'text/html').querySelector(tag)?.textContent, code, tag);
    same(inCode, sentence, 'the text inside the copied tag');
    const blocked = await open(browser, BLANK, code, { blockCdn: true });
    const seen = await blocked.page.evaluate((tag) => ({ text: document.body.innerText.trim(), defined: Boolean(customElements.get(tag)) }), tag);
    same(seen, { text: sentence, defined: false }, 'the blank page with the script blocked');
    await blocked.page.close();
    await page.bringToFront();
    return sentence;
  });

  await check('"try the code" opens the copied code in a page of its own: the chart with the script, the sentence without', async () => {
    await page.evaluate(() => {
      window.__opened = [];
      window.open = (url) => window.__opened.push(url) && null;
    });
    await page.click('[data-try]');
    const [url] = await page.evaluate(() => window.__opened);
    assert(url && new URL(url).origin === origin && new URL(url).pathname.endsWith('/demo/try.html'), `it opens ${url}`);
    const tried = await open(browser, url);
    const frame = (name) => tried.page.frames().find((f) => f.name() === name);
    await tried.page.waitForFunction(() => document.querySelectorAll('iframe').length === 2, { timeout: TIMEOUT });
    const withScript = frame('with-script');
    await withScript.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="chart"] svg, [part~="chart"] canvas'), { timeout: TIMEOUT }, tag);
    const shown = await withScript.$eval(tag, readElement);
    assert(shown.chart && !shown.error && shown.text.includes(choice.label.zh), `with the script: ${JSON.stringify(shown)}`);
    const sentence = await page.$eval('.frame[data-frame="article"] .frame-page > *', (el) => el.description);
    const blockedText = await frame('script-blocked').evaluate((tag) => ({ text: document.body.innerText.trim(), defined: Boolean(customElements.get(tag)) }), tag);
    same(blockedText, { text: sentence, defined: false }, 'the frame with the script blocked');
    const sandboxes = await tried.page.$$eval('iframe', (list) => list.map((f) => f.getAttribute('sandbox')));
    assert(sandboxes.every((s) => s !== null && !s.includes('allow-same-origin')), `the frames' sandboxes: ${sandboxes}`);
    // The blocked frame says so in the console: that is the point of it.
    const errors = tried.log.errors.filter((e) => !/Blocked script execution in 'about:srcdoc'/.test(e));
    assert(errors.length === 0, errors.join('\n'));
    await tried.page.close();
    await page.bringToFront();
  });

  await check('the second button copies the npm import of the module that registers the tag', async () => {
    const npm = await copied(page, 'npm');
    const subpath = /import '([^']+)'/.exec(npm)?.[1];
    assert(subpath, `no import in:\n${npm}`);
    const target = pkg.exports[`.${subpath.slice(pkg.name.length)}`];
    const file = typeof target === 'string' ? target : target?.default;
    assert(file?.endsWith('/define.js'), `${subpath} is not a define module of package.json's exports`);
    const definesTag = manifest.modules.some((m) => `./${m.path}` === file && m.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === tag));
    assert(definesTag, `${file} does not register <${tag}> according to the manifest`);
  });

  await check('pasting the code into a blank page reproduces the chart', async () => {
    const [article] = (await previews(page)).filter((s) => s.frame === 'article');
    const pasted = await open(browser, BLANK, code);
    await pasted.page.waitForFunction((tag) => window.__sx.events.some((e) => e.tag === tag), { timeout: TIMEOUT }, tag);
    const seen = await pasted.page.$eval(tag, readElement);
    delete article.frame;
    delete article.state;
    assert(seen.chart, 'the pasted page draws no chart');
    same(seen, article, 'the pasted chart vs. the preview at article width');
    same(await pasted.page.evaluate(() => window.__sx.events.map((e) => e.type)), ['sx-ready'], 'the pasted page\'s events');
    assert(pasted.log.errors.length === 0, pasted.log.errors.join('\n'));
    await pasted.page.close();
    await page.bringToFront();
  });

  await check('the link carries the state: opened again, it shows the same fields and code', async () => {
    const url = page.url();
    assert(url.includes(`element=${tag}`) && url.includes(`${picker.name}=${encodeURIComponent(choice.value)}`), `the URL is ${url}`);
    const again = await open(browser, url);
    await again.page.waitForSelector('#embed-code', { timeout: TIMEOUT });
    same(await again.page.$eval('#embed-code', (c) => c.textContent), code, 'the code from the link');
    same(await fieldValues(again.page), await fieldValues(page), 'the fields from the link');
    await again.page.close();
    await page.bringToFront();
  });

  await check('the picture buttons save the preview as PNGs of the sizes they name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sx-builder-'));
    try {
      const cdp = await page.createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir, eventsEnabled: true });
      const buttons = await page.$$eval('[data-picture]', (list) => list.map((b) => b.dataset.picture));
      assert(buttons.length > 0, 'no picture buttons');
      const saved = [];
      for (const format of buttons) {
        const done = new Promise((resolve) => {
          let name = '';
          const begin = (e) => (name = e.suggestedFilename);
          const progress = (e) => {
            if (e.state === 'completed' || e.state === 'canceled') {
              cdp.off('Browser.downloadWillBegin', begin);
              cdp.off('Browser.downloadProgress', progress);
              resolve({ state: e.state, name, file: e.filePath });
            }
          };
          cdp.on('Browser.downloadWillBegin', begin);
          cdp.on('Browser.downloadProgress', progress);
        });
        await page.click(`[data-picture="${format}"]`);
        const result = await done;
        same(result.state, 'completed', `the ${format} download`);
        const bytes = readFileSync(result.file ?? join(dir, result.name));
        same([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join(''), 'PNG', `the ${format} file's signature`);
        // The PNG's own size (its IHDR chunk): the shape the button promises.
        const [w, h] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
        const shape = { square: w === h, portrait: h > w, landscape: w > h }[format];
        assert(shape !== false, `the ${format} picture is ${w}×${h}`);
        saved.push(`${format}: ${result.name} ${w}×${h}`);
      }
      await cdp.detach();
      return saved.join(', ');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const listDecl = declarations.find((d) => d.attributes?.some((a) => a.multiple && a.values?.length > 1));
  if (listDecl) {
    const list = listDecl.attributes.find((a) => a.multiple && a.values?.length > 1);
    await check(`an attribute that takes a list (<${listDecl.tagName} ${list.name}>): checked values are written joined by "${list.multiple}"`, async () => {
      await page.select('#element', listDecl.tagName);
      const boxes = await page.$$(`[data-field="${list.name}"] input[type="checkbox"]`);
      same(boxes.length, list.values.length, 'checkboxes');
      await boxes[1].click();
      await boxes[0].click();
      // In the order they were checked.
      const value = `${list.values[1].value}${list.multiple}${list.values[0].value}`;
      const parsed = await parseTag(page, await page.$eval('#embed-code', (c) => c.textContent));
      same(parsed.attrs[list.name], value, `${list.name} in the code`);
      same((await fieldValues(page))[list.name], value, `${list.name}'s field`);
      const shown = await previews(page);
      same(await page.$$eval('.frame-page > *', (els, name) => els.map((e) => e.getAttribute(name)), list.name), [value, value], 'the previews\' attribute');
      for (const s of shown) assert(s.state === 'ready' ? s.text : s.error, `${s.frame} shows nothing: ${JSON.stringify(s)}`);
    });
  }

  if (text) {
    await check(`a value is escaped in the code and never becomes markup (<${textDecl.tagName} ${text.name}>)`, async () => {
      await page.select('#element', textDecl.tagName);
      const evil = `"><img src=x onerror="window.__pwned=1">&`;
      await page.$eval(`[data-field="${text.name}"] input`, (input) => (input.value = ''));
      await page.type(`[data-field="${text.name}"] input`, evil);
      const shownCode = await page.$eval('#embed-code', (c) => c.textContent);
      assert(!shownCode.includes('<img') && shownCode.includes('&quot;&gt;&lt;img'), `the code is not escaped:\n${shownCode}`);
      const parsed = await parseTag(page, shownCode);
      same(parsed.attrs[text.name], evil, `${text.name} read back from the code`);
      const imgs = await page.evaluate(() => {
        const all = [document, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)];
        return all.reduce((n, r) => n + r.querySelectorAll('img').length, 0) + (window.__pwned ? 1000 : 0);
      });
      same(imgs, 0, 'img elements (or a run onerror) in the builder');
      await page.$eval(`[data-field="${text.name}"] input`, (input) => {
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    });
  }

  await check('a bad value shows the element\'s own error in the preview, and the builder keeps working', async () => {
    const bad = 'no-such-id-2030';
    // A select offers only good values; a link can carry any.
    const url = new URL(page.url());
    url.searchParams.set('element', tag);
    url.searchParams.set(picker.name, bad);
    const { page: p2, log: log2 } = await open(browser, url.href);
    await p2.waitForSelector('.frame', { timeout: TIMEOUT });
    const shown = await previews(p2);
    for (const s of shown) assert(s.state === 'error' && s.error && !s.chart, `${s.frame}: ${JSON.stringify(s)}`);
    const option = await p2.$eval(`[data-field="${picker.name}"] select`, (sel) => sel.selectedOptions[0].textContent);
    assert(option.includes(bad), `the select does not show the unknown value: "${option}"`);
    const reported = await p2.evaluate(() => window.__sx.events.filter((e) => e.type === 'sx-error').map((e) => e.message));
    assert(reported.length === 2, `${reported.length} sx-error events for two previews`);
    const statuses = await p2.$$eval('.frame-status', (list) => list.map((s) => s.textContent));
    for (const [i, s] of shown.entries()) {
      assert(s.error.includes(reported[i]), `the element shows "${s.error}", not its sx-error message "${reported[i]}"`);
      assert(statuses[i].includes(reported[i]), `the builder says "${statuses[i]}", not the element's error`);
    }
    await p2.select(`[data-field="${picker.name}"] select`, choice.value);
    const fixed = await previews(p2);
    for (const s of fixed) assert(s.state === 'ready' && !s.error, `after a good value, ${s.frame}: ${JSON.stringify(s)}`);
    const uncaught = log2.errors.filter((e) => e.startsWith('pageerror'));
    assert(uncaught.length === 0, uncaught.join('\n'));
    await p2.close();
  });

  if (log.errors.length) {
    failed += 1;
    console.log(`  FAIL the builder logged errors\n       ${log.errors.join('\n       ')}`);
  }
}

try {
  await main();
} catch (error) {
  failed += 1;
  console.log(`  FAIL ${error instanceof Error ? error.stack : String(error)}`);
} finally {
  await cleanup();
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
