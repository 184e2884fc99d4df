import { VERSION } from './version.js';

export interface DefineOptions {
  /**
   * Register under another prefix: `{ prefix: 'news' }` turns `sx-target-gauge` into `news-target-gauge`,
   * for pages where the `sx-` names are taken.
   */
  prefix?: string;
  /** Register under exactly this name (wins over `prefix`). */
  tagName?: string;
}

/** A tag name the HTML parser accepts for a custom element: lowercase, starts with a letter, has a hyphen. */
const VALID_NAME = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/** The name a tag gets under the options. */
export function tagNameFor(defaultName: string, options: DefineOptions = {}): string {
  if (options.tagName) return options.tagName;
  if (options.prefix) return `${options.prefix}-${defaultName.replace(/^sx-/, '')}`;
  return defaultName;
}

/**
 * Registers an element class under its tag, safely:
 * - a name already taken by this very class (the same script twice on one page) is skipped silently;
 * - a name taken by another class is left alone, with one console warning naming both versions;
 * - a name other than the default registers a subclass, because the platform lets one class hold one name.
 * Returns the name used, or undefined when nothing was registered.
 */
export function defineElement(
  defaultName: string,
  ctor: CustomElementConstructor,
  options: DefineOptions = {},
): string | undefined {
  const registry = globalThis.customElements;
  if (!registry) return undefined;
  const name = tagNameFor(defaultName, options);
  if (!VALID_NAME.test(name)) {
    console.warn(`shanxi-report-charts: "${name}" is not a valid custom element name; <${defaultName}> was not registered.`);
    return undefined;
  }
  const existing = registry.get(name) as (CustomElementConstructor & { sxVersion?: string }) | undefined;
  if (existing) {
    // The same class, a subclass of it, or the same version from a second copy of the script: nothing to say.
    if (existing !== ctor && !(existing.prototype instanceof ctor) && existing.sxVersion !== VERSION) {
      const theirs = existing.sxVersion ? `version ${existing.sxVersion}` : 'another script';
      console.warn(
        `shanxi-report-charts ${VERSION}: <${name}> is already defined by ${theirs}; this copy did not register it.`,
      );
    }
    return undefined;
  }
  const cls = name === defaultName ? ctor : class extends (ctor as unknown as typeof HTMLElement) {};
  (cls as CustomElementConstructor & { sxVersion?: string }).sxVersion = VERSION;
  try {
    registry.define(name, cls as CustomElementConstructor);
  } catch (error) {
    // The class already holds another name (it was registered under a prefix first): use a subclass.
    if (cls !== ctor) throw error;
    registry.define(name, class extends (ctor as unknown as typeof HTMLElement) {});
  }
  return name;
}
