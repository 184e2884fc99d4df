// Fonts with Chinese glyphs where Linux, macOS and Windows keep them: what `shanxi-report-charts image` draws
// a PNG's words with when no --font is given (scripts/ensure-cjk-font.mjs installs one on a bare CI machine).
import { existsSync } from 'node:fs';

export const CJK_FONTS = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/System/Library/Fonts/PingFang.ttc',
  'C:\\Windows\\Fonts\\msyh.ttc',
  'C:\\Windows\\Fonts\\msyhbd.ttc',
];

/**
 * Sans-serif fonts for Latin text, with Arial's metrics or close to them: an English picture names them before the
 * CJK fonts (whose quotation marks and apostrophes are a full em wide).
 */
export const LATIN_FONTS = [
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf',
  '/usr/share/fonts/opentype/urw-base35/NimbusSans-Bold.otf',
  '/System/Library/Fonts/Helvetica.ttc',
  'C:\\Windows\\Fonts\\arial.ttf',
  'C:\\Windows\\Fonts\\arialbd.ttf',
];

/** The Latin font files on this machine (those of the first directory found). */
export function latinFontFiles() {
  return firstFound(LATIN_FONTS);
}

/** The family name of a font file of LATIN_FONTS (what resvg matches a picture's font-family against). */
export function latinFamily(file) {
  const families = [
    [/Liberation/i, 'Liberation Sans'],
    [/DejaVu/i, 'DejaVu Sans'],
    [/Nimbus/i, 'Nimbus Sans'],
    [/Helvetica/i, 'Helvetica'],
    [/arial/i, 'Arial'],
  ];
  return families.find(([re]) => re.test(file ?? ''))?.[1];
}

/** The CJK font files on this machine (regular and bold of the first family found). */
export function cjkFontFiles() {
  return firstFound(CJK_FONTS);
}

/** The files of `fonts` on this machine that are in the directory of the first one found. */
function firstFound(fonts) {
  const found = fonts.filter((f) => existsSync(f));
  const dir = (f) => f.slice(0, Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\')));
  return found.filter((f) => dir(f) === dir(found[0] ?? ''));
}
