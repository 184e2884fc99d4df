import type { Palette } from './option-context.js';

/** The palette's type lives with the option builders' context (pure, no DOM); this module reads it from the styles. */
export type { Palette } from './option-context.js';

/** The light scheme's defaults, as src/chart/styles.ts sets them; what a detached element reads. */
export const DEFAULT_PALETTE: Readonly<Palette> = {
  text: '#1f2328',
  muted: '#59636e',
  background: '#ffffff',
  border: '#d1d9e0',
  accent: '#c0392b',
  accentSoft: '#d9665b',
  track: '#848d97',
  positive: '#1a7f37',
  negative: '#a04b00',
  series: ['#c0392b', '#2f6eba', '#b07400', '#1a7f37', '#7a4fb5', '#00838f'],
  fontFamily: 'system-ui, sans-serif',
  dark: false,
};

/**
 * The dark scheme's defaults, as src/chart/styles.ts sets them. With DEFAULT_PALETTE, what the server renderer
 * draws with (it has no styles to read); test/theme.test.ts checks both against what an element reads.
 */
export const DARK_PALETTE: Readonly<Palette> = {
  text: '#e6edf3',
  muted: '#a5adb8',
  background: '#151b23',
  border: '#3d444d',
  accent: '#ff7b72',
  accentSoft: '#b8514a',
  track: '#6e7681',
  positive: '#56d364',
  negative: '#f0883e',
  series: ['#ff7b72', '#79c0ff', '#e3b341', '#56d364', '#d2a8ff', '#56d4dd'],
  fontFamily: 'system-ui, sans-serif',
  dark: true,
};

export function readPalette(host: Element): Palette {
  const style = getComputedStyle(host);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--_text', DEFAULT_PALETTE.text),
    muted: read('--_muted', DEFAULT_PALETTE.muted),
    background: read('--_background', DEFAULT_PALETTE.background),
    border: read('--_border', DEFAULT_PALETTE.border),
    accent: read('--_accent', DEFAULT_PALETTE.accent),
    accentSoft: read('--_accent-soft', DEFAULT_PALETTE.accentSoft),
    track: read('--_track', DEFAULT_PALETTE.track),
    positive: read('--_positive', DEFAULT_PALETTE.positive),
    negative: read('--_negative', DEFAULT_PALETTE.negative),
    series: DEFAULT_PALETTE.series.map((c, i) => read(`--_series-${i + 1}`, c)),
    fontFamily: style.fontFamily || DEFAULT_PALETTE.fontFamily,
    dark: read('--_scheme', 'light') === 'dark',
  };
}

/** A palette's colours as one string (the font aside): the server writes it on its picture, the browser compares. */
export function paletteKey(p: Palette): string {
  return [p.text, p.muted, p.background, p.border, p.accent, p.accentSoft, p.track, p.positive, p.negative, ...p.series].join(' ');
}

/** Equality of two palettes, so that an unchanged scheme does not repaint. */
export function samePalette(a: Palette | undefined, b: Palette): boolean {
  return !!a && JSON.stringify(a) === JSON.stringify(b);
}
