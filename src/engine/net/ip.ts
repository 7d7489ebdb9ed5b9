// IPv4/IPv6 address and CIDR arithmetic on top of ipaddr.js. Addresses travel as strings in the
// model (plain data); this module is the only place that turns them into numbers.
import ipaddr from 'ipaddr.js';

// A cheap shape test first: ipaddr.isValid tries a full IPv6 parse on every string, which
// dominated policy and endpoint checks on large inputs.
const IPV4_SHAPE = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const IP_CHARS = /^[0-9a-fA-F:.]+$/;

/** Whether `s` is a plain IPv4 or IPv6 address (no prefix). */
export function isIp(s: string): boolean {
  if (IPV4_SHAPE.test(s)) return ipaddr.IPv4.isValidFourPartDecimal(s);
  return s.includes(':') && IP_CHARS.test(s) && ipaddr.IPv6.isValid(s);
}

export function isIpv4(s: string): boolean {
  return IPV4_SHAPE.test(s) && ipaddr.IPv4.isValidFourPartDecimal(s);
}

/** A parsed CIDR, or null when `s` is not one. `hostBitsSet` flags `10.0.0.1/24`. */
export interface ParsedCidr {
  network: string;
  prefix: number;
  family: 'ipv4' | 'ipv6';
  hostBitsSet: boolean;
}

const parsedCidrs = new Map<string, ParsedCidr | null>();

/** Memoised: manifests repeat the same few CIDRs, and ipaddr.js tries IPv6 first via an exception. */
export function parseCidr(s: string): ParsedCidr | null {
  let c = parsedCidrs.get(s);
  if (c === undefined) {
    c = parseCidrUncached(s);
    if (parsedCidrs.size > 10_000) parsedCidrs.clear();
    parsedCidrs.set(s, c);
  }
  return c && { ...c }; // a copy: callers own their result
}

function parseCidrUncached(s: string): ParsedCidr | null {
  try {
    const [addr, prefix] = ipaddr.parseCIDR(s);
    const network = ipaddr.IPv4.isIPv4(addr.toString())
      ? ipaddr.IPv4.networkAddressFromCIDR(s)
      : ipaddr.IPv6.networkAddressFromCIDR(s);
    const family = addr.kind();
    if (family === 'ipv4' && !isIpv4(s.split('/')[0])) return null;
    return {
      network: network.toString(),
      prefix,
      family,
      hostBitsSet: network.toString() !== addr.toString(),
    };
  } catch {
    return null;
  }
}

/** Normal form `network/prefix` of a CIDR, or the input when it does not parse. */
export function normalizeCidr(s: string): string {
  const c = parseCidr(s);
  return c ? `${c.network}/${c.prefix}` : s;
}

const ipv4Ranges = new Map<string, { base: number; mask: number } | null>();

/** An IPv4 CIDR as integers, memoised: policies test the same blocks against many addresses. */
function ipv4Range(cidr: string): { base: number; mask: number } | null {
  let r = ipv4Ranges.get(cidr);
  if (r === undefined) {
    const c = parseCidr(cidr);
    r =
      c && c.family === 'ipv4' ? { base: ipv4ToInt(c.network), mask: prefixMask(c.prefix) } : null;
    if (ipv4Ranges.size > 10_000) ipv4Ranges.clear();
    ipv4Ranges.set(cidr, r);
  }
  return r;
}

function prefixMask(prefix: number): number {
  return prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
}

/** Whether address `ip` lies inside `cidr`. Different families never match. */
export function cidrContains(cidr: string, ip: string): boolean {
  if (IPV4_SHAPE.test(ip)) {
    const range = ipv4Range(cidr);
    if (range) return isIpv4(ip) && (ipv4ToInt(ip) & range.mask) >>> 0 === range.base;
    if (!cidr.includes(':')) return false;
  }
  try {
    const addr = ipaddr.parse(ip);
    const range = ipaddr.parseCIDR(cidr);
    return addr.kind() === range[0].kind() && addr.match(range);
  } catch {
    return false;
  }
}

/** Whether `inner` is a strict subset of `outer` (same family, contained, longer prefix). */
export function cidrStrictlyInside(inner: string, outer: string): boolean {
  const i = parseCidr(inner);
  const o = parseCidr(outer);
  if (!i || !o || i.family !== o.family) return false;
  return i.prefix > o.prefix && cidrContains(normalizeCidr(outer), i.network);
}

/** IPv4 address → 32-bit unsigned integer. */
export function ipv4ToInt(ip: string): number {
  const b = ipaddr.IPv4.parse(ip).octets;
  return ((b[0] << 24) >>> 0) + (b[1] << 16) + (b[2] << 8) + b[3];
}

/** 32-bit unsigned integer → IPv4 address. */
export function intToIpv4(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** Number of addresses in an IPv4 CIDR. */
export function cidrSize(cidr: string): number {
  const c = parseCidr(cidr);
  return c && c.family === 'ipv4' ? 2 ** (32 - c.prefix) : 0;
}

/** The n-th address of an IPv4 CIDR (0 = the network address itself). */
export function nthAddress(cidr: string, n: number): string {
  const c = parseCidr(cidr);
  if (!c || c.family !== 'ipv4') throw new RangeError(`not an IPv4 CIDR: ${cidr}`);
  return intToIpv4(ipv4ToInt(c.network) + n);
}

/** The i-th (0-based) subnet of size /newPrefix inside an IPv4 CIDR. */
export function nthSubnet(cidr: string, newPrefix: number, i: number): string {
  const c = parseCidr(cidr);
  if (!c || c.family !== 'ipv4') throw new RangeError(`not an IPv4 CIDR: ${cidr}`);
  return `${intToIpv4(ipv4ToInt(c.network) + i * 2 ** (32 - newPrefix))}/${newPrefix}`;
}

/** Reverse-DNS owner name of an address, without the trailing dot. */
export function reverseName(ip: string): string {
  const addr = ipaddr.parse(ip);
  if (addr.kind() === 'ipv4') return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  const hex = (addr as ipaddr.IPv6)
    .toByteArray()
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
  return `${hex.split('').reverse().join('.')}.ip6.arpa`;
}

/** Special addresses an endpoint or externalIP may not use (SEMANTICS.md §3.7). */
export function isSpecialAddress(ip: string): boolean {
  try {
    const range = ipaddr.parse(ip).range();
    return ['unspecified', 'loopback', 'linkLocal', 'multicast'].includes(range);
  } catch {
    return true;
  }
}
