// A monotonic clock for stage timings. `performance` exists in browsers, workers and Node, but
// the engine compiles without DOM or Node types, so it is declared here and nowhere else.
declare const performance: { now(): number } | undefined;

export function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
