import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { census } from '../census.mjs';

export default defineConfig({
  base: './',
  plugins: [react(), census()],
  logLevel: 'warn',
});
