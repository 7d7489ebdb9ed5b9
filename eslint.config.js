// Lint rules, including the import table of STYLE.md §2: who may import whom.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const engineInternals = {
  regex: '(^|/)engine/(?!index(\\.ts)?$)',
  message: 'Outside src/engine, import only src/engine/index.ts (STYLE.md §2).',
};
const layer = (name, why) => ({ regex: `(^|/)${name}(/|$)`, message: why });

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-cli/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'public/**',
      'bench/out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['warn', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            layer('worker', 'The engine is pure: it imports no other layer.'),
            layer('state', 'The engine is pure: it imports no other layer.'),
            layer('ui', 'The engine is pure: it imports no other layer.'),
            layer('cli', 'The engine is pure: it imports no other layer.'),
            {
              regex: '^(node:|fs$|path$|os$|child_process$|react|zustand)',
              message: 'No Node, DOM or UI libraries in the engine.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/worker/**/*.ts'],
    ignores: ['src/worker/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            engineInternals,
            layer('state', 'worker may not import state'),
            layer('ui', 'worker may not import ui'),
            layer('cli', 'worker may not import cli'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/**/*.ts'],
    ignores: ['src/state/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              ...layer('engine', 'state may import engine types only (import type).'),
              allowTypeImports: true,
            },
            {
              regex: '(^|/)worker/(?!engineClient(\\.ts)?$)',
              message: 'state may import only worker/engineClient.',
            },
            layer('ui', 'state may not import ui'),
            layer('cli', 'state may not import cli'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    ignores: ['src/ui/**/*.test.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              ...layer('engine', 'ui may import engine types only (import type).'),
              allowTypeImports: true,
            },
            layer('worker', 'ui talks to the worker through state only'),
            layer('cli', 'ui may not import cli'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    ignores: ['src/cli/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            engineInternals,
            layer('worker', 'cli may not import worker'),
            layer('state', 'cli may not import state'),
            layer('ui', 'cli may not import ui'),
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**', 'bench/**', 'test/**'],
    rules: { 'max-lines-per-function': 'off', 'max-lines': 'off' },
  },
);
