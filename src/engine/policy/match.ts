// The primitives of the §6.7 algorithm: does one peer match one end of a connection, does one
// port entry match the packet, does one rule allow it. Ends are "sides" (pod facts, a node, an
// external address) so the same code serves single verdicts, class-based matrices and checks.
import type { ContainerPort, PodRef, Protocol } from '../model/cluster';
import type { Labels } from '../model/labels';
import type { IpBlock, PolicyPeer, PolicyPort, PolicyRule } from '../model/policy';
import { cidrContains } from '../net/ip';
import { selectorMatches } from '../topology/selectors';

/** One end of a connection as policy sees it; hostNetwork pods are already turned into nodes. */
export type Side =
  | {
      kind: 'pod';
      ref: PodRef;
      namespace: string;
      labels: Labels;
      ip?: string;
      node?: string;
      ports: readonly ContainerPort[];
    }
  | { kind: 'node'; node: string; ip: string; hostNetworkPod?: PodRef }
  | { kind: 'external'; ip: string };

/** How a peer matched: `viaIpBlockOnPod` marks plugin-dependent matches (§6.5). */
export type PeerMatch = 'no' | 'yes' | 'ipBlockOnPod';

/** Fast IPv4 dotted-quad → unsigned int; null for anything else (IPv6 goes the slow way). */
export function ipv4Int(ip: string): number | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    const v = Number(p);
    if (p === '' || !Number.isInteger(v) || v < 0 || v > 255) return null;
    n = n * 256 + v;
  }
  return n;
}

interface CompiledRange {
  v4: boolean;
  start: number;
  end: number;
  text: string;
}
interface CompiledBlock {
  cidr: CompiledRange;
  except: CompiledRange[];
}

const compiledBlocks = new WeakMap<IpBlock, CompiledBlock>();

// Thousands of policies repeat a handful of CIDRs; ranges are immutable, so share them.
const compiledRanges = new Map<string, CompiledRange>();

function compileRange(cidr: string): CompiledRange {
  let r = compiledRanges.get(cidr);
  if (!r) {
    if (compiledRanges.size > 10_000) compiledRanges.clear(); // bounded across analyses
    r = compileRangeUncached(cidr);
    compiledRanges.set(cidr, r);
  }
  return r;
}

function compileRangeUncached(cidr: string): CompiledRange {
  const [addr, prefixText] = cidr.split('/');
  const base = ipv4Int(addr);
  const prefix = Number(prefixText);
  if (base === null || !(prefix >= 0 && prefix <= 32))
    return { v4: false, start: 0, end: -1, text: cidr };
  const size = 2 ** (32 - prefix);
  const start = base - (base % size);
  return { v4: true, start, end: start + size - 1, text: cidr };
}

/** IPv4 ranges of a block, parsed once per IpBlock object. */
export function compileBlock(b: IpBlock): CompiledBlock {
  let c = compiledBlocks.get(b);
  if (!c) {
    c = { cidr: compileRange(b.cidr), except: b.except.map(compileRange) };
    compiledBlocks.set(b, c);
  }
  return c;
}

function inRange(r: CompiledRange, ip: string, n: number | null): boolean {
  if (r.v4) return n !== null && n >= r.start && n <= r.end;
  return n === null && cidrContains(r.text, ip);
}

/** Whether `ip` is inside the block's cidr and outside every except. */
export function ipBlockMatches(b: IpBlock, ip: string): boolean {
  return ipBlockMatchesParsed(b, ip, ipv4Int(ip));
}

/** ipBlockMatches with `n = ipv4Int(ip)` already computed (hot loops test many blocks). */
export function ipBlockMatchesParsed(b: IpBlock, ip: string, n: number | null): boolean {
  const c = compileBlock(b);
  if (!inRange(c.cidr, ip, n)) return false;
  for (const e of c.except) if (inRange(e, ip, n)) return false;
  return true;
}

/** §6.7 peer_matches. `nsLabels` gives a namespace's labels (always with the name label). */
export function peerMatches(
  peer: PolicyPeer,
  policyNs: string,
  side: Side,
  nsLabels: (ns: string) => Labels,
): PeerMatch {
  if (peer.ipBlock) {
    if (!side.ip || !ipBlockMatches(peer.ipBlock, side.ip)) return 'no';
    return side.kind === 'pod' ? 'ipBlockOnPod' : 'yes';
  }
  if (side.kind !== 'pod') return 'no';
  const nsOk = peer.namespaceSelector
    ? selectorMatches(peer.namespaceSelector, nsLabels(side.namespace))
    : side.namespace === policyNs;
  if (!nsOk) return 'no';
  return !peer.podSelector || selectorMatches(peer.podSelector, side.labels) ? 'yes' : 'no';
}

/** The container port a named port resolves to on a pod, for one protocol (first declared). */
export function resolveNamedPort(
  ports: readonly ContainerPort[],
  name: string,
  protocol: Protocol,
): number | undefined {
  const regular = ports.find((p) => !p.sidecar && p.name === name && p.protocol === protocol);
  return (regular ?? ports.find((p) => p.name === name && p.protocol === protocol))?.containerPort;
}

/** §6.7 port_matches: the port the packet carries at the destination pod. */
export function portMatches(e: PolicyPort, port: number, protocol: Protocol, dst: Side): boolean {
  if (e.protocol !== protocol) return false;
  if (e.port === undefined) return true;
  if (typeof e.port === 'number') {
    return e.endPort === undefined ? port === e.port : e.port <= port && port <= e.endPort;
  }
  if (dst.kind !== 'pod') return false;
  const name = e.port;
  return dst.ports.some(
    (cp) => cp.name === name && cp.protocol === protocol && cp.containerPort === port,
  );
}

/** §6.7 rule_allows: 'no', 'yes', or 'ipBlockOnPod' when only an ipBlock on a pod IP admits it. */
export function ruleAllows(
  rule: PolicyRule,
  policyNs: string,
  peerSide: Side,
  port: number,
  protocol: Protocol,
  dst: Side,
  nsLabels: (ns: string) => Labels,
): PeerMatch {
  if (rule.ports.length > 0 && !rule.ports.some((e) => portMatches(e, port, protocol, dst))) {
    return 'no';
  }
  if (rule.peers.length === 0) return 'yes';
  let best: PeerMatch = 'no';
  for (const peer of rule.peers) {
    const m = peerMatches(peer, policyNs, peerSide, nsLabels);
    if (m === 'yes') return 'yes';
    if (m === 'ipBlockOnPod') best = m;
  }
  return best;
}
