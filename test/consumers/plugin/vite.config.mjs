import { defineConfig } from 'vite';
import { census } from '../census.mjs';

export default defineConfig({
  base: './',
  plugins: [census()],
  logLevel: 'warn',
});
