// Scenario 10 of `npm run bench`: the report's long image (长图), as the command line makes it (dist/: the bench
// builds first). `shanxi-report-charts image sx-report --format png --width 1080`, all four sections, zh and en:
// wall time per picture (a fresh Node process: import, layout, ECharts, resvg), the CPU time that process used
// (user + system, every thread: on a shared machine it moves less than wall time) and the PNG's size.
// Budgets (issue 20 §5): at most 10 s and at most 3 MB.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'shanxi-report-charts.js');
// Loaded before the CLI (--import): at exit, the process writes its own CPU time to the file the bench names.
const CPU_HOOK = `data:text/javascript,${encodeURIComponent(
  "import { writeFileSync } from 'node:fs'; process.on('exit', () => { const u = process.cpuUsage(); writeFileSync(process.env.SXRC_CPU_FILE, JSON.stringify(u)); });",
)}`;

export const LONG_IMAGE_BUDGET = { ms: 10_000, bytes: 3 * 1024 * 1024 };

function png(lang) {
  const dir = mkdtempSync(join(tmpdir(), 'sx-bench-cpu-'));
  const cpuFile = join(dir, 'cpu.json');
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const args = ['--import', CPU_HOOK, CLI, 'image', 'sx-report', '--format', 'png', '--width', '1080', '--lang', lang];
    const options = { encoding: 'buffer', maxBuffer: 64 << 20, env: { ...process.env, SXRC_CPU_FILE: cpuFile } };
    execFile(process.execPath, args, options, (error, stdout, stderr) => {
      const ms = performance.now() - t;
      if (error) return reject(new Error(`long image (${lang}): ${stderr.toString('utf8') || error.message}`));
      const cpu = JSON.parse(readFileSync(cpuFile, 'utf8'));
      resolve({ ms, cpuMs: (cpu.user + cpu.system) / 1000, bytes: stdout.length, height: stdout.readUInt32BE(20) });
    });
  }).finally(() => rmSync(dir, { recursive: true, force: true }));
}

const spread = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1) };
};

/** `runs` pictures per language, one after the other. */
export async function longImageScenario(runs) {
  const out = {};
  for (const lang of ['zh', 'en']) {
    const list = [];
    for (let i = 0; i < runs; i++) list.push(await png(lang));
    out[lang] = { ms: spread(list.map((r) => r.ms)), cpuMs: spread(list.map((r) => r.cpuMs)), bytes: list[0].bytes, height: list[0].height };
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
    const cpu = r.cpuMs ? ` / CPU ${s(r.cpuMs.median)} (${s(r.cpuMs.min)}–${s(r.cpuMs.max)})` : '';
    row('10', `long image (${lang}), \`image sx-report --format png\`: s (min–max) / PNG size / height / CPU s`, `${s(r.ms.median)} (${s(r.ms.min)}–${s(r.ms.max)}) / ${mb(r.bytes)} / ${r.height} px${cpu}`, '', '');
  }
}
