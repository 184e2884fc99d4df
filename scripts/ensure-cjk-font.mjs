// Make sure a font with Chinese glyphs is there for the CLI's PNG test (test/node/cli.test.mjs).
// Found: print nothing. Missing, as root with apt-get: install Debian's `fonts-noto-cjk`. Otherwise: one line,
// exit 1 (the PNG test needs it; `--font` is the way without one).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cjkFontFiles } from '../bin/cjk-fonts.js';

if (cjkFontFiles().length === 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("No CJK font found: installing Debian's fonts-noto-cjk with apt-get …");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'fonts-noto-cjk'], { stdio: 'inherit', env });
  }
  if (cjkFontFiles().length === 0) {
    console.error('No CJK font found: install fonts-noto-cjk (apt-get install fonts-noto-cjk), or see bin/cjk-fonts.js.');
    process.exit(1);
  }
}
