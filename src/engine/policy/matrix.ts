// The reachability matrix over every ordered pod pair (CLI-CONTRACT.md `matrix`), fast by design:
// pods are grouped into interchangeable classes (podClasses.ts); each rule becomes a bit set of
// the classes it admits; each class gets the OR of its isolating rules; pairs are expanded to pods.
// Pods with identical rows share one row object: treat the result as read-only. referenceMatrix.ts
// is the pair-by-pair yardstick this must equal exactly (property-tested).
import type { Cluster, Pod, Protocol } from '../model/cluster';
import type { MatrixQuery, MatrixResult } from '../model/query';
import type { NetworkPolicy, PolicyPeer, PolicyRule } from '../model/policy';
import { selectorMatches } from '../topology/selectors';
import { allBits, and, bitsKey, hasBit, newBits, orInto, setBit, type Bits } from './bits';
import { ipBlockMatchesParsed, portMatches } from './match';
import { isPrepared, prepareQuery, type PreparedQuery } from './matrixQuery';
import { buildPodClasses, type PodClass } from './podClasses';
import { policyIndexOf, selectingPolicies, type PolicyIndex } from './policyIndex';

/** For each ordered pod pair, whether policy lets the source connect to the destination. */
export function computeMatrix(cluster: Cluster, query: MatrixQuery): MatrixResult {
  const q = prepareQuery(cluster, query);
  if (!isPrepared(q)) return q;
  const idx = policyIndexOf(cluster);
  const { classes, classOf } = buildPodClasses(q, idx.enforcing ? cluster.policies : []);
  const allowance = classAllowance(idx, cluster, classes, q.protocol);
  const matrix = expand(q, classes, classOf, allowance);
  return {
    port: q.port,
    protocol: q.protocol,
    pods: q.pods.map((p) => p.ref),
    matrix,
    notes: q.notes,
  };
}

interface Allowance {
  /** egress[s]: destination classes the egress side of class s admits. */
  egress: Bits[];
  /** ingress[d]: source classes the ingress side of class d admits. */
  ingress: Bits[];
}

function classAllowance(
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

/** Class verdicts → pod rows. Rows equal for a whole class are built once and shared. */
function expand(
  q: PreparedQuery,
  classes: PodClass[],
  classOf: Int32Array,
  a: Allowance,
): MatrixResult['matrix'] {
  const pods = q.pods;
  const k = classes.length;
  // Bit tests are written out in the two hot loops: k² and pods² iterations.
  const rowBits = classes.map((c) => {
    const b = newBits(k);
    const eg = a.egress[c.id];
    const word = c.id >>> 5;
    const mask = 1 << (c.id & 31);
    for (let d = 0; d < k; d++) {
      // A destination without the named port is never reachable on it (CLI-CONTRACT.md).
      if (classes[d].port === undefined) continue;
      if ((eg[d >>> 5] & (1 << (d & 31))) !== 0 && (a.ingress[d][word] & mask) !== 0) {
        b[d >>> 5] |= 1 << (d & 31);
      }
    }
    return b;
  });
  const refs = pods.map((p) => p.ref);
  const n = refs.length;
  const shared = new Map<string, Record<string, boolean>>();
  const build = (bits: Bits | null, self: number, extra: Set<number> | null) => {
    const byClass = new Uint8Array(k);
    if (bits) for (let c = 0; c < k; c++) byClass[c] = (bits[c >>> 5] >>> (c & 31)) & 1;
    const row: Record<string, boolean> = {};
    for (let i = 0; i < n; i++) {
      const cid = classOf[i];
      row[refs[i]] =
        (cid >= 0 && byClass[cid] === 1) || i === self || (extra !== null && extra.has(i));
    }
    return row;
  };
  const sameNode = sameNodeHostNetwork(pods, classOf);
  const matrix: MatrixResult['matrix'] = {};
  pods.forEach((p, i) => {
    const cid = classOf[i];
    const bits = cid >= 0 ? rowBits[cid] : null;
    const extra = cid >= 0 ? sameNode(i).filter((j) => classes[classOf[j]].port !== undefined) : [];
    const selfOk = bits !== null && hasBit(bits, cid);
    const needsPatch = !selfOk || extra.some((j) => !hasBit(bits!, classOf[j]));
    if (!needsPatch) {
      const key = bitsKey(bits!);
      let row = shared.get(key);
      if (!row) shared.set(key, (row = build(bits, -1, null)));
      matrix[p.ref] = row;
      return;
    }
    matrix[p.ref] = build(bits, i, extra.length > 0 ? new Set(extra) : null);
  });
  return matrix;
}

/**
 * §6.8: between a hostNetwork pod and a pod on the same node, traffic is always allowed (own-node
 * ingress; egress to the own node). Class verdicts assume different nodes; this lists the fixes.
 */
function sameNodeHostNetwork(pods: Pod[], classOf: Int32Array): (i: number) => number[] {
  const byNode = new Map<string, { hn: number[]; regular: number[] }>();
  pods.forEach((p, i) => {
    if (classOf[i] < 0 || !p.node) return;
    const g = byNode.get(p.node) ?? { hn: [], regular: [] };
    (p.hostNetwork ? g.hn : g.regular).push(i);
    byNode.set(p.node, g);
  });
  return (i) => {
    const p = pods[i];
    const g = p.node ? byNode.get(p.node) : undefined;
    if (!g) return [];
    return p.hostNetwork ? g.regular : g.hn;
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
