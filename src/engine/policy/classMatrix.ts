// The matrix in its natural, compact form (model/query.ts `ClassMatrix`): one row of
// destination-class bits per source class instead of pods² cells. Classes are the policy classes
// of podClasses.ts, further split by node where a node runs hostNetwork pods, so that the §6.8
// same-node exception is a class fact too. Every ordered pod pair is then answered in O(1) by
// matrixCell; expandMatrix (matrix.ts) builds the CLI contract's object from it.
import type { Cluster, Pod } from '../model/cluster';
import type { ClassMatrix, MatrixQuery } from '../model/query';
import { allBits, hasBit, newBits, setBit, type Bits } from './bits';
import { classAllowance, type Allowance } from './classAllowance';
import { isPrepared, prepareQuery } from './matrixQuery';
import { buildPodClasses, type PodClass } from './podClasses';
import { policyIndexOf } from './policyIndex';

/** For every ordered pod pair, whether policy lets the source connect to the destination. */
export function computeClassMatrix(cluster: Cluster, query: MatrixQuery): ClassMatrix {
  const q = prepareQuery(cluster, query);
  if (!isPrepared(q)) {
    const { port, protocol, notes, error } = q;
    return { port, protocol, pods: [], classOf: [], classes: 0, allowed: [], notes, error };
  }
  const idx = policyIndexOf(cluster);
  const { classes, classOf } = buildPodClasses(q, idx.enforcing ? cluster.policies : []);
  const verdicts = classVerdicts(classes, classAllowance(idx, cluster, classes, q.protocol));
  const split = splitByNode(q.pods, classOf, classes);
  return {
    port: q.port,
    protocol: q.protocol,
    pods: q.pods.map((p) => p.ref),
    classOf: split.classOf,
    classes: split.classes.length,
    allowed: hexRows(split.classes, verdicts),
    notes: q.notes,
  };
}

/** Whether `pods[i]` reaches `pods[j]` (indices into `m.pods`), in O(1). */
export function matrixCell(m: ClassMatrix, i: number, j: number): boolean {
  if (i === j) return true;
  const row = m.allowed[m.classOf[i]];
  const d = m.classOf[j];
  if (row === undefined || d === undefined) return false;
  return ((hexDigit(row.charCodeAt(d >>> 2)) >>> (d & 3)) & 1) === 1;
}

/** The value of one lowercase hex digit given its char code. */
export const hexDigit = (code: number): number => (code < 58 ? code - 48 : code - 87);

/** Per policy class, the policy classes it reaches (pods on different nodes, as policy sees it). */
function classVerdicts(classes: PodClass[], a: Allowance): Bits[] {
  const k = classes.length;
  // A destination without the named port is never reachable on it (CLI-CONTRACT.md).
  const served = newBits(k);
  for (const c of classes) if (c.port !== undefined) setBit(served, c.id);
  const { open, admits } = transposeIngress(a.ingress, k);
  return classes.map((c) => {
    const eg = a.egress[c.id];
    const by = admits[c.id];
    const b = newBits(k);
    for (let w = 0; w < b.length; w++) b[w] = eg[w] & (open[w] | by[w]) & served[w];
    return b;
  });
}

/**
 * `ingress[d]` lists the sources class d admits; this turns it around: `admits[s]` lists the
 * destinations that admit s, and `open` those admitting every class (kept apart, as most are).
 */
function transposeIngress(ingress: Bits[], k: number): { open: Bits; admits: Bits[] } {
  const full = allBits(k);
  const open = newBits(k);
  const admits = ingress.map(() => newBits(k));
  ingress.forEach((ing, d) => {
    if (ing.every((x, w) => x === full[w])) return setBit(open, d);
    const dw = d >>> 5;
    const dm = 1 << (d & 31);
    for (let w = 0; w < ing.length; w++) {
      for (let x = ing[w]; x !== 0; x &= x - 1)
        admits[(w << 5) + 31 - Math.clz32(x & -x)][dw] |= dm;
    }
  });
  return { open, admits };
}

interface SplitClass {
  /** Policy class id, or -1 for a pod without one (never reaches nor is reached). */
  pc: number;
  /** The node, for pods on a node that runs hostNetwork pods; else null. */
  node: string | null;
  hostNetwork: boolean;
  /** Whether members have the query port (as destinations). */
  hasPort: boolean;
}

/**
 * §6.8: between a hostNetwork pod and a pod on the same node, traffic is always allowed (own-node
 * ingress; egress to the own node). Policy classes assume different nodes, so on the nodes that
 * run hostNetwork pods, classes are split by node and the exception becomes a class pair.
 */
function splitByNode(
  pods: Pod[],
  classOf: Int32Array,
  classes: PodClass[],
): { classOf: number[]; classes: SplitClass[] } {
  const hnNodes = new Set<string>();
  pods.forEach((p, i) => {
    if (classOf[i] >= 0 && p.hostNetwork && p.node) hnNodes.add(p.node);
  });
  const byKey = new Map<string, number>();
  const out: SplitClass[] = [];
  const split = pods.map((p, i) => {
    const pc = classOf[i];
    const node = pc >= 0 && p.node && hnNodes.has(p.node) ? p.node : null;
    const key = `${pc}\u0000${node ?? ''}`;
    let id = byKey.get(key);
    if (id === undefined) {
      byKey.set(key, (id = out.length));
      const hasPort = pc >= 0 && classes[pc].port !== undefined;
      out.push({ pc, node, hostNetwork: p.hostNetwork === true, hasPort });
    }
    return id;
  });
  return { classOf: split, classes: out };
}

/** One hex row per split class (format: model/query.ts `ClassMatrix`). */
function hexRows(classes: SplitClass[], verdicts: Bits[]): string[] {
  const k = classes.length;
  // Without node facts the split classes are the policy classes, in the same order.
  if (k === verdicts.length && classes.every((s, i) => s.pc === i && s.node === null)) {
    return verdicts.map((b) => toHex(b, k));
  }
  return classes.map((s) => {
    const b = newBits(k);
    if (s.pc < 0) return toHex(b, k);
    for (let d = 0; d < k; d++) {
      const t = classes[d];
      if (!t.hasPort) continue;
      const sameNode = s.node !== null && s.node === t.node && s.hostNetwork !== t.hostNetwork;
      if (sameNode || hasBit(verdicts[s.pc], t.pc)) setBit(b, d);
    }
    return toHex(b, k);
  });
}

const HEX = '0123456789abcdef';

/** The first k bits as ⌈k / 4⌉ hex digits, digit i holding bits 4i… 4i+3 (lowest first). */
function toHex(b: Bits, k: number): string {
  let out = '';
  const digits = (k + 3) >>> 2;
  for (let i = 0; i < digits; i++) out += HEX[(b[i >>> 3] >>> ((i & 7) << 2)) & 15];
  return out;
}
