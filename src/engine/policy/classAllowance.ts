// Class-pair verdicts for the matrix (CLI-CONTRACT.md `matrix`), fast by design: pods are grouped
// into interchangeable classes (podClasses.ts); each rule becomes a bit row of the classes its
// peers match (classPeers.ts) and a set of destination port groups its ports admit; each class
// gets the OR of its isolating rules, egress and ingress apart. classMatrix.ts combines the two
// sides into the compact matrix.
import type { Cluster, Protocol } from '../model/cluster';
import type { NetworkPolicy, PolicyRule } from '../model/policy';
import { BitRows } from './bits';
import { classesByNamespace, createPeerRows, type PeerRows } from './classPeers';
import { portMatches } from './match';
import type { PodClass } from './podClasses';
import type { PolicyIndex } from './policyIndex';
import { selectorMatches } from '../topology/selectors';

/** A side that no policy isolates: it admits every class (no row is stored for it). */
export const OPEN = -1;

export interface Allowance {
  /** Every row below lives here. */
  rows: BitRows;
  /** egress[s]: row of the destination classes the egress side of class s admits, or OPEN. */
  egress: Int32Array;
  /** ingress[d]: row of the source classes the ingress side of class d admits, or OPEN. */
  ingress: Int32Array;
}

/** Per class, the classes its egress side and its ingress side admit for the query. */
export function classAllowance(
  idx: PolicyIndex,
  cluster: Cluster,
  classes: PodClass[],
  protocol: Protocol,
): Allowance {
  const k = classes.length;
  const rows = new BitRows(k, 256);
  const egress = new Int32Array(k).fill(OPEN);
  const ingress = new Int32Array(k).fill(OPEN);
  if (!idx.enforcing) return { rows, egress, ingress };
  const inNamespace = classesByNamespace(classes);
  const b: Builder = {
    rows,
    ports: createPortSets(rows, classes, protocol),
    peers: createPeerRows(rows, cluster, classes, inNamespace),
    ones: rows.addOnes(),
    scratch: rows.add(),
    egress,
    ingress,
  };
  // Policy by policy rather than class by class: each rule is read once, however many classes
  // its policy selects, and policies that select no class cost one selector test per class.
  const selected: PodClass[] = [];
  for (const p of cluster.policies) {
    selected.length = 0;
    // Policies select pods only: hostNetwork pods (node sides) are never isolated (§6.8).
    for (const c of inNamespace.get(p.namespace) ?? [])
      if (c.side.kind === 'pod' && selectorMatches(p.podSelector, c.side.labels)) selected.push(c);
    if (selected.length === 0) continue;
    if (p.policyTypes.includes('Egress')) addEgress(b, p, selected);
    if (p.policyTypes.includes('Ingress')) addIngress(b, p, selected);
  }
  return { rows, egress, ingress };
}

interface Builder {
  rows: BitRows;
  ports: PortSets;
  peers: PeerRows;
  ones: number;
  /** A reusable row for one policy's or one rule's admitted classes. */
  scratch: number;
  egress: Int32Array;
  ingress: Int32Array;
}

/** A side's row, made on the first policy that isolates it (then it admits nothing yet). */
function sideRow(b: Builder, side: Int32Array, c: PodClass): number {
  if (side[c.id] === OPEN) side[c.id] = b.rows.add();
  return side[c.id];
}

/**
 * Egress: a rule admits the destinations its peers match that also have a port its ports admit.
 * The policy's rules do not depend on the source, so they are OR-ed once into the scratch row.
 */
function addEgress(b: Builder, p: NetworkPolicy, selected: PodClass[]): void {
  b.rows.clear(b.scratch);
  for (const r of p.egress) {
    const set = b.ports.of(r);
    if (set === NO_PORT) continue;
    const ports = b.ports.row(set);
    if (r.peers.length === 0) b.rows.or(b.scratch, ports);
    for (const x of r.peers) b.peers.add(b.scratch, x, p.namespace, ports);
  }
  for (const c of selected) b.rows.or(sideRow(b, b.egress, c), b.scratch);
}

/** Ingress: the sources a rule's peers match, for the selected classes whose port it admits. */
function addIngress(b: Builder, p: NetworkPolicy, selected: PodClass[]): void {
  for (const c of selected) sideRow(b, b.ingress, c);
  for (const r of p.ingress) {
    const set = b.ports.of(r);
    if (set === NO_PORT) continue;
    let from = b.ones;
    if (r.peers.length > 0) {
      from = b.scratch;
      b.rows.clear(from);
      for (const x of r.peers) b.peers.add(from, x, p.namespace, b.ones);
    }
    for (const c of selected)
      if (b.ports.admits(set, c.portGroup)) b.rows.or(b.ingress[c.id], from);
  }
}

/** A port set that admits no destination class: its rule allows nothing for this query. */
export const NO_PORT = -1;

/** Rules grouped by which port groups (podClasses.ts) their ports admit for the query. */
export interface PortSets {
  /** The rule's port set, or NO_PORT. */
  of(r: PolicyRule): number;
  /** Row of the classes in the set's port groups. */
  row(set: number): number;
  admits(set: number, group: number): boolean;
}

/**
 * Classes of one port group answer every port entry alike, so a rule is tested on one member per
 * group; rules admitting the same groups share one set (and one row).
 */
export function createPortSets(
  rows: BitRows,
  classes: PodClass[],
  protocol: Protocol,
  shortcut = true,
): PortSets {
  const reps: PodClass[] = [];
  for (const c of classes) reps[c.portGroup] ??= c;
  // A set's key has one character per port group: '1' where the rule's ports admit it.
  const byKey = new Map<string, number>();
  const keys: string[] = [];
  const setRows: number[] = [];
  const general = (r: PolicyRule): number => {
    let key = '';
    for (const rep of reps) key += groupAdmits(r, rep, protocol) ? '1' : '0';
    if (!key.includes('1')) return NO_PORT;
    let set = byKey.get(key);
    if (set === undefined) {
      byKey.set(key, (set = keys.length));
      keys.push(key);
      setRows.push(groupsRow(rows, classes, key));
    }
    return set;
  };
  const numeric = shortcut ? createNumericPorts(reps, protocol, general) : () => undefined;
  return {
    // Each rule is read once (classAllowance goes policy by policy), so there is no cache per rule.
    of: (r) => numeric(r) ?? general(r),
    row: (set) => setRows[set],
    admits: (set, group) => keys[set].charCodeAt(group) === ONE,
  };
}

/**
 * A shortcut for the common rule whose ports are all numbers (or none): its answer for a port
 * group depends only on the port number the group's classes resolve the query to, and there are
 * few such numbers (one for a numeric query). The rule's answers per number, as a bit mask, name
 * its set; the general path computes each set once. Returns undefined where it does not apply.
 */
function createNumericPorts(
  reps: PodClass[],
  protocol: Protocol,
  general: (r: PolicyRule) => number,
): (r: PolicyRule) => number | undefined {
  const numbers = [...new Set(reps.map((c) => c.port))].filter((n) => n !== undefined);
  const byMask = new Map<number, number>();
  return (r) => {
    if (numbers.length > 30) return undefined;
    let mask = 0;
    for (const e of r.ports) if (typeof e.port === 'string') return undefined;
    for (let i = 0; i < numbers.length; i++)
      if (numberAdmits(r, numbers[i], protocol)) mask |= 1 << i;
    let set = byMask.get(mask);
    if (set === undefined) byMask.set(mask, (set = general(r)));
    return set;
  };
}

function numberAdmits(r: PolicyRule, port: number, protocol: Protocol): boolean {
  if (r.ports.length === 0) return true;
  for (const e of r.ports) if (portMatches(e, port, protocol, NO_SIDE)) return true;
  return false;
}

/** Numeric port entries never read the destination (only named ones do). */
const NO_SIDE = { kind: 'external', ip: '' } as const;

const ONE = '1'.charCodeAt(0);

/** Whether a rule's ports admit the query on a destination class (its port group's answer). */
function groupAdmits(r: PolicyRule, c: PodClass, protocol: Protocol): boolean {
  const port = c.port;
  if (port === undefined) return false;
  return r.ports.length === 0 || r.ports.some((e) => portMatches(e, port, protocol, c.side));
}

function groupsRow(rows: BitRows, classes: PodClass[], key: string): number {
  const row = rows.add();
  for (const c of classes) if (key.charCodeAt(c.portGroup) === ONE) rows.set(row, c.id);
  return row;
}
