// The shape of one size's bench figures, shared by measure.ts (which fills it in a child
// process) and report.ts (which prints it). Times are milliseconds, sizes megabytes.

export interface Spread {
  max?: number;
  median?: number;
}

export interface SizeResult {
  size: string;
  bytes: number;
  /** Input objects, List items counted one by one. */
  objects: number;
  pods: number;
  /** Pods the engine scheduled (phase Running); the figures only mean something if all are. */
  running: number;
  services: number;
  policies: number;
  /** How many times analyze() ran; parse and model times are the best run (lowest sum). */
  runs: number;
  parseMs: number;
  modelMs: number;
  /** parse + model of the first run: cold code, a heap not yet grown (a user's first paste). */
  firstMs: number;
  /** CPU time (user + system, all threads) of the best analyze() run: less sensitive to load. */
  analyzeCpuMs: number;
  /** yaml's parseAllDocuments + toJS on the same text; null when skipped. */
  yamlMs: number | null;
  yamlNote?: string;
  heap: { peakSampledMb: number; retainedMb: number; maxRssMb: number };
  /**
   * `compactMs`: computeClassMatrix, every ordered pair decided and answerable in O(1);
   * `ms`: computeMatrix, that result expanded into the contract's pods² object. Both best of 3.
   * `compactHash` is read through matrixCell, `hash` from the expanded cells.
   */
  matrix: {
    compactMs?: number;
    classes?: number;
    compactHash?: string;
    ms?: number;
    hash?: string;
    allowed?: number;
    /** computeWorkloadMatrix (the Matrix tab's workload view) on the same query, best of 3. */
    workloadMs?: number;
    /** Its rows (workload groups). */
    workloadGroups?: number;
    note?: string;
  };
  reference?: { ms?: number; hash?: string; allowed?: number; note?: string };
  trace: { count: number; note?: string } & Spread;
}

/** Max and median of a list of times. */
export function stats(times: number[]): Spread {
  if (times.length === 0) return {};
  const sorted = [...times].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { max: sorted[sorted.length - 1], median };
}
