// Class-pair verdicts for the matrix (CLI-CONTRACT.md `matrix`), fast by design: pods are grouped
// into interchangeable classes (podClasses.ts); each rule becomes a bit set of the classes it
// admits; each class gets the OR of its isolating rules, egress and ingress apart. classMatrix.ts
// combines the two sides into the compact matrix.
import type { Cluster, Protocol } from '../model/cluster';
import type { NetworkPolicy, PolicyPeer, PolicyRule } from '../model/policy';
import { selectorMatches } from '../topology/selectors';
import { allBits, and, newBits, orInto, setBit, type Bits } from './bits';
import { ipBlockMatchesParsed, portMatches } from './match';
import type { PodClass } from './podClasses';
import { policyIndexOf, selectingPolicies, type PolicyIndex } from './policyIndex';

export interface Allowance {
  /** egress[s]: destination classes the egress side of class s admits. */
  egress: Bits[];
  /** ingress[d]: source classes the ingress side of class d admits. */
  ingress: Bits[];
}

/** Per class, the classes its egress side and its ingress side admit for the query. */
export function classAllowance(
  idx: PolicyIndex,
  cluster: Cluster,
  classes: PodClass[],
  protocol: Protocol,
): Allowance {
  const k = classes.length;
  const ones = allBits(k);
  if (!idx.enforcing) return { egress: classes.map(() => ones), ingress: classes.map(() => ones) };
  const peers = peerBitsFactory(cluster, classes);
  const groupOk = portGroupFactory(classes, protocol);
  // Classes of one port group answer every port entry alike: test one member per group.
  const groups = new Map<number, { rep: PodClass; bits: Bits }>();
  for (const c of classes) {
    const g = groups.get(c.portGroup) ?? { rep: c, bits: newBits(k) };
    setBit(g.bits, c.id);
    groups.set(c.portGroup, g);
  }
  const portBits = memo((r: PolicyRule) => {
    const b = newBits(k);
    for (const g of groups.values()) if (groupOk(r, g.rep)) orInto(b, g.bits);
    return b;
  });
  const egressRule = memo((r: PolicyRule, ns: string) => and(peers(r, ns), portBits(r)));
  // Policies selecting each class, found once; split by type below.
  const selecting = classes.map((c) =>
    c.side.kind === 'pod' ? selectingPolicies(idx, c.side.namespace, c.side.labels) : [],
  );
  const side = (c: PodClass, type: 'Ingress' | 'Egress'): NetworkPolicy[] | null => {
    const pols = selecting[c.id].filter((p) => p.policyTypes.includes(type));
    return pols.length > 0 ? pols : null;
  };
  const egress = classes.map((c) => {
    const pols = side(c, 'Egress');
    if (!pols) return ones;
    const b = newBits(k);
    for (const p of pols) for (const r of p.egress) orInto(b, egressRule(r, p.namespace));
    return b;
  });
  const ingress = classes.map((c) => {
    const pols = side(c, 'Ingress');
    if (!pols) return ones;
    const b = newBits(k);
    for (const p of pols)
      for (const r of p.ingress) if (groupOk(r, c)) orInto(b, peers(r, p.namespace));
    return b;
  });
  return { egress, ingress };
}

/** Rule → bit set of the classes its peers match (as either end), memoised per peer shape. */
function peerBitsFactory(
  cluster: Cluster,
  classes: PodClass[],
): (r: PolicyRule, ns: string) => Bits {
  const k = classes.length;
  const ones = allBits(k);
  const idx = policyIndexOf(cluster);
  const byNs = new Map<string, PodClass[]>();
  for (const c of classes) {
    if (c.side.kind !== 'pod') continue;
    const list = byNs.get(c.side.namespace) ?? [];
    list.push(c);
    byNs.set(c.side.namespace, list);
  }
  const namespaces = [...new Set([...cluster.namespaces.map((n) => n.name), ...byNs.keys()])];
  const nsMatching = memoByKey((sel: NonNullable<PolicyPeer['namespaceSelector']>) =>
    namespaces.filter((ns) => selectorMatches(sel, idx.nsLabels(ns))),
  );
  const peerBits = memoByKey((x: PolicyPeer, ns: string): Bits => {
    const b = newBits(k);
    if (x.ipBlock) {
      for (const c of classes)
        if (c.side.ip && ipBlockMatchesParsed(x.ipBlock, c.side.ip, c.ipInt)) setBit(b, c.id);
      return b;
    }
    for (const n of x.namespaceSelector ? nsMatching(x.namespaceSelector) : [ns]) {
      for (const c of byNs.get(n) ?? []) {
        if (
          c.side.kind === 'pod' &&
          (!x.podSelector || selectorMatches(x.podSelector, c.side.labels))
        ) {
          setBit(b, c.id);
        }
      }
    }
    return b;
  }, peerKey);
  return memo((r: PolicyRule, ns: string) => {
    if (r.peers.length === 0) return ones;
    const b = newBits(k);
    for (const x of r.peers) orInto(b, peerBits(x, ns));
    return b;
  });
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

/** Whether a rule's ports admit the query on a destination class, memoised per port group. */
function portGroupFactory(
  classes: PodClass[],
  protocol: Protocol,
): (r: PolicyRule, c: PodClass) => boolean {
  const cache = new Map<PolicyRule, Map<number, boolean>>();
  return (r, c) => {
    if (c.port === undefined) return false;
    if (r.ports.length === 0) return true;
    let m = cache.get(r);
    if (!m) cache.set(r, (m = new Map()));
    let ok = m.get(c.portGroup);
    if (ok === undefined) {
      const port = c.port;
      ok = r.ports.some((e) => portMatches(e, port, protocol, c.side));
      m.set(c.portGroup, ok);
    }
    return ok;
  };
}

/** Memoises by the first argument only: a rule belongs to one policy, so its namespace is fixed. */
function memo<A extends object, B extends unknown[], R>(
  f: (a: A, ...rest: B) => R,
): (a: A, ...rest: B) => R {
  const cache = new Map<A, R>();
  return (a, ...rest) => {
    let v = cache.get(a);
    if (v === undefined) cache.set(a, (v = f(a, ...rest)));
    return v;
  };
}

function memoByKey<A extends unknown[], R>(
  f: (...a: A) => R,
  key: (...a: A) => string = (...a) => JSON.stringify(a),
): (...a: A) => R {
  const cache = new Map<string, R>();
  return (...a) => {
    const kk = key(...a);
    let v = cache.get(kk);
    if (v === undefined) cache.set(kk, (v = f(...a)));
    return v;
  };
}
