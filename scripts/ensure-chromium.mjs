// Make sure a Chromium is there for the browser tests and the benchmark.
// Found: print nothing. Missing, as root with apt-get: install Debian's `chromium`. Otherwise: one line, exit 1.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

if (!findChromium()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('No Chromium found: installing Debian\'s chromium with apt-get …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  }
  if (!findChromium()) {
    console.error(
      'No Chromium found: install Debian\'s `chromium` package (apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome binary.',
    );
    process.exit(1);
  }
}
