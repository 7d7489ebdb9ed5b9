// Vite serves and builds the app; Vitest reads its `test` block from here too.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  // Relative base: dist/ works when served from any sub-path.
  base: './',
  plugins: [react()],
  // Dev server only: monaco-yaml's worker deps are CommonJS/UMD (STACK.md §4a).
  optimizeDeps: {
    include: [
      'monaco-yaml > @vscode/l10n',
      'monaco-yaml > jsonc-parser',
      'monaco-yaml > path-browserify',
      'monaco-yaml > prettier/standalone',
      'monaco-yaml > prettier/plugins/estree',
      'monaco-yaml > prettier/plugins/yaml',
      'monaco-yaml > vscode-languageserver-textdocument',
      'monaco-yaml > vscode-languageserver-types',
      'monaco-yaml > vscode-uri',
      'monaco-yaml > yaml',
      'monaco-editor/esm/vs/editor/editor.worker.js',
    ],
  },
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 5000, sourcemap: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
