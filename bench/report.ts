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

function agree(r: SizeResult): string {
  if (!r.matrix.hash || !r.reference?.hash) return 'n/a';
  return r.matrix.hash === r.reference.hash ? 'yes' : 'NO';
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
    'cpu',
    'yaml',
    'x',
    'heap pk/ret/rss MB',
    'matrix',
    'ref',
    'same',
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
    fmt(r.analyzeCpuMs),
    r.yamlMs === null ? 'skip' : fmt(r.yamlMs),
    ratio(r) === null ? 'n/a' : `${ratio(r)!.toFixed(1)}x`,
    `${fmt(r.heap.peakSampledMb)}/${fmt(r.heap.retainedMb)}/${fmt(r.heap.maxRssMb)}`,
    r.matrix.ms === undefined ? 'n/a' : fmt(r.matrix.ms, 1),
    r.reference?.ms === undefined ? (r.reference?.note ?? 'n/a') : fmt(r.reference.ms),
    agree(r),
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
  const notes = results.filter((r) => r.yamlNote).map((r) => `  ${r.size}: yaml ${r.yamlNote}`);
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
  if (medium) {
    const m = medium.matrix.ms;
    targets.push(
      check('medium matrix < 300 ms', m === undefined ? null : m < 300, `${fmt(m, 1)} ms`),
    );
    const ref = medium.reference?.ms;
    const speedup = m !== undefined && ref !== undefined ? ref / m : undefined;
    targets.push(
      check(
        'medium matrix >= 20x faster than the reference, identical results',
        speedup === undefined ? null : speedup >= 20 && agree(medium) === 'yes',
        speedup === undefined
          ? `reference ${medium.reference?.note ?? 'n/a'}`
          : `${speedup.toFixed(1)}x, same: ${agree(medium)}`,
      ),
    );
  }
  const large = by('large');
  if (large) {
    const m = large.matrix.ms;
    const total = large.parseMs + large.modelMs + (m ?? 0);
    targets.push(
      check(
        'large parse+model+matrix < 3 s',
        m === undefined ? null : total < 3000,
        `${fmt(total)} ms${m === undefined ? ' (matrix n/a)' : ''}`,
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

export function formatTargets(targets: Target[]): string {
  return targets.map((t) => `${t.status.padEnd(4)}  ${t.name} (${t.detail})`).join('\n');
}
