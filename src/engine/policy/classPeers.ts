// The classes a rule's peers match (§6.7 peer_matches, as either end), OR-ed into bit rows for
// classAllowance.ts. A peer in the policy's own namespace is tested on that namespace's few classes
// directly. Peers with a namespaceSelector or an ipBlock reach across namespaces, so their row is
// built once per shape (equal selectors, equal block) and reused by every peer of that shape.
import type { Cluster } from '../model/cluster';
import type { LabelSelector } from '../model/labels';
import type { PolicyPeer } from '../model/policy';
import { selectorMatches } from '../topology/selectors';
import type { BitRows } from './bits';
import { createBlockRows } from './blockSignatures';
import type { PodClass } from './podClasses';
import { policyIndexOf } from './policyIndex';

export interface PeerRows {
  /** Row `into` |= (the classes peer x of a policy in namespace ns matches) & row `mask`. */
  add(into: number, x: PolicyPeer, ns: string, mask: number): void;
}

export function createPeerRows(
  rows: BitRows,
  cluster: Cluster,
  classes: PodClass[],
  inNamespace: Map<string, PodClass[]>,
): PeerRows {
  const matching = namespaceMatcher(cluster, [...inNamespace.keys()]);
  const byShape = new Map<string, number>();
  const setBlockMembers = createBlockRows(rows, classes);
  const shapeRow = (x: PolicyPeer, ns: string): number => {
    const key = peerKey(x, ns);
    let row = byShape.get(key);
    if (row === undefined) {
      byShape.set(key, (row = rows.add()));
      if (x.ipBlock) setBlockMembers(x.ipBlock, row);
      else {
        const namespaces = x.namespaceSelector ? matching(x.namespaceSelector) : [ns];
        for (const n of namespaces) setSelected(rows, row, x.podSelector, inNamespace.get(n), -1);
      }
    }
    return row;
  };
  return {
    add(into, x, ns, mask) {
      if (x.ipBlock || x.namespaceSelector) rows.orAnd(into, shapeRow(x, ns), mask);
      else setSelected(rows, into, x.podSelector, inNamespace.get(ns), mask);
    },
  };
}

/** Pod classes (not hostNetwork ones: only ipBlocks match those, §6.8) per namespace. */
export function classesByNamespace(classes: PodClass[]): Map<string, PodClass[]> {
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

/** Sets the bits of the classes the podSelector selects (all without one) that row `mask` holds (-1: no mask). */
function setSelected(
  rows: BitRows,
  row: number,
  podSelector: LabelSelector | undefined,
  classes: PodClass[] | undefined,
  mask: number,
): void {
  for (const c of classes ?? []) {
    if (mask >= 0 && !rows.has(mask, c.id)) continue;
    if (c.side.kind === 'pod' && (!podSelector || selectorMatches(podSelector, c.side.labels)))
      rows.set(row, c.id);
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
