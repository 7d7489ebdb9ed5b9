// Offsets inside a CIDR for either family (BigInt arithmetic on ipaddr.js bytes), so ClusterIP
// allocation works for IPv4 and IPv6 service CIDRs alike. Which offset to pick is allocate.ts's job.
import ipaddr from 'ipaddr.js';
import { intToIpv4, isIp, parseCidr } from '../net/ip';

/** A CIDR as a base number and size, with the family needed to print addresses back. */
export interface AddressRange {
  cidr: string;
  family: 'ipv4' | 'ipv6';
  base: bigint;
  size: bigint;
}

function bytesToBigInt(bytes: number[]): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

/** The range of a CIDR, or null when `cidr` does not parse. */
export function addressRange(cidr: string): AddressRange | null {
  const c = parseCidr(cidr);
  if (!c) return null;
  const bits = c.family === 'ipv4' ? 32 : 128;
  return {
    cidr: `${c.network}/${c.prefix}`,
    family: c.family,
    base: bytesToBigInt(ipaddr.parse(c.network).toByteArray()),
    size: 1n << BigInt(bits - c.prefix),
  };
}

/** The address at `offset` from the network address. */
export function addressAt(range: AddressRange, offset: bigint): string {
  // IPv4 text straight from the number: the allocator calls this for every probe, and the
  // reference below (same dotted quad, addressRange.property.test.ts) was a visible cost.
  if (range.family === 'ipv4') return intToIpv4(Number((range.base + offset) & 0xffffffffn));
  return addressAtReference(range, offset);
}

/** addressAt through ipaddr.js bytes, for either family. */
export function addressAtReference(range: AddressRange, offset: bigint): string {
  let n = range.base + offset;
  const bytes: number[] = [];
  for (let i = 0; i < (range.family === 'ipv4' ? 4 : 16); i++) {
    bytes.unshift(Number(n & 255n));
    n >>= 8n;
  }
  return ipaddr.fromByteArray(bytes).toString();
}

/** Offset of `ip` inside the range, or null when it is another family or outside. */
export function offsetOf(range: AddressRange, ip: string): bigint | null {
  if (!isIp(ip)) return null;
  const addr = ipaddr.parse(ip);
  if (addr.kind() !== range.family) return null;
  const off = bytesToBigInt(addr.toByteArray()) - range.base;
  return off >= 0n && off < range.size ? off : null;
}

/** Canonical text of an address (`::1` spelled one way), so equal addresses compare equal. */
export function canonicalIp(ip: string): string {
  return isIp(ip) ? ipaddr.parse(ip).toString() : ip;
}
