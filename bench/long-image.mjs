// Scenario 10 of `npm run bench`: the report's long image (长图), as the command line makes it (dist/: the bench
// builds first). `shanxi-report-charts image sx-report --format png --width 1080`, all four sections, zh and en:
// wall time per picture (a fresh Node process: import, layout, ECharts, resvg) and the PNG's size.
// Budgets (issue 20 §5): at most 10 s and at most 3 MB.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'shanxi-report-charts.js');

export const LONG_IMAGE_BUDGET = { ms: 10_000, bytes: 3 * 1024 * 1024 };

function png(lang) {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    execFile(process.execPath, [CLI, 'image', 'sx-report', '--format', 'png', '--width', '1080', '--lang', lang], { encoding: 'buffer', maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`long image (${lang}): ${stderr.toString('utf8') || error.message}`));
      else resolve({ ms: performance.now() - t, bytes: stdout.length, height: stdout.readUInt32BE(20) });
    });
  });
}

/** `runs` pictures per language, one after the other. */
export async function longImageScenario(runs) {
  const out = {};
  for (const lang of ['zh', 'en']) {
    const list = [];
    for (let i = 0; i < runs; i++) list.push(await png(lang));
    const ms = list.map((r) => r.ms).sort((a, b) => a - b);
    out[lang] = { ms: { median: ms[Math.floor(ms.length / 2)], min: ms[0], max: ms.at(-1) }, bytes: list[0].bytes, height: list[0].height };
  }
  return out;
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** The budget lines: the slowest picture and the PNG's size, per language. */
export function longImageChecks(s10, add) {
  for (const lang of ['zh', 'en']) {
    const r = s10[lang];
    add('10', `long image (${lang}) PNG, 1080 px wide: render time (slowest run)`, s(r.ms.max), `≤ ${s(LONG_IMAGE_BUDGET.ms)}`, r.ms.max <= LONG_IMAGE_BUDGET.ms);
    add('10', `long image (${lang}) PNG: size`, mb(r.bytes), `≤ ${mb(LONG_IMAGE_BUDGET.bytes)}`, r.bytes <= LONG_IMAGE_BUDGET.bytes);
  }
}

/** The results table's lines. */
export function longImageRows(s10, row) {
  for (const lang of ['zh', 'en']) {
    const r = s10[lang];
    row('10', `long image (${lang}), \`image sx-report --format png\`: s (min–max) / PNG size / height`, `${s(r.ms.median)} (${s(r.ms.min)}–${s(r.ms.max)}) / ${mb(r.bytes)} / ${r.height} px`, '', '');
  }
}
