// `npm run new-element NAME` (scripts/new-element.mjs), run on a copy of this repository (its node_modules
// linked, not copied): the dry run changes nothing, bad and taken names are refused, and a real run makes an
// element the whole project compiles with, whose files lint clean, registered everywhere outside its folder. (That
// the element then passes the contract is for `npx wtr --files test/NAME.test.ts` on such a copy: a browser run.)
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** What is not the project's source: installed, built, or made by tests and tools. */
const NOT_SOURCE = new Set(['node_modules', '.git', 'dist', 'dist-demo', '.wtr-cache', 'coverage', 'screenshots', join('bench', '.tmp'), join('test', 'ssr', 'eleventy', '.out')]);
const dir = mkdtempSync(join(tmpdir(), 'sx-new-element-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const NAME = 'growth-line';
const TAG = `sx-${NAME}`;
/** The files outside the new element's folder that a run changes. */
const OUTSIDE = ['package.json', 'src/define-all.ts', 'src/index.ts', 'scripts/check-pack.mjs', 'demo/demo.ts', 'bench/html.mjs', 'test/geometry-fixtures.ts', 'README.md'];
const NEW = [
  `components/${NAME}/${NAME}.ts`,
  `components/${NAME}/${NAME}.styles.ts`,
  `components/${NAME}/${NAME}.option.ts`,
  `components/${NAME}/${NAME}.chart.ts`,
  `components/${NAME}/define.ts`,
  `test/${NAME}.test.ts`,
  `demo/${NAME}.ts`,
];

const read = (file) => readFileSync(join(dir, file), 'utf8');
const snapshot = () => Object.fromEntries(OUTSIDE.map((f) => [f, read(f)]));
/** Runs a command in the copy; resolves with its exit code and output. */
function run(command, args) {
  const { status, stdout, stderr } = spawnSync(command, args, { cwd: dir, encoding: 'utf8', timeout: 150_000 });
  return { code: status, stdout, stderr };
}
const newElement = (...args) => run(process.execPath, ['scripts/new-element.mjs', ...args]);
/** Runs a tool of node_modules in the copy, in the background (two can run at once); resolves like `run`. */
const tool = (path, args) =>
  new Promise((resolve) => {
    const child = execFile(process.execPath, [join(dir, 'node_modules', ...path.split('/')), ...args], { cwd: dir, encoding: 'utf8', timeout: 150_000, maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
    child.stdin?.end();
  });

before(() => {
  cpSync(root, dir, {
    recursive: true,
    filter: (src) => {
      const rel = relative(root, src);
      return ![...NOT_SOURCE].some((skip) => rel === skip || rel.startsWith(`${skip}${sep}`));
    },
  });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
});

describe('npm run new-element', () => {
  it('--dry-run lists the new files and the changes, and writes nothing', () => {
    const before = snapshot();
    const { code, stdout, stderr } = newElement(NAME, '--dry-run');
    assert.equal(code, 0, stderr);
    for (const file of [...NEW, ...OUTSIDE]) assert.match(stdout, new RegExp(`\\b${file.replace(/[.]/g, '\\.')}\\b`), file);
    assert.deepEqual(snapshot(), before);
    assert.equal(existsSync(join(dir, 'components', NAME)), false);
    // A text-only element has no chart module, option builder or chart budgets.
    const text = newElement(NAME, '--text', '--dry-run');
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /text-only element \(SxFigureElement\)/);
    assert.doesNotMatch(text.stdout, /\.chart\.ts|\.option\.ts|check-pack/);
    assert.match(text.stdout, new RegExp(`components/${NAME}/define\\.ts`));
  });

  it('refuses a name that is not lowercase words and hyphens, carries sx-, or is taken, changing nothing', () => {
    const before = snapshot();
    for (const [name, why] of [
      ['GrowthLine', /lowercase/],
      ['growth--line', /lowercase/],
      ['1-line', /lowercase/],
      ['sx-growth-line', /without "sx-"/],
      ['share-ring', /components\/share-ring exists/],
      ['define', /already exports "\.\/define\.js"/],
    ]) {
      const { code, stderr } = newElement(name);
      assert.equal(code, 1, name);
      assert.match(stderr, why, name);
    }
    assert.equal(newElement().code, 1, 'no name');
    assert.equal(newElement(NAME, '--chart').code, 1, 'an unknown flag');
    assert.deepEqual(snapshot(), before);
  });

  it(`creates <${TAG}> and registers it everywhere outside its folder; the project compiles, lints and its README is in step`, { timeout: 180_000 }, async () => {
    const { code, stderr } = newElement(NAME);
    assert.equal(code, 0, stderr);
    for (const file of NEW) assert.ok(existsSync(join(dir, file)), `${file} was not created`);

    const pkg = JSON.parse(read('package.json'));
    assert.deepEqual(pkg.exports[`./${NAME}.js`], {
      types: `./dist/components/${NAME}/define.d.ts`,
      default: `./dist/components/${NAME}/define.js`,
    });
    assert.ok(pkg.sideEffects.includes(`./dist/components/${NAME}/define.js`), 'sideEffects');
    const defineAll = read('src/define-all.ts');
    assert.match(defineAll, new RegExp(`^import '\\.\\./components/${NAME}/define\\.js';$`, 'm'));
    assert.match(defineAll, new RegExp(`^export \\{ defineGrowthLine \\} from '\\.\\./components/${NAME}/define\\.js';$`, 'm'));
    assert.match(read('src/index.ts'), new RegExp(`^export \\{ SxGrowthLine \\} from '\\.\\./components/${NAME}/${NAME}\\.js';$`, 'm'));
    const checkPack = read('scripts/check-pack.mjs');
    const budgets = /const BUDGET_KB = \{[^}]*\}/.exec(checkPack)?.[0] ?? '';
    const closure = /const CLOSURE_BUDGET_KB = \{[^}]*\}/.exec(checkPack)?.[0] ?? '';
    assert.match(budgets, new RegExp(`'${NAME}\\.chart-': \\d+`), 'the chart chunk budget');
    assert.match(closure, new RegExp(`'${NAME}': \\d+`), 'the closure budget');
    const demo = read('demo/demo.ts');
    assert.match(demo, new RegExp(`^import \\{ growthLineDemo \\} from '\\./${NAME}\\.js';$`, 'm'));
    assert.match(/const moduleSections = \[[^\]]*\]/.exec(demo)?.[0] ?? '', /growthLineDemo\(kit\)/);
    const { cdnAllPage } = await import(pathToFileURL(join(dir, 'bench', 'html.mjs')).href);
    assert.match(cdnAllPage('/cdn/x.js'), new RegExp(`<${TAG} [^>]*></${TAG}>`), "the bench's every-element page");
    assert.match(read('test/geometry-fixtures.ts'), new RegExp(`\\{ tag: '${TAG}'`));
    const readme = read('README.md');
    assert.match(readme, new RegExp(`^\\| \\[\`<${TAG}>\`\\]\\(#${TAG}\\) \\|.*\\| \`import 'shanxi-report-charts/${NAME}\\.js'\` \\|$`, 'm'), 'the element table');
    assert.match(readme, new RegExp(`^### ${TAG}$`, 'm'));
    assert.match(read(`test/${NAME}.test.ts`), new RegExp(`elementContract\\(\\{\\s+tag: '${TAG}'`));

    // A text-only element beside it: it extends SxFigureElement, with no chart hooks to stub.
    const text = newElement('growth-note', '--text');
    assert.equal(text.code, 0, text.stderr);
    assert.match(read('components/growth-note/growth-note.ts'), /extends SxFigureElement</);
    assert.doesNotMatch(read('components/growth-note/growth-note.ts'), /loadChart|chartOption|hasChart/);

    const readmeCheck = run(process.execPath, ['scripts/readme-elements.mjs', '--check']);
    assert.equal(readmeCheck.code, 0, readmeCheck.stderr);
    // The whole project compiles, and the new files lint clean: both at once (each uses one core).
    const [tsc, lint] = await Promise.all([
      tool('typescript/bin/tsc', ['--noEmit', '-p', 'tsconfig.json']),
      tool('eslint/bin/eslint.js', [`components/${NAME}`, `test/${NAME}.test.ts`, `demo/${NAME}.ts`, 'components/growth-note']),
    ]);
    assert.equal(tsc.code, 0, `tsc:\n${tsc.stdout}${tsc.stderr}`);
    assert.equal(lint.code, 0, `eslint:\n${lint.stdout}${lint.stderr}`);
  });

  it('does not run twice for one name', () => {
    const before = snapshot();
    const { code, stderr } = newElement(NAME);
    assert.equal(code, 1);
    assert.match(stderr, /components\/growth-line exists/);
    assert.deepEqual(snapshot(), before);
  });
});
