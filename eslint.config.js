import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';

export default tseslint.config(
  { ignores: ['dist/', 'dist-demo/', 'node_modules/', 'bench/.tmp/', 'test/fixtures/**/dist/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Nothing from data becomes HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Nothing from data becomes HTML: use textContent or a Lit template.' },
        { property: 'outerHTML', message: 'Nothing from data becomes HTML.' },
        { property: 'insertAdjacentHTML', message: 'Nothing from data becomes HTML.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'echarts', message: 'Import from echarts/core and register only what is drawn.' },
            { name: 'lit/directives/unsafe-html.js', message: 'Nothing from data becomes HTML.' },
          ],
        },
      ],
    },
  },
  {
    // The server renderer puts ECharts' own SVG output into the chart box (text escaped by ECharts, checked by
    // assertPlainSvg); it runs only in Node and is never part of the browser bundle. Nowhere else.
    files: ['src/ssr/index.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // chai's property assertions (expect(x).to.exist) are expressions.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', '*.config.*', 'test/fixtures/**/*.mjs', 'test/node/**/*.mjs', 'bin/**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
      },
    },
  },
);
