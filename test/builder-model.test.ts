import { expect } from '@open-wc/testing';
import {
  attributesFor,
  embedCode,
  elementsOf,
  npmCode,
  readState,
  writeState,
  type Manifest,
  type PackageInfo,
} from '../demo/builder-model.js';

// The embed builder's model against a small manifest shaped as custom-elements-manifest.config.mjs writes it
// (the builder in the browser, with the real manifest, is checked by scripts/test-demo-site.mjs).

const pkg: PackageInfo = {
  name: 'shanxi-report-charts',
  version: '9.8.7',
  cdn: 'dist/cdn/shanxi-report-charts.js',
  exports: {
    '.': { default: './dist/src/index.js' },
    './x-thing.js': { default: './dist/components/x-thing/define.js' },
  },
};

const manifest: Manifest = {
  modules: [
    {
      path: 'dist/components/x-thing/x-thing.js',
      declarations: [
        {
          kind: 'class',
          name: 'SxThing',
          tagName: 'sx-thing',
          customElement: true,
          summary: 'A thing.',
          attributes: [
            { name: 'pick', type: { text: 'string' }, default: "''", values: [{ value: 'a', label: { zh: '甲', en: 'A' } }, { value: 'b' }] },
            { name: 'many', type: { text: 'string' }, multiple: ' ', values: [{ value: 'x' }, { value: 'y' }] },
            { name: 'count', type: { text: 'number' }, default: '3' },
            { name: 'label', type: { text: 'string' }, default: "''" },
            { name: 'theme', type: { text: "'light' | 'dark' | 'auto'" }, default: "'light'", values: [{ value: 'light' }, { value: 'dark' }, { value: 'auto' }] },
            { name: 'no-source', type: { text: 'boolean' }, default: 'false' },
          ],
        },
        { kind: 'class', name: 'NotAnElement' },
      ],
    },
    {
      path: 'dist/components/x-thing/define.js',
      exports: [{ kind: 'custom-element-definition', name: 'sx-thing', declaration: { name: 'SxThing' } }],
    },
  ],
};

describe('embed builder model', () => {
  const [spec] = elementsOf(manifest, pkg);

  it('makes one field per attribute, of the kind its manifest entry says', () => {
    expect(elementsOf(manifest, pkg).map((s) => s.tag)).to.deep.equal(['sx-thing']);
    expect(spec!.fields.map((f) => [f.name, f.kind, f.defaultValue])).to.deep.equal([
      ['pick', 'select', ''],
      ['many', 'multiple', ''],
      ['count', 'number', '3'],
      ['label', 'text', ''],
      ['theme', 'select', 'light'],
      ['no-source', 'boolean', ''],
    ]);
    expect(spec!.importPath).to.equal('shanxi-report-charts/x-thing.js');
  });

  it('writes only the attributes that differ from their defaults, escaped, after the pinned CDN line', () => {
    const code = embedCode(spec!, { pick: 'a', count: '3', theme: 'light', label: '"><b>&', 'no-source': 'true' }, pkg);
    expect(code).to.equal(
      '<script type="module" src="https://unpkg.com/shanxi-report-charts@9.8.7/dist/cdn/shanxi-report-charts.js"></script>\n' +
        '<sx-thing\n  pick="a"\n  label="&quot;&gt;&lt;b&gt;&amp;"\n  no-source\n></sx-thing>',
    );
    const parsed = new DOMParser().parseFromString(code, 'text/html').querySelector('sx-thing')!;
    expect(parsed.getAttribute('label')).to.equal('"><b>&');
    expect(parsed.querySelector('b')).to.equal(null);
    expect(embedCode(spec!, {}, pkg).split('\n')[1]).to.equal('<sx-thing></sx-thing>');
    expect(npmCode(spec!, pkg)).to.equal("// npm install shanxi-report-charts@9.8.7\nimport 'shanxi-report-charts/x-thing.js';");
  });

  it('keeps the state in the link: read back, it writes the same attributes', () => {
    const awkward = ['', 'b', 'x y', '3', '-1e3', ' a ', '&=?#%', '"><img src=x>', '中文 · en', 'element', 'light', 'dark'];
    for (const [i, value] of awkward.entries()) {
      const values = { pick: value, many: value, count: value, label: awkward[(i + 3) % awkward.length]!, theme: value, 'no-source': i % 2 ? 'true' : '' };
      const state = readState(writeState(spec!, values), [spec!]);
      expect(state.spec).to.equal(spec);
      expect(attributesFor(spec!, state.values), JSON.stringify(values)).to.deep.equal(attributesFor(spec!, values));
    }
  });

  it('falls back to the first element for a tag the manifest does not declare', () => {
    expect(readState('?element=%3Cimg%3E&pick=b', [spec!]).spec.tag).to.equal('sx-thing');
  });
});
