/**
 * The embed builder's model, made from custom-elements.json and nothing else: which elements there are, which
 * fields each one gets, the embed code for a set of values, and the state a link carries. No element is named
 * here: an element the manifest describes is an element the builder offers.
 *
 * A field's kind follows the attribute: `values` listed in the manifest → a select (a set of checkboxes when the
 * attribute takes a list), `boolean` → a checkbox, a type with `number` → a number field, anything else → text.
 *
 * Fields come in two groups: the editorial ones (the element's own attributes — what to show, the outcome — then
 * the language and the colour scheme) and the advanced ones, folded away: the attributes every element inherits
 * for developers (renderer, eager, static, no-download, no-title, no-source).
 */
import { tagSnippet } from './embed-code.js';

export interface Localized {
  zh: string;
  en: string;
}

/** The parts of custom-elements.json the builder reads (see custom-elements-manifest.config.mjs). */
export interface ManifestValue {
  value: string;
  label?: Localized;
  description?: string;
}
export interface ManifestAttribute {
  name: string;
  description?: string;
  /** The Chinese description (custom-elements-manifest.config.mjs, from `@attr-zh`). */
  zh?: { description?: string };
  /** Set on attributes the element inherits from its base class. */
  inheritedFrom?: { name: string };
  type?: { text?: string };
  default?: string;
  values?: ManifestValue[];
  /** Set on attributes that take a list of values: the separator. */
  multiple?: string;
}
export interface ManifestDeclaration {
  kind?: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  /** The Chinese summary (custom-elements-manifest.config.mjs, from `@summary-zh`). */
  zh?: { summary?: string };
  description?: string;
  attributes?: ManifestAttribute[];
}
export interface ManifestExport {
  kind: string;
  name: string;
  declaration?: { name: string; module?: string };
}
export interface Manifest {
  modules: { path: string; declarations?: ManifestDeclaration[]; exports?: ManifestExport[] }[];
}
export interface PackageInfo {
  name: string;
  version: string;
  /** package.json's `unpkg`: the CDN file, from the package root. */
  cdn: string;
  /** package.json's `exports`: subpath → `{ default }` or a path. */
  exports: Record<string, string | { default?: string }>;
}

export type FieldKind = 'select' | 'multiple' | 'boolean' | 'number' | 'text';

export interface Field {
  name: string;
  kind: FieldKind;
  /** What the attribute does, in both languages (the English where the manifest has no Chinese). */
  description: Localized;
  /** A developer's field, folded under "Advanced". */
  advanced: boolean;
  /** The value the element assumes when the attribute is absent, as the field holds it ('' for none). */
  defaultValue: string;
  values: ManifestValue[];
  separator: string;
}

export interface ElementSpec {
  tag: string;
  /** What the element shows, in both languages. */
  summary: Localized;
  fields: Field[];
  /** The module a plugin author imports to register the tag: `shanxi-report-charts/target-gauge.js`. */
  importPath: string;
}

/** A field's value as text: '' is "not set"; a checked checkbox is 'true'. */
export type Values = Record<string, string>;

/** `'light'` → `light`, `''` / `null` / `undefined` → '', `false` → ''; anything else as written. */
function defaultOf(attr: ManifestAttribute, kind: FieldKind): string {
  const text = attr.default?.trim();
  if (text === undefined || text === 'null' || text === 'undefined' || text === "''" || text === '""') return '';
  if (kind === 'boolean') return text === 'true' ? 'true' : '';
  const quoted = /^'([^']*)'$|^"([^"]*)"$/.exec(text);
  return quoted ? (quoted[1] ?? quoted[2] ?? '') : text;
}

/** The inherited attributes an editor sets: the rest of what every element inherits is a developer's. */
const EDITORIAL_SHARED = new Set(['lang', 'theme']);

function fieldOf(attr: ManifestAttribute): Field {
  const type = attr.type?.text ?? '';
  const values = attr.values ?? [];
  const kind: FieldKind =
    values.length > 0
      ? attr.multiple
        ? 'multiple'
        : 'select'
      : type === 'boolean'
        ? 'boolean'
        : /\bnumber\b/.test(type)
          ? 'number'
          : 'text';
  return {
    name: attr.name,
    kind,
    description: { en: attr.description ?? '', zh: attr.zh?.description ?? attr.description ?? '' },
    advanced: attr.inheritedFrom !== undefined && !EDITORIAL_SHARED.has(attr.name),
    defaultValue: defaultOf(attr, kind),
    values,
    separator: attr.multiple ?? ' ',
  };
}

function subpathOf(pkg: PackageInfo, modulePath: string): string {
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    if (file === `./${modulePath}`) return `${pkg.name}${subpath.slice(1)}`;
  }
  return `${pkg.name}/define.js`;
}

/** Every custom element the manifest declares, in tag order, with its fields and its registering module. */
export function elementsOf(manifest: Manifest, pkg: PackageInfo): ElementSpec[] {
  const registeredBy = new Map<string, string>();
  for (const mod of manifest.modules) {
    for (const exp of mod.exports ?? []) {
      if (exp.kind === 'custom-element-definition' && mod.path.endsWith('/define.js')) registeredBy.set(exp.name, mod.path);
    }
  }
  const specs: ElementSpec[] = [];
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      const definedIn = registeredBy.get(decl.tagName);
      const fields = (decl.attributes ?? []).map(fieldOf);
      const rank = (f: Field) => (f.advanced ? 2 : EDITORIAL_SHARED.has(f.name) ? 1 : 0);
      specs.push({
        tag: decl.tagName,
        summary: { en: decl.summary ?? '', zh: decl.zh?.summary ?? decl.summary ?? '' },
        // Editorial first (the element's own, then language and scheme), advanced last; stable within each.
        fields: fields.map((f, i) => [f, i] as const).sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j).map(([f]) => f),
        importPath: definedIn ? subpathOf(pkg, definedIn) : `${pkg.name}/define.js`,
      });
    }
  }
  return specs.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The attributes to write: those whose value differs from the default, in the manifest's order. */
export function attributesFor(spec: ElementSpec, values: Values): [string, string][] {
  const out: [string, string][] = [];
  for (const field of spec.fields) {
    const value = values[field.name] ?? field.defaultValue;
    if (field.kind === 'boolean') {
      // A boolean attribute can only be switched on; one that is on by default cannot be written off.
      if (value === 'true' && field.defaultValue !== 'true') out.push([field.name, '']);
    } else if (value.trim() !== '' && value !== field.defaultValue) {
      out.push([field.name, value]);
    }
  }
  return out;
}

/** The version-pinned CDN script line. */
export function cdnLine(pkg: PackageInfo): string {
  return `<script type="module" src="https://unpkg.com/${pkg.name}@${pkg.version}/${pkg.cdn}"></script>`;
}

/**
 * What an editor pastes: the CDN line, then the tag with only the attributes that differ from the defaults,
 * holding `fallback` (the element's sentence, its `description`) as text: what a reader sees where the script is
 * blocked or slow. The element, once defined, shows its figure instead.
 */
export function embedCode(spec: ElementSpec, values: Values, pkg: PackageInfo, fallback = ''): string {
  return `${cdnLine(pkg)}\n${tagSnippet(spec.tag, attributesFor(spec, values), fallback)}`;
}

/**
 * The values an element starts with when nothing says otherwise: its first record picked, so that the builder
 * opens on a chart, never on the error of a missing attribute. The record picker is the element's first own
 * attribute that takes one value from a list (indicator, result, set…).
 */
export function startValues(spec: ElementSpec): Values {
  const picker = spec.fields.find((f) => !f.advanced && !EDITORIAL_SHARED.has(f.name) && f.kind === 'select');
  const first = picker?.values[0]?.value;
  return picker && first !== undefined && picker.defaultValue === '' ? { [picker.name]: first } : {};
}

/** What a plugin author writes instead of the CDN line: install the package, register the one tag. */
export function npmCode(spec: ElementSpec, pkg: PackageInfo): string {
  return `// npm install ${pkg.name}@${pkg.version}\nimport '${spec.importPath}';`;
}

/** The builder's own parameter in the URL; every other parameter is an attribute. */
export const ELEMENT_PARAM = 'element';

/**
 * A link's state: the element (one the manifest knows, else the first) and its attributes' values. A link with
 * no element (the builder's own address) starts on the first element with its first record picked.
 */
export function readState(search: string, specs: readonly ElementSpec[]): { spec: ElementSpec; values: Values } {
  const q = new URLSearchParams(search);
  const spec = specs.find((s) => s.tag === q.get(ELEMENT_PARAM)) ?? specs[0]!;
  if (!q.has(ELEMENT_PARAM)) return { spec, values: startValues(spec) };
  const values: Values = {};
  for (const field of spec.fields) {
    const value = q.get(field.name);
    if (value === null) continue;
    values[field.name] = field.kind === 'boolean' ? (value === 'false' ? '' : 'true') : value;
  }
  return { spec, values };
}

/** The query string for a state: the element, then the attributes the embed code writes. */
export function writeState(spec: ElementSpec, values: Values): string {
  const q = new URLSearchParams();
  q.set(ELEMENT_PARAM, spec.tag);
  for (const [name, value] of attributesFor(spec, values)) q.set(name, value);
  return `?${q.toString()}`;
}
