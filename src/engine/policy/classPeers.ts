// The classes a rule's peers match (§6.7 peer_matches, as either end), one bit row per rule for
// classAllowance.ts. Peers of equal shape in one namespace match the same classes, so their row is
// built once; a rule with one peer reuses that peer's row, and a rule without peers the all-ones row.
import type { Cluster } from '../model/cluster';
import type { LabelSelector } from '../model/labels';
import type { PolicyPeer, PolicyRule } from '../model/policy';
import { selectorMatches } from '../topology/selectors';
import type { BitRows } from './bits';
import { createBlockTest } from './blockSignatures';
import type { PodClass } from './podClasses';
import { policyIndexOf } from './policyIndex';

export interface PeerRows {
  /** Row of the classes some peer of the rule matches; `ns` is the rule's policy namespace. */
  of(r: PolicyRule, ns: string): number;
}

export function createPeerRows(rows: BitRows, cluster: Cluster, classes: PodClass[]): PeerRows {
  const ones = rows.addOnes();
  const inNamespace = classesByNamespace(classes);
  const matching = namespaceMatcher(cluster, [...inNamespace.keys()]);
  const byShape = new Map<string, number>();
  const byRule = new Map<PolicyRule, number>();
  const peerRow = (x: PolicyPeer, ns: string): number => {
    const key = peerKey(x, ns);
    let row = byShape.get(key);
    if (row === undefined) {
      byShape.set(key, (row = rows.add()));
      if (x.ipBlock) setBlockMembers(rows, row, x.ipBlock, classes);
      else {
        const namespaces = x.namespaceSelector ? matching(x.namespaceSelector) : [ns];
        setSelected(rows, row, x.podSelector, namespaces, inNamespace);
      }
    }
    return row;
  };
  const build = (r: PolicyRule, ns: string): number => {
    if (r.peers.length === 0) return ones;
    if (r.peers.length === 1) return peerRow(r.peers[0], ns);
    const row = rows.add();
    for (const x of r.peers) rows.or(row, peerRow(x, ns));
    return row;
  };
  return {
    of(r, ns) {
      // A rule belongs to one policy, so its namespace is fixed: the rule alone is the key.
      let row = byRule.get(r);
      if (row === undefined) byRule.set(r, (row = build(r, ns)));
      return row;
    },
  };
}

/** Pod classes (not hostNetwork ones: only ipBlocks match those, §6.8) per namespace. */
function classesByNamespace(classes: PodClass[]): Map<string, PodClass[]> {
  const byNs = new Map<string, PodClass[]>();
  for (const c of classes) {
    if (c.side.kind !== 'pod') continue;
    const list = byNs.get(c.side.namespace);
    if (list) list.push(c);
    else byNs.set(c.side.namespace, [c]);
  }
  return byNs;
}

/** The namespaces (of the cluster, or holding classes) a namespaceSelector matches, memoised. */
function namespaceMatcher(
  cluster: Cluster,
  withClasses: string[],
): (sel: LabelSelector) => readonly string[] {
  const idx = policyIndexOf(cluster);
  const namespaces = [...new Set([...cluster.namespaces.map((n) => n.name), ...withClasses])];
  const cache = new Map<string, readonly string[]>();
  return (sel) => {
    const key = JSON.stringify(sel);
    let list = cache.get(key);
    if (!list) {
      list = namespaces.filter((ns) => selectorMatches(sel, idx.nsLabels(ns)));
      cache.set(key, list);
    }
    return list;
  };
}

function setBlockMembers(
  rows: BitRows,
  row: number,
  block: NonNullable<PolicyPeer['ipBlock']>,
  classes: PodClass[],
): void {
  const holds = createBlockTest(block);
  for (const c of classes) if (c.side.ip && holds(c.side.ip, c.ipInt)) rows.set(row, c.id);
}

function setSelected(
  rows: BitRows,
  row: number,
  podSelector: LabelSelector | undefined,
  namespaces: readonly string[],
  inNamespace: Map<string, PodClass[]>,
): void {
  for (const ns of namespaces) {
    for (const c of inNamespace.get(ns) ?? []) {
      if (c.side.kind === 'pod' && (!podSelector || selectorMatches(podSelector, c.side.labels)))
        rows.set(row, c.id);
    }
  }
}

const peerKeys = new WeakMap<PolicyPeer, string>();

/** Peers with equal shape (and namespace) match the same classes; the key is cached per peer. */
function peerKey(x: PolicyPeer, ns: string): string {
  let k = peerKeys.get(x);
  if (k === undefined) peerKeys.set(x, (k = shapeKey(x, ns)));
  return k;
}

function shapeKey(x: PolicyPeer, ns: string): string {
  if (x.ipBlock) return `ip|${x.ipBlock.cidr}|${x.ipBlock.except.join(',')}`;
  return JSON.stringify([x.namespaceSelector ?? ns, x.podSelector ?? null]);
}
