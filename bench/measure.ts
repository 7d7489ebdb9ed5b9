// One bench size in its own process (started by run.ts with --expose-gc), so heap figures are
// not polluted by other sizes. Reads the fixture run.ts wrote, times each stage through the
// engine's public door only, and prints one JSON line. Formatting and targets live in report.ts.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { pathToFileURL } from 'node:url';
import * as source from '../src/engine/index';
import type {
  ClassMatrix,
  Cluster,
  MatrixQuery,
  MatrixResult,
  TraceQuery,
} from '../src/engine/index';
import { stats, type SizeResult } from './results';

// run.ts passes the production bundle of the engine (buildEngine.ts); the source is the fallback.
const bundle = process.env.PODPATH_BENCH_ENGINE;
const engine: typeof source = bundle
  ? ((await import(pathToFileURL(bundle).href)) as typeof source)
  : source;

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const heapMb = (): number => process.memoryUsage().heapUsed / 1048576;
const NOT_YET = 'not implemented yet';
/** yaml's parseAllDocuments is skipped when its estimate exceeds this. */
const YAML_BUDGET_MS = 60_000;

type Fixture = { text: string; sampleApps: string[]; sampleServices: string[]; pods: number };

function timed<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

/** Same matrix ⇔ same hash (FNV-1a over the pod list and every cell, in order). */
export function matrixHash(m: MatrixResult): { hash: string; allowed: number } {
  let h = 0x811c9dc5;
  let allowed = 0;
  for (const ch of m.pods.join(',')) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  for (const from of m.pods) {
    const row = m.matrix[from] ?? {};
    for (const to of m.pods) {
      const bit = row[to] ? 1 : 0;
      allowed += bit;
      h = Math.imul(h ^ bit, 16777619);
    }
  }
  return { hash: (h >>> 0).toString(16), allowed };
}

function yamlTime(text: string): { ms: number | null; note?: string } {
  // Estimate from the first ~1 MB (cut at a document boundary) before committing to the whole.
  const cut = text.indexOf('\n---\n', Math.min(text.length, 1_000_000));
  if (cut > 0) {
    const probe = timed(() => parseAllDocuments(text.slice(0, cut)).forEach((d) => d.toJS()));
    const estimate = (probe.ms * text.length) / cut;
    if (estimate > YAML_BUDGET_MS)
      return { ms: null, note: `skipped: estimated ${Math.round(estimate / 1000)} s` };
  }
  const docs = timed(() => {
    const all = parseAllDocuments(text);
    for (const d of Array.isArray(all) ? all : []) d.toJS({ maxAliasCount: 100 });
  });
  return { ms: docs.ms };
}

function traceSample(fx: Fixture): TraceQuery[] {
  const out: TraceQuery[] = [];
  const apps = fx.sampleApps;
  for (let i = 0; out.length < 20 && i < apps.length * 2; i++) {
    const from = apps[i % apps.length];
    if (i % 2 === 0)
      out.push({ from, to: fx.sampleServices[(i * 7 + 3) % fx.sampleServices.length], port: 80 });
    else out.push({ from, to: apps[(i * 13 + 5) % apps.length], port: 8080 });
  }
  return out;
}

function traceTimes(cluster: Cluster, fx: Fixture): SizeResult['trace'] {
  const times: number[] = [];
  for (const q of traceSample(fx)) {
    const r = timed(() => engine.traceConnection(cluster, q));
    if (r.value.error?.startsWith(NOT_YET)) return { count: 0, note: 'n/a' };
    times.push(r.ms);
  }
  return { count: times.length, ...stats(times) };
}

const MATRIX_QUERY: MatrixQuery = { port: 8080, protocol: 'TCP' };
/**
 * The contract's expanded matrix is one object of pods² cells, and the workload matrix can be as
 * big: 10,000 pods (the `unique` size) make 100 M, past Node's heap. Above this they are skipped.
 */
const EXPANDED_CELL_BUDGET = 30_000_000;
/** Matrix timings are the best of this many runs (the machine is shared). */
const MATRIX_RUNS = 3;

function measure(size: string, fx: Fixture, runs: number): SizeResult {
  gc();
  const base = heapMb();
  // The best run is the one with the lowest parse + model (both from that same run).
  let best = { parse: Infinity, model: Infinity, cpu: Infinity };
  let firstMs = 0;
  let peakHeap = 0;
  let cluster: Cluster | undefined;
  for (let i = 0; i < runs; i++) {
    gc();
    const cpu0 = process.cpuUsage();
    const a = engine.analyze({ files: [{ name: `${size}.yaml`, text: fx.text }] });
    const cpu = process.cpuUsage(cpu0);
    peakHeap = Math.max(peakHeap, heapMb() - base);
    const { parse, model } = a.timings;
    if (i === 0) firstMs = parse + model;
    if (parse + model < best.parse + best.model)
      best = { parse, model, cpu: (cpu.user + cpu.system) / 1000 };
    if (i === runs - 1) cluster = a.cluster; // earlier runs' clusters become garbage
  }
  const c = cluster as Cluster;
  gc();
  const retainedHeap = heapMb() - base;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  const matrix = matrixTimes(c);
  const trace = traceTimes(c, fx);
  const yaml = yamlTime(fx.text);
  return {
    size,
    bytes: Buffer.byteLength(fx.text),
    objects: c.objectCounts ? Object.values(c.objectCounts).reduce((a, b) => a + b, 0) : 0,
    pods: c.pods.length,
    running: c.pods.filter((p) => p.phase === 'Running').length,
    services: c.services.length,
    policies: c.policies.length,
    runs,
    parseMs: best.parse,
    modelMs: best.model,
    firstMs,
    analyzeCpuMs: best.cpu,
    yamlMs: yaml.ms,
    yamlNote: yaml.note,
    heap: { peakSampledMb: peakHeap, retainedMb: retainedHeap, maxRssMb },
    matrix,
    trace,
  };
}

/** Best of MATRIX_RUNS wall-clock times of f (gc() before each), and the last run's value. */
function bestOf<T>(f: () => T): { value: T; ms: number } {
  let ms = Infinity;
  for (let i = 1; i < MATRIX_RUNS; i++) {
    gc();
    ms = Math.min(ms, timed(f).ms); // each earlier result is garbage before the next run
  }
  gc();
  const last = timed(f);
  return { value: last.value, ms: Math.min(ms, last.ms) };
}

/**
 * The compact matrix (computeClassMatrix: every ordered pair decided, answered by matrixCell) and
 * the contract object expanded from it (computeMatrix), each timed on its own; the compact one
 * is hashed through matrixCell, the expanded one through its cells, to compare with the reference.
 * The workload matrix (computeWorkloadMatrix) is timed too, on the same query.
 */
function matrixTimes(c: Cluster): SizeResult['matrix'] {
  gc();
  const compact = bestOf(() => engine.computeClassMatrix(c, MATRIX_QUERY));
  if (compact.value.error) return { note: compact.value.error };
  const compactHash = classMatrixHash(compact.value).hash;
  const pods = compact.value.pods.length;
  if (pods * pods > EXPANDED_CELL_BUDGET) {
    const note = `expanded matrices skipped: ${pods.toLocaleString('en')}² cells do not fit in memory`;
    return { compactMs: compact.ms, classes: compact.value.classes, compactHash, note };
  }
  gc();
  const expanded = bestOf(() => engine.computeMatrix(c, MATRIX_QUERY));
  gc();
  const workload = bestOf(() => engine.computeWorkloadMatrix(c, MATRIX_QUERY));
  return {
    workloadMs: workload.ms,
    workloadGroups: workload.value.groups.length,
    compactMs: compact.ms,
    classes: compact.value.classes,
    compactHash,
    ms: expanded.ms,
    ...matrixHash(expanded.value),
  };
}

/** matrixHash of the compact form, cell by cell through matrixCell (no expansion). */
function classMatrixHash(m: ClassMatrix): { hash: string; allowed: number } {
  let h = 0x811c9dc5;
  let allowed = 0;
  for (const ch of m.pods.join(',')) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  const n = m.pods.length;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const bit = engine.matrixCell(m, i, j) ? 1 : 0;
      allowed += bit;
      h = Math.imul(h ^ bit, 16777619);
    }
  }
  return { hash: (h >>> 0).toString(16), allowed };
}

/** The reference matrix alone (run.ts gives this process a time limit). */
function measureReference(size: string, fx: Fixture): SizeResult['reference'] {
  const ref = (engine as Record<string, unknown>).referenceMatrix as
    ((c: Cluster, q: MatrixQuery) => MatrixResult) | undefined;
  if (typeof ref !== 'function') return { note: 'absent' };
  const { cluster } = engine.analyze({ files: [{ name: `${size}.yaml`, text: fx.text }] });
  const r = timed(() => ref(cluster, MATRIX_QUERY));
  if (r.value.error) return { note: r.value.error.startsWith(NOT_YET) ? 'n/a' : r.value.error };
  return { ms: r.ms, ...matrixHash(r.value) };
}

const [size, mode] = process.argv.slice(2);
const fx = JSON.parse(readFileSync(`bench/out/${size}.json`, 'utf8')) as Omit<Fixture, 'text'>;
const fixture: Fixture = { ...fx, text: readFileSync(`bench/out/${size}.yaml`, 'utf8') };
const runs = fixture.text.length > 20_000_000 ? 2 : 3;
const out =
  mode === '--reference'
    ? { reference: measureReference(size, fixture) }
    : measure(size, fixture, runs);
process.stdout.write(JSON.stringify(out) + '\n');
