import { expect } from '@open-wc/testing';
import {
  attributesFor,
  embedCode,
  elementsOf,
  npmCode,
  readState,
  startValues,
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
          zh: { summary: '一个东西。' },
          attributes: [
            {
              name: 'pick',
              type: { text: 'string' },
              default: "''",
              values: [{ value: 'a', label: { zh: '甲', en: 'A' } }, { value: 'b' }],
              description: 'The record.',
              zh: { description: '记录。' },
            },
            { name: 'many', type: { text: 'string' }, multiple: ' ', values: [{ value: 'x' }, { value: 'y' }] },
            { name: 'count', type: { text: 'number' }, default: '3' },
            { name: 'label', type: { text: 'string' }, default: "''" },
            { name: 'no-source', type: { text: 'boolean' }, default: 'false', inheritedFrom: { name: 'SxChartElement' } },
            {
              name: 'theme',
              type: { text: "'light' | 'dark' | 'auto'" },
              default: "'light'",
              values: [{ value: 'light' }, { value: 'dark' }, { value: 'auto' }],
              inheritedFrom: { name: 'SxChartElement' },
            },
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
    expect(spec!.fields.map((f) => f.advanced)).to.deep.equal([false, false, false, false, false, true]);
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

  it('speaks both languages: the manifest\'s Chinese, else its English', () => {
    expect(spec!.summary).to.deep.equal({ en: 'A thing.', zh: '一个东西。' });
    expect(spec!.fields[0]!.description).to.deep.equal({ en: 'The record.', zh: '记录。' });
    expect(spec!.fields[1]!.description).to.deep.equal({ en: '', zh: '' });
  });

  it('opens on the first record when the link says nothing, and keeps what a link says', () => {
    expect(startValues(spec!)).to.deep.equal({ pick: 'a' });
    expect(readState('', [spec!]).values).to.deep.equal({ pick: 'a' });
    expect(readState('?element=sx-thing', [spec!]).values).to.deep.equal({});
    expect(readState('?element=sx-thing&pick=b', [spec!]).values).to.deep.equal({ pick: 'b' });
  });

  it('puts the element\'s sentence inside the tag as text, escaped', () => {
    const code = embedCode(spec!, { pick: 'a' }, pkg, '2025年 <b>增长</b> & 5%。');
    expect(code.split('\n')[1]).to.equal('<sx-thing pick="a">2025年 &lt;b&gt;增长&lt;/b&gt; &amp; 5%。</sx-thing>');
    const parsed = new DOMParser().parseFromString(code, 'text/html').querySelector('sx-thing')!;
    expect(parsed.textContent).to.equal('2025年 <b>增长</b> & 5%。');
    expect(parsed.children.length).to.equal(0);
  });

  it('falls back to the first element for a tag the manifest does not declare', () => {
    expect(readState('?element=%3Cimg%3E&pick=b', [spec!]).spec.tag).to.equal('sx-thing');
  });
});
