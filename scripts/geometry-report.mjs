// The geometry check's failures as a plain list, from outside the test suite (issue 17 §1):
//
//   node scripts/geometry-report.mjs [words…] [--times] [--out FILE]   e.g.  node scripts/geometry-report.mjs sx-metric-bars
//
// Runs test/geometry.test.ts in the browser suite's own setup (web-test-runner.config.mjs: Chromium, the
// esbuild plugin, the server commands), keeps only the tests whose name contains every word given (mocha's
// grep), and prints one line per problem, e.g. `sx-metric-bars[set=industry-revenues] 1280 zh: "预计20…" ends
// in …`, then a count per element (`--times`: each test's duration too, on stderr). Exits 1 when there are problems, 0 when there are none.
import { writeFileSync } from 'node:fs';
import { startTestRunner } from '@web/test-runner';
import base from '../web-test-runner.config.mjs';

const words = process.argv.slice(2).filter((a, i, all) => !a.startsWith('-') && all[i - 1] !== '--out');
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Test results as the runner reports them: suites of tests, each with its error. */
function* tests(suite, path = []) {
  for (const t of suite?.tests ?? []) yield { name: [...path, t.name].join(' > '), test: t };
  for (const s of suite?.suites ?? []) yield* tests(s, [...path, s.name]);
}

const lines = [];
const broken = [];
const times = [];
let ran = 0;
const collector = {
  onTestRunFinished({ sessions }) {
    for (const session of sessions) {
      for (const e of session.errors ?? []) broken.push(`${session.testFile}: ${e.message ?? e}`);
      for (const { name, test } of tests(session.testResults)) {
        // A test left out by the words given is reported neither passed nor with an error.
        if (!test.passed && !test.error) continue;
        ran++;
        times.push(`${String(test.duration ?? '?').padStart(6)} ms  ${name}`);
        if (test.passed) continue;
        const message = test.error.message ?? String(test.error);
        const found = message.split('\n').filter((l) => /^sx-/.test(l));
        if (found.length) lines.push(...found);
        else broken.push(`${name}: ${message}`);
      }
    }
  },
};

const runner = await startTestRunner({
  readCliArgs: false,
  // The suite's config, read here rather than by the runner: the runner lets a file config win over this one.
  readFileConfig: false,
  autoExitProcess: false,
  config: {
    ...base,
    files: ['test/geometry.test.ts'],
    watch: false,
    reporters: [collector],
    testFramework: { ...base.testFramework, config: { ...base.testFramework?.config, ...(words.length ? { grep: words.map(escape).join('.*') } : {}) } },
  },
});
if (!runner) process.exit(2);
await new Promise((resolve) => runner.on('finished', resolve));
await runner.stop();

const counts = new Map();
for (const line of lines) {
  const element = line.split(' ')[0];
  counts.set(element, (counts.get(element) ?? 0) + 1);
}
const report = [
  ...lines,
  '',
  `${lines.length} problems in ${ran} tests${counts.size ? ':' : '.'}`,
  ...[...counts].map(([element, n]) => `  ${String(n).padStart(5)}  ${element}`),
].join('\n');
console.log(`\n${report}`);
// `--out FILE`: the list alone in a file, without the runner's progress lines.
const out = process.argv.indexOf('--out');
if (out > 0 && process.argv[out + 1]) writeFileSync(process.argv[out + 1], `${report}\n`);
if (process.argv.includes('--times')) for (const t of times) console.error(t);
for (const b of broken) console.error(`not a geometry problem: ${b}`);
process.exit(lines.length || broken.length ? 1 : 0);
