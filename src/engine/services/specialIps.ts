// The API server's ValidateNonSpecialIP (SEMANTICS.md §3.7, §8.3): the one check shared by
// externalIPs, Endpoints and EndpointSlice addresses. Whether a string is an IP at all is net/ip.ts's.
import { cidrContains, isIp } from '../net/ip';

const SPECIAL_BLOCKS = [
  '0.0.0.0/32', // unspecified
  '::/128',
  '127.0.0.0/8', // loopback
  '::1/128',
  '169.254.0.0/16', // link-local unicast
  'fe80::/10',
  '224.0.0.0/24', // link-local multicast
];

/** Whether `ip` is a valid address that is not unspecified, loopback or link-local. */
export function isNonSpecialIp(ip: string): boolean {
  if (!isIp(ip)) return false;
  // IPv6 link-local multicast is ffX2::/16 for any flag nibble X.
  if (/^ff[0-9a-f]2:/i.test(ip)) return false;
  return !SPECIAL_BLOCKS.some((b) => cidrContains(b, ip));
}
