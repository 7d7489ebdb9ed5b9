// DNS name helpers shared by the records builder, the cluster DNS model and the resolver:
// normal form (lower case, no trailing dot), syntax checks, dashed IPs and reverse names.
// Which names exist is decided elsewhere (clusterDnsServer.ts); this module only spells them.
import { isIp, reverseName } from '../net/ip';

/** Lower case, without the trailing dot: how every name is compared (§4, case-insensitive). */
export function normalizeName(name: string): string {
  const lower = name.trim().toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** The zone (cluster domain) in normal form. */
export function zoneOf(clusterDomain: string): string {
  return normalizeName(clusterDomain);
}

/**
 * Why `name` cannot be sent as a DNS query, or null when it can: empty labels, labels over 63
 * octets or names over 253 octets make glibc's res_mkquery fail before anything is sent.
 */
export function dnsNameProblem(name: string): string | null {
  const bare = name.endsWith('.') ? name.slice(0, -1) : name;
  if (bare === '') return name === '.' ? null : 'the name is empty';
  if (/\s/.test(bare)) return 'the name contains white space';
  if (bare.length > 253) return 'the name is longer than 253 characters';
  const labels = bare.split('.');
  if (labels.some((l) => l === '')) return 'the name has an empty label (two dots in a row)';
  if (labels.some((l) => l.length > 63)) return 'a label is longer than 63 characters';
  return null;
}

/** CoreDNS's system-assigned endpoint name: the IP with `.` (IPv4) or `:` (IPv6) turned into `-`. */
export function dashedIp(ip: string): string {
  return ip.replace(/[.:]/g, '-');
}

/**
 * The IP a dashed pod-record label stands for (`10-244-1-9` → `10.244.1.9`), or null when it is
 * not a well-formed one. Same reading as CoreDNS: three dashes and no `--` mean IPv4, else IPv6.
 */
export function ipFromDashed(label: string): string | null {
  const v4 = (label.match(/-/g) ?? []).length === 3 && !label.includes('--');
  const ip = v4 ? label.replace(/-/g, '.') : label.replace(/-/g, ':');
  return ipFamily(ip) === (v4 ? 'ipv4' : 'ipv6') ? ip : null;
}

const DOTTED_QUAD = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** The family of an address, or null when `ip` is not one (a cheap path for dotted quads). */
export function ipFamily(ip: string): 'ipv4' | 'ipv6' | null {
  if (DOTTED_QUAD.test(ip)) return 'ipv4';
  return ip.includes(':') && isIp(ip) ? 'ipv6' : null;
}

/** The reverse owner name of an address (no trailing dot), or null when `ip` is not one. */
export function reverseOf(ip: string): string | null {
  const family = ipFamily(ip);
  if (family === 'ipv4') {
    // A dotted quad has exactly three dots; slicing avoids two arrays per address (this runs
    // for every ClusterIP and endpoint). Same text as ip.split('.').reverse().join('.').
    const a = ip.indexOf('.');
    const b = ip.indexOf('.', a + 1);
    const c = ip.indexOf('.', b + 1);
    const octets = `${ip.slice(c + 1)}.${ip.slice(b + 1, c)}.${ip.slice(a + 1, b)}.${ip.slice(0, a)}`;
    return `${octets}.in-addr.arpa`;
  }
  return family === 'ipv6' ? reverseName(ip) : null;
}

/** Whether a normalised name lies in one of the reverse zones CoreDNS serves. */
export function isReverseName(name: string): boolean {
  return (
    name === 'in-addr.arpa' ||
    name.endsWith('.in-addr.arpa') ||
    name === 'ip6.arpa' ||
    name.endsWith('.ip6.arpa')
  );
}

/** Whether a normalised name is the zone or below it. */
export function inZone(name: string, zone: string): boolean {
  return name === zone || name.endsWith(`.${zone}`);
}

/** Labels of a normalised in-zone name in front of the zone (`a.b.cluster.local` → [a, b]). */
export function labelsBefore(name: string, zone: string): string[] {
  if (name === zone) return [];
  return name.slice(0, name.length - zone.length - 1).split('.');
}

/** Number of `.` in a name as the resolver counts them (a trailing dot included). */
export function countDots(name: string): number {
  let n = 0;
  for (const ch of name) if (ch === '.') n++;
  return n;
}
