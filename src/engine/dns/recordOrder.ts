// The order and uniqueness of the record list (SEMANTICS.md §4.1): sorted by (name, type, data) in
// plain code-unit order, each (name, type, data) once, the first one built keeping its source.
// `uniqueSortedReference` is the obvious way; `uniqueSorted` is the one records.ts uses, and
// recordOrder.property.test.ts checks that the two agree.
import type { DnsRecord } from '../model/dns';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** (name, type, data) order. */
export function compareRecords(a: DnsRecord, b: DnsRecord): number {
  return compareText(a.name, b.name) || compareText(a.type, b.type) || compareText(a.data, b.data);
}

/** Sorts in place by (name, type, data), plain code-unit order so the output is stable everywhere. */
export function sortRecords(records: DnsRecord[]): DnsRecord[] {
  return records.sort(compareRecords);
}

/** Reference: drop later repeats of a `name type data` line, then sort. */
export function uniqueSortedReference(records: readonly DnsRecord[]): DnsRecord[] {
  const seen = new Set<string>();
  const out = records.filter((r) => {
    const key = `${r.name} ${r.type} ${r.data}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return sortRecords(out);
}

/**
 * Same result without a key string per record (building and hashing ~40,000 of them was most of
 * the stage's time): the sort is stable, so equal records end up adjacent in build order and the
 * first one of each run is the one the reference keeps. The reference's key joins the fields with
 * spaces, so it equates different records only when a name (or type) holds a space; such lists
 * take the reference path. Sorts `records` in place.
 */
export function uniqueSorted(records: DnsRecord[]): DnsRecord[] {
  for (const r of records)
    if (r.name.includes(' ') || r.type.includes(' ')) return uniqueSortedReference(records);
  records.sort(compareRecords);
  let kept = 0;
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (kept > 0 && compareRecords(records[kept - 1], r) === 0) continue;
    records[kept++] = r;
  }
  records.length = kept;
  return records;
}
