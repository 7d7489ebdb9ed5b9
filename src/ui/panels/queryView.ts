// Pure helpers for the query panels: a DNS step's outcome in words, short names for matrix
// headers, and the matrix as CSV (quoted, and safe to open in a spreadsheet: no formulas).
import type { DnsAnswer, MatrixResult } from '../../engine/index';

/** What a DNS step got, in words: an empty NOERROR is NODATA. */
export function stepOutcome(step: DnsAnswer['steps'][number]): string {
  if (step.rcode === 'NOERROR') return step.records.length ? 'answer' : 'NODATA';
  if (step.rcode === 'UPSTREAM') return 'forwarded upstream';
  if (step.rcode === 'HOSTS') return '/etc/hosts';
  return 'NXDOMAIN';
}

/** `ns/name` → `name`, unless another entry has the same name in another namespace. */
export function shortNames(refs: readonly string[]): string[] {
  const names = refs.map((r) => r.slice(r.indexOf('/') + 1));
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  return names.map((n, i) => ((count.get(n) ?? 0) > 1 ? refs[i] : n));
}

/** One CSV field: quoted when needed; a leading formula character is neutralised. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The matrix as CSV: a header row of destinations, one row per source, cells allowed/denied. */
export function matrixCsv(m: MatrixResult): string {
  const head = [`from \\ to (${m.protocol} ${m.port})`, ...m.pods];
  const rows = m.pods.map((from) => [
    from,
    ...m.pods.map((to) => (m.matrix[from]?.[to] ? 'allowed' : 'denied')),
  ]);
  return [head, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** How many ordered pairs are allowed. */
export function allowedCount(m: MatrixResult): number {
  let n = 0;
  for (const from of m.pods) for (const to of m.pods) if (m.matrix[from]?.[to]) n++;
  return n;
}
