import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { census } from '../census.mjs';

export default defineConfig({
  base: './',
  // Tell Vue's template compiler that <sx-…> are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('sx-') } } }), census()],
  logLevel: 'warn',
});
