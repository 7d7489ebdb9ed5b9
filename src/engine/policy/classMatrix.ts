// The matrix in its natural, compact form (model/query.ts `ClassMatrix`): one row of
// destination-class bits per source class instead of pods² cells. Classes are the policy classes
// of podClasses.ts, further split by node where a node runs hostNetwork pods, so that the §6.8
// same-node exception is a class fact too. Every ordered pod pair is then answered in O(1) by
// matrixCell; expandMatrix (matrix.ts) builds the CLI contract's object from it.
import type { Cluster, Pod } from '../model/cluster';
import type { ClassMatrix, MatrixQuery } from '../model/query';
import { BitRows } from './bits';
import { classAllowance, OPEN, type Allowance } from './classAllowance';
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

/** Per policy class c, row c: the policy classes it reaches (pods on different nodes). */
function classVerdicts(classes: PodClass[], a: Allowance): BitRows {
  const k = classes.length;
  const verdicts = new BitRows(k, k + 1);
  for (let c = 0; c < k; c++) verdicts.add();
  // A destination without the named port is never reachable on it (CLI-CONTRACT.md).
  const served = verdicts.add();
  for (const c of classes) if (c.port !== undefined) verdicts.set(served, c.id);
  const { open, admits } = transposeIngress(a, k);
  const v = verdicts.data;
  const e = a.rows.data;
  const o = open;
  const by = admits.data;
  const n = verdicts.words;
  const sv = served * n;
  for (let s = 0; s < k; s++) {
    const eg = a.egress[s];
    for (let w = 0; w < n; w++) {
      const reach = eg === OPEN ? 0xffffffff : e[eg * n + w];
      v[s * n + w] = reach & (o[w] | by[s * n + w]) & v[sv + w];
    }
  }
  return verdicts;
}

/**
 * `ingress[d]` lists the sources class d admits; this turns it around: row s of `admits` lists
 * the destinations that admit s, and `open` those admitting every class (kept apart, as most are).
 */
function transposeIngress(a: Allowance, k: number): { open: Uint32Array; admits: BitRows } {
  const open = new BitRows(k, 2);
  const all = open.addOnes();
  const openRow = open.add();
  const admits = new BitRows(k, k);
  for (let s = 0; s < k; s++) admits.add();
  const ing = a.rows.data;
  const to = admits.data;
  const n = admits.words;
  for (let d = 0; d < k; d++) {
    const r = a.ingress[d];
    if (r === OPEN || rowEquals(a.rows, r, open, all)) {
      open.set(openRow, d);
      continue;
    }
    const dw = d >>> 5;
    const dm = 1 << (d & 31);
    for (let w = 0; w < n; w++) {
      for (let x = ing[r * n + w]; x !== 0; x &= x - 1)
        to[((w << 5) + 31 - Math.clz32(x & -x)) * n + dw] |= dm;
    }
  }
  return { open: open.data.subarray(openRow * n, (openRow + 1) * n), admits };
}

function rowEquals(x: BitRows, a: number, y: BitRows, b: number): boolean {
  const n = x.words;
  for (let w = 0; w < n; w++) if (x.data[a * n + w] !== y.data[b * n + w]) return false;
  return true;
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
function hexRows(classes: SplitClass[], verdicts: BitRows): string[] {
  const k = classes.length;
  const hex = createHexWriter(k);
  // Without node facts the split classes are the policy classes, in the same order.
  if (k === verdicts.size && classes.every((s, i) => s.pc === i && s.node === null)) {
    return classes.map((_, c) => hex(verdicts, c));
  }
  const split = new BitRows(k, 1);
  const b = split.add();
  return classes.map((s) => {
    split.clear(b);
    if (s.pc < 0) return hex(split, b);
    for (let d = 0; d < k; d++) {
      const t = classes[d];
      if (!t.hasPort) continue;
      const sameNode = s.node !== null && s.node === t.node && s.hostNetwork !== t.hostNetwork;
      if (sameNode || verdicts.has(s.pc, t.pc)) split.set(b, d);
    }
    return hex(split, b);
  });
}

const HEX_CODES = [...'0123456789abcdef'].map((ch) => ch.charCodeAt(0));

/**
 * Row → ⌈size / 4⌉ hex digits, digit i holding bits 4i… 4i+3 (lowest first). Many classes reach
 * the same classes, so equal rows (found by a hash of their words) share one string.
 */
function createHexWriter(size: number): (rows: BitRows, r: number) => string {
  // A plain array: fromCharCode.apply reads it much faster than a typed array.
  const codes = new Array<number>((size + 3) >>> 2).fill(0);
  const seen = new Map<number, { words: Uint32Array; hex: string }[]>();
  return (rows, r) => {
    const words = rows.data.subarray(r * rows.words, (r + 1) * rows.words);
    const hash = hashWords(words);
    const same = seen.get(hash) ?? [];
    const known = same.find((x) => x.words.every((v, w) => v === words[w]));
    if (known) return known.hex;
    for (let i = 0; i < codes.length; i++)
      codes[i] = HEX_CODES[(words[i >>> 3] >>> ((i & 7) << 2)) & 15];
    const hex = String.fromCharCode.apply(null, codes);
    same.push({ words: words.slice(), hex });
    seen.set(hash, same);
    return hex;
  };
}

/** FNV-1a over the words of a row. */
function hashWords(words: Uint32Array): number {
  let h = 0x811c9dc5;
  for (let w = 0; w < words.length; w++) h = Math.imul(h ^ words[w], 0x01000193);
  return h;
}
