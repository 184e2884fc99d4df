import { expect } from '@open-wc/testing';
import '../components/target-gauge/define.js';
import { DARK_PALETTE, DEFAULT_PALETTE, paletteKey, readPalette } from '../src/chart/theme.js';

// The server renderer draws with these palettes (it has no styles to read); the browser compares what it reads
// with the colours written on the picture, and redraws when they differ. They must be the styles' defaults.
describe('the default palettes', () => {
  afterEach(() => document.body.replaceChildren());

  for (const [theme, palette] of [['light', DEFAULT_PALETTE], ['dark', DARK_PALETTE]] as const) {
    it(`are what an element reads in the ${theme} scheme`, async () => {
      const el = document.createElement('sx-target-gauge');
      el.setAttribute('theme', theme);
      document.body.append(el);
      await el.updateComplete;
      const read = readPalette(el);
      expect(paletteKey(read)).to.equal(paletteKey(palette));
      expect(read.dark).to.equal(palette.dark);
    });
  }
});
