// Which ipBlocks hold an address, answered for many addresses against many blocks (podClasses.ts
// splits classes by it; classPeers.ts builds a row per block). The cidr and except ranges of all
// blocks cut the IPv4 line into intervals, and every address of one interval lies in the same
// blocks, so the membership is computed once per interval instead of once per address.
import type { IpBlock } from '../model/policy';
import type { BitRows } from './bits';
import { compileBlock, ipBlockMatchesParsed } from './match';
import type { PodClass } from './podClasses';

/** The reference: one character per block, '1' where the block holds the address. */
export function blockMembership(blocks: readonly IpBlock[], ip: string, n: number | null): string {
  let out = '';
  for (const b of blocks) out += ipBlockMatchesParsed(b, ip, n) ? '1' : '0';
  return out;
}

/**
 * A function giving each address (`n = ipv4Int(ip)`) a number such that two addresses get the
 * same number exactly when blockMembership gives them the same string.
 */
export function createBlockSignatures(
  blocks: readonly IpBlock[],
): (ip: string, n: number | null) => number {
  const bounds = intervalBounds(blocks);
  const tests = blocks.map(createBlockTest);
  const byMembership = new Map<string, number>();
  const byInterval = new Map<number, number>();
  const idOf = (ip: string, n: number | null): number => {
    let m = ''; // blockMembership, with each block's ranges read once
    for (const holds of tests) m += holds(ip, n) ? '1' : '0';
    let id = byMembership.get(m);
    if (id === undefined) byMembership.set(m, (id = byMembership.size));
    return id;
  };
  return (ip, n) => {
    // IPv6 ranges are not cut into intervals: such addresses take the reference path.
    if (n === null) return idOf(ip, n);
    const at = countAtMost(bounds, n);
    let id = byInterval.get(at);
    if (id === undefined) byInterval.set(at, (id = idOf(ip, n)));
    return id;
  };
}

/** Sorted starts of the IPv4 intervals on which every block's membership is constant. */
function intervalBounds(blocks: readonly IpBlock[]): Float64Array {
  const cuts: number[] = [];
  for (const b of blocks) {
    const c = compileBlock(b);
    for (const r of [c.cidr, ...c.except]) if (r.v4) cuts.push(r.start, r.end + 1);
  }
  return Float64Array.from(new Set(cuts)).sort();
}

/**
 * Sets, in the empty row `into`, the classes the block holds (as createBlockTest answers). Many
 * blocks share a cidr and differ in their excepts (0.0.0.0/0 or 10.0.0.0/8 minus one subnet):
 * the cidr's classes are found once, and a block then clears the few classes in its excepts,
 * found by binary search among the classes sorted by address.
 */
export function createBlockRows(
  rows: BitRows,
  classes: readonly PodClass[],
): (b: IpBlock, into: number) => void {
  const v4 = classes.filter((c) => c.side.ip && c.ipInt !== null);
  v4.sort((a, b) => a.ipInt! - b.ipInt!);
  const addrs = Float64Array.from(v4, (c) => c.ipInt!);
  const each = (start: number, end: number, f: (id: number) => void): void => {
    for (let i = countAtMost(addrs, start - 1); i < addrs.length && addrs[i] <= end; i++)
      f(v4[i].id);
  };
  const cidrRows = new Map<string, number>();
  return (b, into) => {
    const c = compileBlock(b);
    if (!c.cidr.v4 || c.except.some((e) => !e.v4)) {
      const holds = createBlockTest(b);
      for (const k of classes) if (k.side.ip && holds(k.side.ip, k.ipInt)) rows.set(into, k.id);
      return;
    }
    const key = `${c.cidr.start}/${c.cidr.end}`;
    let cidr = cidrRows.get(key);
    if (cidr === undefined) {
      cidrRows.set(key, (cidr = rows.add()));
      each(c.cidr.start, c.cidr.end, (id) => rows.set(cidr!, id));
    }
    rows.or(into, cidr);
    for (const e of c.except) each(e.start, e.end, (id) => rows.unset(into, id));
  };
}

/** How many of the sorted `bounds` are ≤ n: the index of the interval holding n. */
function countAtMost(bounds: Float64Array | number[], n: number): number {
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bounds[mid] <= n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** ipBlockMatchesParsed for one block and many addresses: the block's ranges are read once. */
export function createBlockTest(b: IpBlock): (ip: string, n: number | null) => boolean {
  const c = compileBlock(b);
  if (!c.cidr.v4 || c.except.some((e) => !e.v4)) return (ip, n) => ipBlockMatchesParsed(b, ip, n);
  const { start, end } = c.cidr;
  const except = c.except;
  return (_ip, n) => {
    if (n === null || n < start || n > end) return false;
    for (const e of except) if (n >= e.start && n <= e.end) return false;
    return true;
  };
}
