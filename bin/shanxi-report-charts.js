#!/usr/bin/env node
// shanxi-report-charts: server rendering and pictures from the command line (Node ≥ 20).
//
//   shanxi-report-charts render in.html [--width 640] [--theme light|dark] [--lang zh|en] > out.html
//   shanxi-report-charts image <tag> attr=value … [--format svg|png] [--width 1080] [--lang zh|en]
//                              [--theme light|dark] [--preset square|portrait|landscape] [--font file.ttf|.otf|.ttc] > out.png
//   shanxi-report-charts --help
//
// `render` is renderPage() on a file (or - for standard input). `image` draws one element as a standalone
// picture (title, the figure in words, the chart, the source line); PNG through @resvg/resvg-js, an optional
// dependency, with a CJK font from the machine (Debian/Ubuntu: fonts-noto-cjk) or the one --font names.
// `image sx-report [sections=results,targets]` is the long image (长图): the whole report, 1080 px wide.
import { existsSync, readFileSync, writeSync } from 'node:fs';
import { PICTURE_PRESET_NAMES, renderImage, renderPage } from '../dist/src/ssr/index.js';
import { cjkFontFiles, latinFamily, latinFontFiles } from './cjk-fonts.js';
import { leanFontFiles, svgText } from './font-subset.js';

const USAGE = `Usage:
  shanxi-report-charts render <in.html|-> [--width 640] [--theme light|dark|auto] [--lang zh|en] > out.html
  shanxi-report-charts image <tag> [attr=value …] [--format svg|png] [--width 1080] [--lang zh|en]
                             [--theme light|dark] [--preset square|portrait|landscape] [--font file] > out.png
  shanxi-report-charts --help`;

const HELP = `${USAGE}

Commands:
  render   Server-renders every shanxi-report-charts element of an HTML file (- for standard input).
  image    Draws one element as a standalone picture (PNG by default, or SVG).
           image sx-report [sections=results,targets,tasks,projects] is the long image (长图) of the report.

Options:
  --width N        render: the width charts are drawn at (default 640); image: the picture's width (default 1080)
  --theme NAME     light (default), dark or auto (render only; a picture draws auto as light)
  --lang zh|en     the language (default: the element's, zh)
  --format svg|png image only (default png; PNG needs @resvg/resvg-js and a font with Chinese characters)
  --preset NAME    image only: a fixed size, square (1080×1080), portrait (1080×1350) or landscape (1200×675);
                   --width then does not apply
  --font FILE      image only: a .ttf/.otf/.ttc font file with Chinese characters for the PNG
  -h, --help       this text

Examples:
  shanxi-report-charts image sx-report sections=results,targets --format png --width 1080 > report.png
  shanxi-report-charts image sx-target-gauge indicator=gdp-growth actual=5.4 --lang en --format svg > gdp.svg`;

/** The options each command takes. */
const OPTIONS = {
  render: ['width', 'theme', 'lang'],
  image: ['format', 'width', 'lang', 'theme', 'preset', 'font'],
};

class UsageError extends Error {}

/** `--name value` and `--name=value` options, and the rest in order. An option `command` does not take is an error. */
function parseArgs(args, command) {
  const options = {};
  const rest = [];
  const known = OPTIONS[command] ?? [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      if (!known.includes(name)) {
        throw new UsageError(`unknown option "--${name}"${known.length ? ` (${command} takes ${known.map((o) => `--${o}`).join(', ')})` : ''}`);
      }
      const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      options[name] = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else rest.push(arg);
  }
  return { options, rest };
}

const oneOf = (name, value, allowed) => {
  if (value !== undefined && !allowed.includes(value)) throw new UsageError(`--${name} must be ${allowed.join(' or ')}, not "${value}"`);
  return value;
};
const number = (name, value) => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} must be a positive number, not "${value}"`);
  return n;
};

function write(data) {
  const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  for (let at = 0; at < buffer.length; ) at += writeSync(1, buffer, at);
}

async function render(rest, options) {
  if (rest.length !== 1) throw new UsageError('render takes one file (or - for standard input)');
  const html = readFileSync(rest[0] === '-' ? 0 : rest[0], 'utf8');
  write(
    await renderPage(html, {
      width: number('width', options.width),
      theme: oneOf('theme', options.theme, ['light', 'dark', 'auto']),
      lang: oneOf('lang', options.lang, ['zh', 'en']),
      warn: (message) => console.error(message),
    }),
  );
}


async function image(rest, options) {
  const [tag, ...pairs] = rest;
  if (!tag) throw new UsageError('image needs a tag, e.g. sx-target-gauge');
  const attributes = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq === 0) throw new UsageError(`"${pair}" is not attr=value`);
    if (eq < 0) attributes[pair] = true;
    else attributes[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  const format = oneOf('format', options.format, ['svg', 'png']) ?? 'png';
  const width = number('width', options.width) ?? 1080;
  const picture = await renderImage(tag, attributes, {
    width,
    lang: oneOf('lang', options.lang, ['zh', 'en']),
    theme: oneOf('theme', options.theme, ['light', 'dark', 'auto']),
    preset: oneOf('preset', options.preset, PICTURE_PRESET_NAMES),
  });
  if (format === 'svg') {
    write(`<?xml version="1.0" encoding="UTF-8"?>\n${picture.svg}\n`);
    return;
  }
  let Resvg;
  try {
    ({ Resvg } = await import('@resvg/resvg-js'));
  } catch {
    throw new Error('PNG needs @resvg/resvg-js (an optional dependency): npm install @resvg/resvg-js, or use --format svg');
  }
  if (options.font && !existsSync(options.font)) throw new UsageError(`--font: no file "${options.font}"`);
  const latin = options.font ? [] : latinFontFiles();
  // resvg reads a font file again for every glyph it draws: it gets lean copies of the big CJK files, with the
  // outlines of this picture's characters only (and of 山西, which the check below draws).
  const lean = leanFontFiles(options.font ? [options.font] : [...cjkFontFiles(), ...latin], `${svgText(picture.svg)}山西`);
  try {
    write(drawPng(Resvg, picture, lean.files, latin));
  } finally {
    lean.dispose();
  }
}

/** The PNG of `picture`, its words drawn with `fontFiles` (the machine's fonts when there are none). */
function drawPng(Resvg, picture, fontFiles, latin) {
  const cjk = {
    // A named font is enough; without one, the machine's own fonts are searched too (slower).
    loadSystemFonts: fontFiles.length === 0,
    fontFiles,
    defaultFontFamily: 'Noto Sans CJK SC',
    sansSerifFamily: 'Noto Sans CJK SC',
  };
  // The picture's words are Chinese (and the source line in English names a Chinese report): check that a
  // font draws them, rather than write a picture with blank or boxed text.
  if (!drawsChinese(Resvg, cjk)) {
    throw new Error(
      'No font with Chinese characters found: install one (Debian/Ubuntu: apt-get install fonts-noto-cjk) or pass --font <file>',
    );
  }
  // resvg matches a quoted family name only when it comes first in a font-family list (the pictures quote theirs:
  // 'Noto Sans', 'DejaVu Sans', …), and draws the others' text in its default font: an English picture's default
  // is the Latin font, since a CJK font draws ’ a full em wide ("Shanxi’ s"). Chinese characters in it still come
  // from the CJK font, which resvg falls back to for glyphs the Latin one lacks.
  const english = /^<svg\b[^>]*\slang="en"/.test(picture.svg);
  const latinFamilyName = latinFamily(latin[0]);
  const font = english && latinFamilyName ? { ...cjk, defaultFontFamily: latinFamilyName, sansSerifFamily: latinFamilyName } : cjk;
  // The picture's own width: a preset sets it (landscape 1200, not --width's 1080), so the PNG is exactly its size.
  return new Resvg(picture.svg, { font, fitTo: { mode: 'width', value: Math.round(picture.width) } }).render().asPng();
}

/** Whether these fonts draw 山西 as two different glyphs (no font draws nothing; a tofu font, two equal boxes). */
function drawsChinese(Resvg, font) {
  const glyph = (ch) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><text x="4" y="32" font-size="32">${ch}</text></svg>`;
    return new Resvg(svg, { font }).render().pixels;
  };
  const [a, b] = [glyph('山'), glyph('西')];
  const ink = (px) => px.filter((v, i) => i % 4 === 3 && v > 0).length;
  return ink(a) > 20 && ink(b) > 20 && Buffer.compare(Buffer.from(a), Buffer.from(b)) !== 0;
}

async function main(argv) {
  const [command, ...args] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    console.log(HELP);
    return;
  }
  if (!OPTIONS[command]) throw new UsageError(`unknown ${command.startsWith('-') ? 'option' : 'command'} "${command}"`);
  const { options, rest } = parseArgs(args, command);
  if (options.help) {
    console.log(HELP);
    return;
  }
  if (command === 'render') await render(rest, options);
  else if (command === 'image') await image(rest, options);
  else throw new UsageError(`unknown command "${command}"`);
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`shanxi-report-charts: ${String(error.message).replace(/^shanxi-report-charts\/ssr: /, '')}`);
  if (error instanceof UsageError) console.error(USAGE);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
