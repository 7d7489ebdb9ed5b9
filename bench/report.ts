// Turns the per-size figures into the stdout table, the PASS/FAIL target lines and the --json
// document. Pure functions of SizeResult[]; measuring is measure.ts's job.
import type { SizeResult } from './results';

export interface Target {
  name: string;
  status: 'PASS' | 'FAIL' | 'SKIP';
  detail: string;
}

const fmt = (ms: number | null | undefined, digits = 0): string =>
  ms === null || ms === undefined ? 'n/a' : ms.toFixed(digits);

const ratio = (r: SizeResult): number | null => (r.yamlMs ? r.yamlMs / r.parseMs : null);

/** Whether a matrix hash (the compact or the expanded one) equals the reference's. */
function agree(r: SizeResult, which: 'compactHash' | 'hash'): string {
  const h = r.matrix[which];
  if (!h || !r.reference?.hash) return 'n/a';
  return h === r.reference.hash ? 'yes' : 'NO';
}

/** The human-readable table, one row per size, then the growth per object. */
export function formatTable(results: SizeResult[]): string {
  const head = [
    'size',
    'MB',
    'objects',
    'pods',
    'running',
    'parse',
    'model',
    'p+m',
    '1st',
    'cpu',
    'yaml',
    'x',
    'heap pk/ret/rss MB',
    'classes',
    'matrix cmp/exp',
    'workload matrix ms (groups)',
    'ref',
    'same cmp/exp',
    'trace max/med',
  ];
  const rows = results.map((r) => [
    r.size,
    (r.bytes / 1e6).toFixed(1),
    String(r.objects),
    String(r.pods),
    String(r.running),
    fmt(r.parseMs),
    fmt(r.modelMs),
    fmt(r.parseMs + r.modelMs),
    fmt(r.firstMs),
    fmt(r.analyzeCpuMs),
    r.yamlMs === null ? 'skip' : fmt(r.yamlMs),
    ratio(r) === null ? 'n/a' : `${ratio(r)!.toFixed(1)}x`,
    `${fmt(r.heap.peakSampledMb)}/${fmt(r.heap.retainedMb)}/${fmt(r.heap.maxRssMb)}`,
    r.matrix.classes === undefined ? 'n/a' : String(r.matrix.classes),
    r.matrix.compactMs === undefined
      ? (r.matrix.note ?? 'n/a')
      : `${fmt(r.matrix.compactMs, 1)}/${r.matrix.ms === undefined ? 'skip' : fmt(r.matrix.ms, 1)}`,
    r.matrix.workloadMs === undefined
      ? r.matrix.compactMs === undefined
        ? 'n/a'
        : 'skip'
      : `${fmt(r.matrix.workloadMs, 1)} (${r.matrix.workloadGroups ?? '?'})`,
    r.reference?.ms === undefined ? (r.reference?.note ?? 'n/a') : fmt(r.reference.ms),
    `${agree(r, 'compactHash')}/${agree(r, 'hash')}`,
    r.trace.max === undefined
      ? (r.trace.note ?? 'n/a')
      : `${fmt(r.trace.max, 1)}/${fmt(r.trace.median, 1)}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  const growth = results.map(
    (r) =>
      `  ${r.size.padEnd(8)} parse ${((r.parseMs * 1000) / Math.max(1, r.objects)).toFixed(1)} µs/object, model ${((r.modelMs * 1000) / Math.max(1, r.objects)).toFixed(1)} µs/object, parse ${((r.parseMs * 1e6) / r.bytes).toFixed(1)} ms/MB`,
  );
  const notes = [
    ...results.filter((r) => r.yamlNote).map((r) => `  ${r.size}: yaml ${r.yamlNote}`),
    ...results
      .filter((r) => r.matrix.compactMs !== undefined && r.matrix.note)
      .map((r) => `  ${r.size}: ${r.matrix.note}`),
  ];
  return [line(head), ...rows.map(line), '', 'Growth:', ...growth, ...notes].join('\n');
}

function check(name: string, ok: boolean | null, detail: string): Target {
  return { name, status: ok === null ? 'SKIP' : ok ? 'PASS' : 'FAIL', detail };
}

/** The targets of issue 3 item 8, each PASS, FAIL or SKIP (figures missing). */
export function evaluateTargets(results: SizeResult[]): Target[] {
  const by = (s: string) => results.find((r) => r.size === s);
  const targets: Target[] = [];
  const pending = results.filter((r) => r.running !== r.pods);
  targets.push(
    check(
      'every pod Running (else the figures are meaningless)',
      results.length === 0 ? null : pending.length === 0,
      pending.map((r) => `${r.size}: ${r.running}/${r.pods}`).join(', ') || 'all',
    ),
  );
  const medium = by('medium');
  if (medium) {
    const pm = medium.parseMs + medium.modelMs;
    targets.push(check('medium parse+model < 1.5 s', pm < 1500, `${fmt(pm)} ms`));
  }
  for (const r of results) {
    const x = ratio(r);
    targets.push(
      check(
        `${r.size}: parse >= 4x faster than yaml`,
        x === null ? null : x >= 4,
        x === null ? `yaml ${r.yamlNote ?? 'not measured'}` : `${x.toFixed(1)}x`,
      ),
    );
  }
  if (medium) targets.push(...matrixTargets(medium));
  const large = by('large');
  if (large) {
    const { compactMs: c, ms: e } = large.matrix;
    const pm = large.parseMs + large.modelMs;
    targets.push(
      check(
        'large parse+model+matrix (compact, all pairs) < 3 s',
        c === undefined ? null : pm + c < 3000,
        c === undefined
          ? `${fmt(pm)} ms (matrix n/a)`
          : `${fmt(pm + c)} ms (first, cold run: ${fmt(large.firstMs + c)} ms); with the matrix expanded to the contract object: ${fmt(pm + (e ?? NaN))} ms`,
      ),
    );
  }
  const traced = results.filter((r) => r.trace.max !== undefined);
  const worst = Math.max(...traced.map((r) => r.trace.max as number));
  targets.push(
    check(
      'every trace < 50 ms',
      traced.length === 0 ? null : worst < 50,
      traced.length ? `max ${worst.toFixed(1)} ms` : 'n/a',
    ),
  );
  return targets;
}

/**
 * The issue 4 matrix targets. They hold the compact matrix (computeClassMatrix: every ordered
 * pair's verdict computed and answerable in O(1)) to the figures; the expanded contract object
 * (computeMatrix, what the CLI's JSON needs) is shown beside it, and both must equal the reference.
 */
function matrixTargets(medium: SizeResult): Target[] {
  const { compactMs: c, ms: e } = medium.matrix;
  const ref = medium.reference?.ms;
  const same = { compact: agree(medium, 'compactHash'), expanded: agree(medium, 'hash') };
  const x = (ms: number | undefined) => (ms && ref !== undefined ? ref / ms : undefined);
  return [
    check(
      'medium matrix (compact, all pairs) < 300 ms',
      c === undefined ? null : c < 300,
      `${fmt(c, 1)} ms; expanded to the contract object (computeMatrix): ${fmt(e, 1)} ms`,
    ),
    check(
      'medium matrix (compact) >= 20x faster than the reference, identical results',
      x(c) === undefined ? null : x(c)! >= 20 && same.compact === 'yes' && same.expanded === 'yes',
      x(c) === undefined
        ? `reference ${medium.reference?.note ?? 'n/a'}`
        : `${x(c)!.toFixed(1)}x (expanded: ${x(e)?.toFixed(1) ?? 'n/a'}x); same as the reference: compact ${same.compact}, expanded ${same.expanded}`,
    ),
  ];
}

export function formatTargets(targets: Target[]): string {
  return targets.map((t) => `${t.status.padEnd(4)}  ${t.name} (${t.detail})`).join('\n');
}
