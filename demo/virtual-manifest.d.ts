/** custom-elements.json and the package facts the builder needs, made by vite.config.ts's `sxManifest()`. */
declare module 'virtual:sx-manifest' {
  import type { Manifest, PackageInfo } from './builder-model.js';
  export const manifest: Manifest;
  export const pkg: PackageInfo;
}
