// Write the dataset as JSON for readers who don't use TypeScript: dist/data/shanxi-2025.json, exported as
// shanxi-report-charts/data/shanxi-2025.json. Runs after `tsc -p tsconfig.build.json`, from the compiled module.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const moduleUrl = new URL('../dist/data/shanxi-2025.js', import.meta.url);
const outUrl = new URL('../dist/data/shanxi-2025.json', import.meta.url);

try {
  const { dataset } = await import(moduleUrl.href);
  if (!dataset || dataset.id !== 'shanxi-2025' || !Array.isArray(dataset.results)) {
    throw new Error(`${fileURLToPath(moduleUrl)} does not export the shanxi-2025 dataset`);
  }
  const json = {
    $schemaNote:
      'The shape of this file is the Dataset interface in data/types.ts (shipped as dist/data/types.d.ts). ' +
      'Values are scaled to base units (2000亿元 → 200000000000 with unit 元); `written` is the figure as the text writes it.',
    about: {
      readme: 'data/README.md: provenance, the value/written/unit rule, the qualifiers and the corrections made',
      provenance: dataset.source.provenance,
      licence:
        'Apache-2.0 for the dataset’s structure and translations (see LICENSE). The report is an official document of ' +
        'a state organ; the summary text is quoted from Shanxi Evening News (《山西晚报》) as the source it cites.',
    },
    ...dataset,
  };
  await mkdir(new URL('.', outUrl), { recursive: true });
  await writeFile(outUrl, `${JSON.stringify(json, null, 2)}\n`, 'utf8');
  console.log(`wrote ${fileURLToPath(outUrl)}`);
} catch (error) {
  console.error(`write-data-json: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
