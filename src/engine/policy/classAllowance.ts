// Class-pair verdicts for the matrix (CLI-CONTRACT.md `matrix`), fast by design: pods are grouped
// into interchangeable classes (podClasses.ts); each rule becomes a bit row of the classes its
// peers match (classPeers.ts) and a set of destination port groups its ports admit; each class
// gets the OR of its isolating rules, egress and ingress apart. classMatrix.ts combines the two
// sides into the compact matrix.
import type { Cluster, Protocol } from '../model/cluster';
import type { NetworkPolicy, PolicyRule } from '../model/policy';
import { BitRows } from './bits';
import { createPeerRows, type PeerRows } from './classPeers';
import { portMatches } from './match';
import type { PodClass } from './podClasses';
import { selectingPolicies, type PolicyIndex } from './policyIndex';

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
  const sides: Sides = {
    rows,
    ports: createPortSets(rows, classes, protocol),
    peers: createPeerRows(rows, cluster, classes),
    scratch: [],
  };
  for (const c of classes) {
    // Policies select pods only: hostNetwork pods (node sides) are never isolated (§6.8).
    if (c.side.kind !== 'pod') continue;
    const pols = selectingPolicies(idx, c.side.namespace, c.side.labels);
    if (pols.length === 0) continue;
    egress[c.id] = egressRow(sides, pols);
    ingress[c.id] = ingressRow(sides, pols, c.portGroup);
  }
  return { rows, egress, ingress };
}

interface Sides {
  rows: BitRows;
  ports: PortSets;
  peers: PeerRows;
  /** Reusable rows for egressRow, one per distinct port set of a class's rules. */
  scratch: number[];
}

/**
 * Egress: a rule admits the destinations its peers match that also have a port its ports admit.
 * Rules are gathered by port set (few per class), so each set costs one AND rather than each rule.
 */
function egressRow(s: Sides, pols: readonly NetworkPolicy[]): number {
  const sets: number[] = [];
  let isolated = false;
  for (const p of pols) {
    if (!p.policyTypes.includes('Egress')) continue;
    isolated = true;
    for (const r of p.egress) {
      const set = s.ports.of(r);
      if (set === NO_PORT) continue;
      let slot = sets.indexOf(set);
      if (slot < 0) {
        slot = sets.push(set) - 1;
        if (slot === s.scratch.length) s.scratch.push(s.rows.add());
        s.rows.clear(s.scratch[slot]);
      }
      s.rows.or(s.scratch[slot], s.peers.of(r, p.namespace));
    }
  }
  if (!isolated) return OPEN;
  const out = s.rows.add();
  sets.forEach((set, slot) => {
    s.rows.and(s.scratch[slot], s.ports.row(set));
    s.rows.or(out, s.scratch[slot]);
  });
  return out;
}

/** Ingress: the sources the peers match, of the rules whose ports admit this class's port. */
function ingressRow(s: Sides, pols: readonly NetworkPolicy[], group: number): number {
  let out = OPEN;
  for (const p of pols) {
    if (!p.policyTypes.includes('Ingress')) continue;
    if (out === OPEN) out = s.rows.add();
    for (const r of p.ingress) {
      const set = s.ports.of(r);
      if (set !== NO_PORT && s.ports.admits(set, group)) s.rows.or(out, s.peers.of(r, p.namespace));
    }
  }
  return out;
}

/** A port set that admits no destination class: its rule allows nothing for this query. */
const NO_PORT = -1;

/** Rules grouped by which port groups (podClasses.ts) their ports admit for the query. */
interface PortSets {
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
function createPortSets(rows: BitRows, classes: PodClass[], protocol: Protocol): PortSets {
  const reps: PodClass[] = [];
  for (const c of classes) reps[c.portGroup] ??= c;
  const byRule = new Map<PolicyRule, number>();
  // A set's key has one character per port group: '1' where the rule's ports admit it.
  const byKey = new Map<string, number>();
  const keys: string[] = [];
  const setRows: number[] = [];
  const build = (r: PolicyRule): number => {
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
  return {
    of(r) {
      let set = byRule.get(r);
      if (set === undefined) byRule.set(r, (set = build(r)));
      return set;
    },
    row: (set) => setRows[set],
    admits: (set, group) => keys[set].charCodeAt(group) === ONE,
  };
}

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
