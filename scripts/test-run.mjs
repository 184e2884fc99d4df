// `npm test`: every check of the project, as package.json's scripts define each one, run two (or as many as the
// machine has cores, up to four) at a time instead of one after another (issue 21 §6). Most stages use one core
// or wait on a browser; the browser suite, the longest, starts as soon as the build it needs is there.
// - A stage starts once the stages it needs have passed: the tests need `build` (dist/), the site and print checks
//   `build:demo` (dist-demo/), and everything that drives Chromium or draws Chinese needs `ensure` (which installs
//   what is missing with apt-get, once, before any two stages could ask apt-get at the same time).
// - Each stage's output is printed whole when it ends (no interleaving), then a table of every stage's time.
// - A failure does not stop the stages that do not need the failed one; those that do are skipped. Exit code 1.
// `node scripts/test-run.mjs lint test:node` runs only the stages named (and not what they need: build first);
// TEST_JOBS=1 runs one stage at a time, in the order below.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

/** In the order they start when several could: the longest first, once what it needs is there. */
const STAGES = [
  { name: 'ensure', command: 'node scripts/ensure-chromium.mjs && node scripts/ensure-cjk-font.mjs' },
  { name: 'build' },
  { name: 'test:browser', after: ['build', 'ensure'] },
  { name: 'lint' },
  { name: 'typecheck' },
  { name: 'build:demo' },
  // Its Eleventy test writes a site into test/ssr/eleventy/.out/ (removed after), which eslint must not meet.
  { name: 'test:node', after: ['build', 'ensure', 'lint'] },
  { name: 'test:package', after: ['build', 'ensure'] },
  // `npm run test:site` builds the demo first; here `build:demo` is a stage of its own, shared with the print check.
  { name: 'test:site', after: ['build', 'build:demo', 'ensure'], command: 'node scripts/test-demo-site.mjs' },
  { name: 'test:print', after: ['build:demo', 'ensure'] },
];

const only = process.argv.slice(2);
const unknown = only.filter((name) => !STAGES.some((s) => s.name === name));
if (unknown.length) {
  console.error(`test-run: no stage ${unknown.join(', ')}; the stages: ${STAGES.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const stages = STAGES.filter((s) => !only.length || only.includes(s.name)).map((s) => ({
  ...s,
  after: (s.after ?? []).filter((name) => !only.length || only.includes(name)),
  state: 'waiting',
}));
const jobs = Number(process.env.TEST_JOBS) || Math.min(4, Math.max(2, availableParallelism()));
const t0 = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const clock = () => {
  const s = Math.round((Date.now() - t0) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** `npm run NAME` (with the npm that runs this script, when npm does), or the stage's own command, in a shell. */
function start(stage) {
  stage.state = 'running';
  stage.started = Date.now();
  const npm = process.env.npm_execpath ? `"${process.execPath}" "${process.env.npm_execpath}"` : 'npm';
  const command = stage.command ?? `${npm} run ${stage.name}`;
  console.log(`[${clock()}] start ${stage.name}`);
  const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk));
  child.stderr.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      stage.ms = Date.now() - stage.started;
      stage.state = code === 0 ? 'passed' : 'failed';
      const verdict = code === 0 ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`;
      console.log(`\n──── ${stage.name}: ${verdict} in ${seconds(stage.ms)} ────`);
      process.stdout.write(Buffer.concat(output));
      console.log(`──── end of ${stage.name} [${clock()}] ────\n`);
      resolve();
    });
  });
}

const running = new Set();
for (;;) {
  // Stages whose needs failed or were skipped are skipped in turn.
  for (const s of stages) {
    if (s.state === 'waiting' && s.after.some((name) => ['failed', 'skipped'].includes(stages.find((x) => x.name === name).state))) {
      s.state = 'skipped';
      console.log(`[${clock()}] skip ${s.name}: it needs ${s.after.join(', ')}`);
    }
  }
  const ready = stages.filter((s) => s.state === 'waiting' && s.after.every((name) => stages.find((x) => x.name === name).state === 'passed'));
  for (const s of ready.slice(0, jobs - running.size)) {
    const run = start(s).then(() => running.delete(run));
    running.add(run);
  }
  if (running.size === 0) break;
  await Promise.race(running);
}

console.log(`npm test: ${jobs} stages at a time, ${seconds(Date.now() - t0)} in all`);
for (const s of stages) console.log(`  ${s.state.padEnd(7)} ${s.name.padEnd(13)} ${s.ms === undefined ? '' : seconds(s.ms).padStart(8)}`);
process.exitCode = stages.every((s) => s.state === 'passed') ? 0 : 1;
