// The bench measures the engine as it ships: the same Vite build (bundled, minified) that goes
// into the app's worker, not tsx's on-the-fly transform of src/, which keeps function names by
// wrapping every closure it creates in a `__name` call (measurable in per-object loops).
import { build } from 'vite';

export const ENGINE_BUNDLE = 'bench/out/engine/engine.mjs';

/** Builds src/engine/index.ts to ENGINE_BUNDLE; returns how long it took (ms). */
export async function buildEngineBundle(): Promise<number> {
  const t0 = performance.now();
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: 'src/engine/index.ts',
      outDir: 'bench/out/engine',
      emptyOutDir: true,
      minify: true,
      target: 'es2023',
      rollupOptions: { output: { entryFileNames: 'engine.mjs' } },
    },
  });
  return performance.now() - t0;
}
