/**
 * The page `npm run shots` (scripts/shots.mjs) photographs: every element, mounted one at a time in a column
 * (./geometry-check.ts's `mountIn`, `settleLayout`), and its pictures: what the download menu makes (caught on
 * the way out, as the geometry check does) and every preset in PICTURE_PRESETS, drawn through the same
 * functions a download uses (src/download/picture-render.ts), so a preset added there shows up here.
 */
import '../src/define-all.js';
import { PICTURE_PRESETS } from '../src/chart/picture.js';
import { fromPalette, pngBlob, pictureDocument, type ElementPictureRequest } from '../src/download/picture-render.js';
import type { DownloadSource } from '../src/controllers/downloads.js';
import { pictureText } from '../src/download/download-work.js';
import {
  capturePictures,
  fixtureName,
  makeColumn,
  mountIn,
  pictureProblems,
  pictureWordsOf,
  samePictures,
  screenProblems,
  settleLayout,
  type CapturedPicture,
  type GeometryFixture,
} from './geometry-check.js';
import { GEOMETRY_FIXTURES } from './geometry-fixtures.js';

let column: HTMLElement | undefined;
let current: HTMLElement | undefined;

const toBase64 = async (blob: Blob) => {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

/** Every preset of PICTURE_PRESETS, drawn as a download draws one (src/download/download-work.ts). */
async function presetPictures(el: HTMLElement): Promise<CapturedPicture[]> {
  // The element's download source is its own (private) business; the shots read it as the menu does.
  const source = (el as unknown as { downloadSource?(): DownloadSource | undefined }).downloadSource?.();
  const chart = source?.chart;
  if (!source || !chart) return [];
  const loaded = await chart.load();
  const out: CapturedPicture[] = [];
  for (const preset of Object.keys(PICTURE_PRESETS) as ElementPictureRequest['preset'][]) {
    const request = fromPalette({
      ...loaded,
      palette: chart.palette,
      text: pictureText(source, loaded.runtime),
      preset,
      chartHeight: undefined,
      fallbackFigures: source.figures?.items,
    });
    const { svg } = await pictureDocument(request, PICTURE_PRESETS[preset].scale);
    out.push({ format: `preset-${preset}`, svg, png: await pngBlob(request) });
  }
  return out;
}

const api = {
  fixtures: (): GeometryFixture[] => GEOMETRY_FIXTURES,
  name: (f: GeometryFixture) => fixtureName(f),
  /** Mounts the fixture alone on the page; returns nothing (the element is `current`). */
  async mount(f: GeometryFixture, width: number, lang: string, theme: string): Promise<void> {
    column?.remove();
    document.body.classList.toggle('dark', theme === 'dark');
    column = makeColumn(width);
    current = await mountIn(column, f, { lang, theme });
  },
  /** Resizes the column in place and waits for the charts to settle; returns the geometry problems there. */
  async resize(width: number, where: string): Promise<string[]> {
    column!.style.width = `${width}px`;
    await settleLayout(current!, `settled at ${width} px`);
    return screenProblems(current!, where);
  },
  /** The element's pictures, each once: the menu's downloads and every preset; PNGs as base64, with problems. */
  async pictures(where: string): Promise<{ format: string; png?: string; problems: string[]; error?: string }[]> {
    const out: { format: string; png?: string; problems: string[]; error?: string }[] = [];
    let all: CapturedPicture[] = [];
    try {
      all = await capturePictures(current as never);
    } catch (error) {
      out.push({ format: 'downloads', problems: [], error: String(error) });
    }
    try {
      all.push(...(await presetPictures(current!)));
    } catch (error) {
      out.push({ format: 'presets', problems: [], error: String(error) });
    }
    // The plain PNG and SVG downloads are one picture; the standard preset is that picture too.
    for (const p of samePictures(all)) {
      out.push({ format: p.format, png: p.png ? await toBase64(p.png) : undefined, problems: pictureProblems(p, where, undefined, pictureWordsOf(current!)) });
    }
    return out;
  },
};

(window as unknown as { __shots: typeof api }).__shots = api;
document.body.dataset['ready'] = 'true';
