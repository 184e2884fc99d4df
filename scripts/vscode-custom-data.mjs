// VS Code HTML custom data from the manifest: dist/custom-elements.json → dist/vscode.html-custom-data.json.
// With `"html.customData": ["./node_modules/shanxi-report-charts/dist/vscode.html-custom-data.json"]` in a
// project's .vscode/settings.json, the editor completes the <sx-…> tags, their attributes and their values,
// and shows each one's description on hover. Runs in `npm run build`, after `cem analyze`.
//
// Values come from the manifest: every attribute with a closed set of values lists them with their labels
// (string-literal types, and the dataset ids the attributes that pick records take; see
// custom-elements-manifest.config.mjs), so that `indicator="` offers the target ids. Descriptions come in
// both languages: the English, then the Chinese the manifest carries (`zh`, from `@summary-zh` / `@attr-zh`).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const manifestUrl = new URL('dist/custom-elements.json', root);
const outUrl = new URL('dist/vscode.html-custom-data.json', root);

/** A value's description: its labels in both languages, and what the record says where it says more. */
function valueDescription(v) {
  const label = v.label && v.label.zh !== v.label.en ? `${v.label.zh} · ${v.label.en}` : v.label?.en;
  return [label, v.description].filter(Boolean).join(': ') || undefined;
}

function list(title, items, name = (i) => `\`${i.name}\``) {
  if (!items?.length) return '';
  return `\n\n**${title}**\n${items.map((i) => `- ${name(i)}${i.description ? ` — ${i.description}` : ''}`).join('\n')}`;
}

function tagDescription(decl) {
  const text = [decl.summary, decl.zh?.summary, decl.description].filter(Boolean).join('\n\n');
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

function attributeData(attr) {
  const out = { name: attr.name, description: attr.description ?? '' };
  const zh = attr.zh?.description;
  const type = attr.type?.text ?? '';
  if (attr.values) {
    out.values = attr.values.map((v) => ({ name: v.value, ...(valueDescription(v) && { description: valueDescription(v) }) }));
  } else if (type === 'boolean') {
    out.valueSet = 'v';
  }
  if (attr.default !== undefined && attr.default !== "''" && attr.default !== 'null' && type !== 'boolean') {
    out.description += `${out.description ? ' ' : ''}Default: ${attr.default}.`;
  }
  if (zh) out.description += `${out.description ? '\n\n' : ''}${zh}`;
  return out;
}

try {
  const manifest = JSON.parse(await readFile(manifestUrl, 'utf8'));
  const tags = [];
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      const attributes = (decl.attributes ?? []).map(attributeData);
      tags.push({ name: decl.tagName, description: tagDescription(decl), attributes });
    }
  }
  if (tags.length === 0) throw new Error('the manifest declares no custom elements');
  tags.sort((a, b) => a.name.localeCompare(b.name));
  const data = { $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json', version: 1.1, tags };
  await writeFile(outUrl, `${JSON.stringify(data, null, 2)}\n`, 'utf8');
  console.log(`wrote ${fileURLToPath(outUrl)} (${tags.map((t) => `<${t.name}>`).join(', ')})`);
} catch (error) {
  console.error(`vscode-custom-data: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
