// Where the browser suite's time goes: `WTR_TIMES=1 npx wtr` (web-test-runner.config.mjs adds this reporter) prints,
// once the run ends, each test file's wall time (from the end of the file before it; one page at a time, so that
// is the file's page load, hooks and tests) and its slowest tests, longest first. Issue 21 §6 keeps `npm test` fast.

/** A @web/test-runner reporter: per-file wall time and each file's slowest tests. */
export function timesReporter({ slowest = 3 } = {}) {
  const files = [];
  let last;
  const tests = (suite, prefix = '') =>
    suite
      ? [
          ...suite.tests.map((t) => ({ name: `${prefix}${t.name}`, ms: t.duration ?? 0 })),
          ...suite.suites.flatMap((s) => tests(s, `${prefix}${s.name} › `)),
        ]
      : [];
  return {
    start() {
      last = Date.now();
    },
    reportTestFileResults({ sessionsForTestFile, testFile }) {
      const now = Date.now();
      const all = sessionsForTestFile.flatMap((s) => tests(s.testResults));
      files.push({ file: testFile.replace(`${process.cwd()}/`, ''), ms: now - last, all });
      last = now;
    },
    onTestRunFinished() {
      const s = (ms) => `${(ms / 1000).toFixed(1)} s`.padStart(8);
      const lines = files
        .sort((a, b) => b.ms - a.ms)
        .map(({ file, ms, all }) => {
          const slow = all.sort((a, b) => b.ms - a.ms).slice(0, slowest);
          return [`${s(ms)}  ${file} (${all.length} tests)`, ...slow.map((t) => `${' '.repeat(12)}${s(t.ms)}  ${t.name.slice(0, 110)}`)].join('\n');
        });
      const total = files.reduce((sum, f) => sum + f.ms, 0);
      console.log(`\nTime per test file (${s(total).trim()} in all), longest first:\n${lines.join('\n')}\n`);
    },
  };
}
