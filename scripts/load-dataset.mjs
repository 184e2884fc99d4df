// The dataset, straight from data/*.ts, for Node scripts that run before (or without) a build: the manifest
// config reads the ids and labels that become the attributes' values (custom-elements.json), and the dev
// server regenerates that manifest while data/ changes. Each .ts file is transpiled as it is (types erased,
// nothing bundled) into a fresh temporary folder, imported, and the folder removed.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));

/** @returns {Promise<import('../data/index.ts')>} the module data/index.ts, as of now. */
export async function loadDataset() {
  const dir = mkdtempSync(join(tmpdir(), 'sx-data-'));
  try {
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    for (const name of readdirSync(dataDir)) {
      if (!name.endsWith('.ts') || name.endsWith('.d.ts') || name.endsWith('.test.ts')) continue;
      const { outputText } = ts.transpileModule(readFileSync(join(dataDir, name), 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
        fileName: name,
      });
      writeFileSync(join(dir, name.replace(/\.ts$/, '.js')), outputText);
    }
    return await import(pathToFileURL(join(dir, 'index.js')).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
