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

/** The CJK font files on this machine (regular and bold of the first family found). */
export function cjkFontFiles() {
  const found = CJK_FONTS.filter((f) => existsSync(f));
  const dir = (f) => f.slice(0, Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\')));
  return found.filter((f) => dir(f) === dir(found[0] ?? ''));
}
