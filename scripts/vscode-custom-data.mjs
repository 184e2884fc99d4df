// VS Code HTML custom data from the manifest: dist/custom-elements.json → dist/vscode.html-custom-data.json.
// With `"html.customData": ["./node_modules/shanxi-report-charts/dist/vscode.html-custom-data.json"]` in a
// project's .vscode/settings.json, the editor completes the <sx-…> tags, their attributes and their values,
// and shows each one's description on hover. Runs in `npm run build`, after `cem analyze`.
//
// Values come from the manifest (string-literal types like 'light' | 'dark' | 'auto', booleans) and, for the
// attributes that pick records, from the built dataset, so that `indicator="` offers the target ids.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const manifestUrl = new URL('dist/custom-elements.json', root);
const outUrl = new URL('dist/vscode.html-custom-data.json', root);
const { dataset } = await import(new URL('dist/data/index.js', root).href);

const both = (l) => `${l.zh} · ${l.en}`;

/** Attributes whose values are dataset ids. Every entry must name an attribute the manifest has. */
const DATA_VALUES = {
  'sx-target-gauge': {
    indicator: () => dataset.targets.map((t) => ({ name: t.id, description: `${both(t.label)}: ${t.written}` })),
  },
  'sx-project-list': {
    project: () => dataset.projects.map((p) => ({ name: String(p.number), description: both(p.title) })),
    category: () => dataset.categories.map((c) => ({ name: c.id, description: both(c.label) })),
  },
  'sx-metric-bars': {
    set: () => dataset.comparableSets.map((c) => ({ name: c.id, description: both(c.title) })),
  },
  'sx-stat': {
    result: () => dataset.results.map((r) => ({ name: r.id, description: `${both(r.label)}${r.kind === 'figure' ? `: ${r.written}` : ''}` })),
  },
};

/** `'light' | 'dark' | 'auto'` → ['light', 'dark', 'auto']; anything that is not all string literals → undefined. */
function literals(typeText) {
  const parts = (typeText ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'null' && p !== 'undefined');
  const values = parts.map((p) => /^'([^']*)'$|^"([^"]*)"$/.exec(p)).map((m) => m && (m[1] ?? m[2]));
  return values.length > 0 && values.every((v) => v !== null) ? values : undefined;
}

function list(title, items, name = (i) => `\`${i.name}\``) {
  if (!items?.length) return '';
  return `\n\n**${title}**\n${items.map((i) => `- ${name(i)}${i.description ? ` — ${i.description}` : ''}`).join('\n')}`;
}

function tagDescription(decl) {
  const text = [decl.summary, decl.description].filter(Boolean).join('\n\n');
  return {
    kind: 'markdown',
    value:
      text +
      list('Events', decl.events) +
      list('Slots', decl.slots, (s) => (s.name ? `\`${s.name}\`` : '(default)')) +
      list('CSS parts', decl.cssParts, (p) => `\`::part(${p.name})\``) +
      list('CSS custom properties', decl.cssProperties),
  };
}

function attributeData(tag, attr) {
  const out = { name: attr.name, description: attr.description ?? '' };
  const type = attr.type?.text ?? '';
  const fromData = DATA_VALUES[tag]?.[attr.name];
  if (fromData) {
    out.values = fromData();
  } else if (type === 'boolean') {
    out.valueSet = 'v';
  } else {
    const values = literals(type);
    if (values) out.values = values.map((name) => ({ name }));
  }
  if (attr.default !== undefined && attr.default !== "''" && attr.default !== 'null' && type !== 'boolean') {
    out.description += `${out.description ? ' ' : ''}Default: ${attr.default}.`;
  }
  return out;
}

try {
  const manifest = JSON.parse(await readFile(manifestUrl, 'utf8'));
  const tags = [];
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      const attributes = (decl.attributes ?? []).map((a) => attributeData(decl.tagName, a));
      for (const name of Object.keys(DATA_VALUES[decl.tagName] ?? {})) {
        if (!attributes.some((a) => a.name === name)) {
          throw new Error(`<${decl.tagName}> has no attribute "${name}" any more: update DATA_VALUES`);
        }
      }
      tags.push({ name: decl.tagName, description: tagDescription(decl), attributes });
    }
  }
  if (tags.length === 0) throw new Error('the manifest declares no custom elements');
  for (const tag of Object.keys(DATA_VALUES)) {
    if (!tags.some((t) => t.name === tag)) throw new Error(`the manifest has no <${tag}>: update DATA_VALUES`);
  }
  tags.sort((a, b) => a.name.localeCompare(b.name));
  const data = { $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json', version: 1.1, tags };
  await writeFile(outUrl, `${JSON.stringify(data, null, 2)}\n`, 'utf8');
  console.log(`wrote ${fileURLToPath(outUrl)} (${tags.map((t) => `<${t.name}>`).join(', ')})`);
} catch (error) {
  console.error(`vscode-custom-data: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
