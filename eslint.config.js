import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', '.storybook/public', 'coverage', 'bench/node_modules', 'bench/.results', 'node_modules', 'examples/*/node_modules', 'examples/*/.next', 'examples/*/next-env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'stories/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The core is framework-free: it must run in Node, workers and servers without React,
    // i18next or a DOM, and the `./core` entry must pull in none of them.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@radix-ui/*'], message: 'src/core must not import React.' },
            { group: ['i18next', 'i18next/*'], message: 'src/core must not import i18next.' },
            { group: ['../react/*', '../i18n/*', '../../react/*', '../../i18n/*'], message: 'src/core must not import the React or i18n layers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage'],
    },
  },
);
