// Groups pods into classes that are interchangeable for every verdict of one matrix query: same
// namespace, same values of the label keys any policy selector reads, same hostNetwork/node facts,
// same ipBlock memberships (only for blocks that cover pod addresses), same named container ports
// that policies use, same resolved query port. matrix.ts evaluates class pairs and expands them.
// Peers and named ports of rules whose ports can never carry the query (say `port: 443` when the
// matrix is for 8080/TCP) are left out: such a rule allows nothing, so it cannot split a class.
import type { Pod } from '../model/cluster';
import type { LabelSelector } from '../model/labels';
import type { IpBlock, NetworkPolicy, PolicyPort, PolicyRule } from '../model/policy';
import { createBlockSignatures } from './blockSignatures';
import { compileBlock, ipBlockMatches, ipv4Int, type Side } from './match';
import type { PreparedQuery } from './matrixQuery';
import { podSide } from './policyIndex';

export interface PodClass {
  id: number;
  /** A member; every member answers every verdict of this query the same way. */
  rep: Pod;
  side: Side;
  /** ipv4Int of the members' IP (null for IPv6). */
  ipInt: number | null;
  /** Resolved query port on members as destinations; undefined: they lack the named port. */
  port: number | undefined;
  /** Classes with equal port-matching facts share a port group. */
  portGroup: number;
}

export interface PodClasses {
  classes: PodClass[];
  /** Per pod of `q.pods` (same order), its class id, or -1 for pods without an IP. */
  classOf: Int32Array;
}

export function buildPodClasses(q: PreparedQuery, policies: readonly NetworkPolicy[]): PodClasses {
  const rules = rulesThatMayMatch(policies, q);
  const keys = selectorKeys(policies, rules);
  const ipInts = q.pods.map((p) => (p.ip ? ipv4Int(p.ip) : null));
  const blocks = blocksCoveringPods(rules, q.pods, ipInts);
  const blockSignature = createBlockSignatures(blocks);
  const portNames = namedPortsUsed(rules);
  const byKey = new Map<string, number>();
  const groups = new Map<string, number>();
  const classes: PodClass[] = [];
  const classOf = new Int32Array(q.pods.length).fill(-1);
  q.pods.forEach((pod, i) => {
    if (!pod.ip) return;
    const ip = pod.ip;
    const ipInt = ipInts[i];
    const port = q.portOn(pod);
    const named = portNames.size === 0 ? '' : namedSignature(pod, portNames);
    const group = `${pod.hostNetwork ? 'node' : 'pod'}|${port ?? '-'}|${named}`;
    const key = pod.hostNetwork
      ? `hn|${pod.node ?? ''}|${pod.ip}|${group}`
      : `${pod.namespace}|${projectLabels(pod, keys)}|${blocks.length === 0 ? '' : blockSignature(ip, ipInt)}|${group}`;
    let id = byKey.get(key);
    if (id === undefined) {
      id = classes.length;
      byKey.set(key, id);
      let g = groups.get(group);
      if (g === undefined) groups.set(group, (g = groups.size));
      classes.push({ id, rep: pod, side: podSide(pod), ipInt, port, portGroup: g });
    }
    classOf[i] = id;
  });
  return { classes, classOf };
}

/** Whether some port entry of the rule can match the query's port and protocol on some pod. */
function portMayMatch(e: PolicyPort, q: PreparedQuery): boolean {
  if (e.protocol !== q.protocol) return false;
  if (typeof e.port !== 'number' || typeof q.port !== 'number') return true; // resolved per pod
  return e.endPort === undefined ? e.port === q.port : e.port <= q.port && q.port <= e.endPort;
}

function rulesThatMayMatch(policies: readonly NetworkPolicy[], q: PreparedQuery): PolicyRule[] {
  const out: PolicyRule[] = [];
  const mayMatch = (r: PolicyRule): boolean => {
    if (r.ports.length === 0) return true;
    for (const e of r.ports) if (portMayMatch(e, q)) return true;
    return false;
  };
  for (const p of policies) {
    for (const r of p.ingress) if (mayMatch(r)) out.push(r);
    for (const r of p.egress) if (mayMatch(r)) out.push(r);
  }
  return out;
}

/** Every label key that some pod selector (policy, or peer of a rule that counts) reads. */
function selectorKeys(policies: readonly NetworkPolicy[], rules: readonly PolicyRule[]): string[] {
  const keys = new Set<string>();
  const add = (s: LabelSelector | undefined) => {
    if (!s) return;
    for (const k in s.matchLabels) keys.add(k);
    for (const r of s.matchExpressions) keys.add(r.key);
  };
  for (const p of policies) add(p.podSelector);
  for (const r of rules) for (const x of r.peers) add(x.podSelector);
  return [...keys].sort();
}

function projectLabels(pod: Pod, keys: string[]): string {
  let out = '';
  for (const k of keys) {
    if (Object.prototype.hasOwnProperty.call(pod.labels, k)) out += `${k}=${pod.labels[k]}\u0000`;
  }
  return out;
}

/** Distinct ipBlocks that match at least one pod address; only these can split classes. */
function blocksCoveringPods(
  rules: readonly PolicyRule[],
  pods: readonly Pod[],
  ipInts: readonly (number | null)[],
): IpBlock[] {
  const seen = new Map<string, IpBlock>();
  for (const r of rules) {
    for (const x of r.peers) {
      if (x.ipBlock) seen.set(`${x.ipBlock.cidr}|${x.ipBlock.except.join(',')}`, x.ipBlock);
    }
  }
  if (seen.size === 0) return [];
  const v4: number[] = [];
  const v6: string[] = [];
  pods.forEach((p, i) => {
    if (!p.ip || p.hostNetwork) return;
    const n = ipInts[i];
    if (n === null) v6.push(p.ip);
    else v4.push(n);
  });
  v4.sort((a, b) => a - b);
  return [...seen.values()].filter(
    (b) => coversSorted(b, v4) || v6.some((ip) => ipBlockMatches(b, ip)),
  );
}

/** Whether a block holds one of the sorted IPv4 addresses (binary search to its range). */
function coversSorted(b: IpBlock, sorted: number[]): boolean {
  const c = compileBlock(b);
  if (!c.cidr.v4) return false;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < c.cidr.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length && sorted[i] <= c.cidr.end; i++) {
    const n = sorted[i];
    if (!c.except.some((e) => e.v4 && n >= e.start && n <= e.end)) return true;
  }
  return false;
}

function namedPortsUsed(rules: readonly PolicyRule[]): Set<string> {
  const names = new Set<string>();
  for (const r of rules) for (const e of r.ports) if (typeof e.port === 'string') names.add(e.port);
  return names;
}

function namedSignature(pod: Pod, names: Set<string>): string {
  return pod.ports
    .filter((cp) => cp.name !== undefined && names.has(cp.name))
    .map((cp) => `${cp.name}/${cp.protocol}/${cp.containerPort}`)
    .sort()
    .join(',');
}
