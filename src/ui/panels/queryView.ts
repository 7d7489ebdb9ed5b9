// Pure helpers for the query panels: a DNS step's outcome in words, short names for matrix
// headers, and CSV fields (quoted, and safe to open in a spreadsheet: no formulas).
import type { DnsAnswer } from '../../engine/index';

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
