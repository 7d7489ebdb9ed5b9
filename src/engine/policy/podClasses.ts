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
  const { keys, blocksUsed, portNames } = scanPolicies(policies, q);
  const ipInts = q.pods.map((p) => (p.ip ? ipv4Int(p.ip) : null));
  const blocks = blocksCoveringPods(blocksUsed, q.pods, ipInts);
  const blockSignature = createBlockSignatures(blocks);
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

function ruleMayMatch(r: PolicyRule, q: PreparedQuery): boolean {
  if (r.ports.length === 0) return true;
  for (const e of r.ports) if (portMayMatch(e, q)) return true;
  return false;
}

/** What can split classes, read in one pass over the policies (they are many; pods are few). */
interface PolicyFacts {
  /** Every label key that some pod selector (policy, or peer of a rule that counts) reads. */
  keys: string[];
  /** Distinct ipBlocks of the rules that count, in order of appearance. */
  blocksUsed: IpBlock[];
  /** Named ports of the rules that count. */
  portNames: Set<string>;
}

function scanPolicies(policies: readonly NetworkPolicy[], q: PreparedQuery): PolicyFacts {
  const keys = new Set<string>();
  const blocks = new Map<string, IpBlock>();
  const portNames = new Set<string>();
  const scan = (rules: readonly PolicyRule[]) => {
    for (const r of rules) {
      if (!ruleMayMatch(r, q)) continue;
      for (const e of r.ports) if (typeof e.port === 'string') portNames.add(e.port);
      for (const x of r.peers) {
        addSelectorKeys(keys, x.podSelector);
        const b = x.ipBlock;
        if (b) blocks.set(`${b.cidr}|${b.except.join(',')}`, b);
      }
    }
  };
  for (const p of policies) {
    addSelectorKeys(keys, p.podSelector);
    scan(p.ingress);
    scan(p.egress);
  }
  return { keys: [...keys].sort(), blocksUsed: [...blocks.values()], portNames };
}

function addSelectorKeys(keys: Set<string>, s: LabelSelector | undefined): void {
  if (!s) return;
  for (const k in s.matchLabels) keys.add(k);
  for (const r of s.matchExpressions) keys.add(r.key);
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
  blocks: IpBlock[],
  pods: readonly Pod[],
  ipInts: readonly (number | null)[],
): IpBlock[] {
  if (blocks.length === 0) return [];
  const v4: number[] = [];
  const v6: string[] = [];
  pods.forEach((p, i) => {
    if (!p.ip || p.hostNetwork) return;
    const n = ipInts[i];
    if (n === null) v6.push(p.ip);
    else v4.push(n);
  });
  v4.sort((a, b) => a - b);
  return blocks.filter((b) => coversSorted(b, v4) || v6.some((ip) => ipBlockMatches(b, ip)));
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

/** The pod's container ports with a name policies use, as one sorted string. */
function namedSignature(pod: Pod, names: Set<string>): string {
  let only = '';
  let several: string[] | null = null;
  for (const cp of pod.ports) {
    if (cp.name === undefined || !names.has(cp.name)) continue;
    const text = `${cp.name}/${cp.protocol}/${cp.containerPort}`;
    if (only === '' && several === null) only = text;
    else (several ??= [only]).push(text);
  }
  return several ? several.sort().join(',') : only;
}
