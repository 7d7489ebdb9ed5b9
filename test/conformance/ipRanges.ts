// IPv4 ranges in np-guard's notation (`a-b[External]`, several joined by ", "), CIDRs and plain
// addresses as integer intervals; the uncovered gaps of a side; and a probe address inside a range
// that is not one the engine gives to pods, Services or nodes (README step 4).
import type { Cluster } from '../../src/engine/index';

type Span = [number, number];
const MAX = 2 ** 32 - 1;

const toInt = (ip: string): number => ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
const toIp = (n: number): string =>
  [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

/** `a-b[External]`, `a-b, c-d[External]`, `10.0.0.0/8` or `10.1.2.3` → intervals. */
export function parseRange(text: string): Span[] {
  return text
    .replace(/\[External\]$/, '')
    .split(', ')
    .map((part): Span => {
      if (part.includes('/')) {
        const [addr, prefix] = part.split('/');
        const size = 2 ** (32 - Number(prefix));
        const start = toInt(addr) - (toInt(addr) % size);
        return [start, start + size - 1];
      }
      const [a, b] = part.split('-');
      return [toInt(a), toInt(b ?? a)];
    });
}

export const rangeName = ([a, b]: Span): string => `${toIp(a)}-${toIp(b)}[External]`;

/** The parts of the IPv4 space no range covers, in np-guard notation. */
export function gaps(ranges: Span[][]): string[] {
  const spans = ranges.flat().sort((x, y) => x[0] - y[0]);
  const out: string[] = [];
  let next = 0;
  for (const [a, b] of spans) {
    if (a > next) out.push(rangeName([next, a - 1]));
    next = Math.max(next, b + 1);
  }
  if (next <= MAX) out.push(rangeName([next, MAX]));
  return out;
}

/** An address of the range outside the pod CIDR, the Service CIDR and node addresses, if any. */
export function probeAddress(spans: Span[], cluster: Cluster): string | undefined {
  const excluded: Span[] = [
    ...parseRange(cluster.settings.podCIDR),
    ...parseRange(cluster.settings.serviceCIDR),
    ...cluster.nodes.flatMap((n) => [
      ...(n.ip ? parseRange(n.ip) : []),
      ...(n.podCIDR ? parseRange(n.podCIDR) : []),
    ]),
    ...cluster.pods.flatMap((p) => (p.ip ? parseRange(p.ip) : [])),
  ];
  const free = (n: number) => !excluded.some(([a, b]) => n >= a && n <= b);
  for (const [a, b] of spans) {
    const candidates = [
      a,
      b,
      Math.floor((a + b) / 2),
      ...excluded.flatMap(([x, y]) => [x - 1, y + 1]),
    ];
    const hit = candidates.find((n) => n >= a && n <= b && free(n));
    if (hit !== undefined) return toIp(hit);
  }
  return undefined;
}
