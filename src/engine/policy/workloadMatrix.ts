// The matrix folded by workload: the pods of one workload collapse into one row/column when they
// agree on every label key a policy selector reads (so StatefulSet pod-name labels do not split
// them unless a policy uses them). Cells say allowed / partial / denied over the pod pairs.
// Pending pods are left out, as in the pod matrix. Built on the compact class matrix
// (classMatrix.ts): a group is the set of its pods' classes, and a cell folds class pairs instead
// of pod pairs (referenceWorkloadMatrix.ts is the pod-pair yardstick, property-tested).
import type { Cluster, PodRef, Protocol, WorkloadKind } from '../model/cluster';
import type { LabelSelector } from '../model/labels';
import type { ClassMatrix, MatrixQuery } from '../model/query';
import { computeClassMatrix, hexDigit } from './classMatrix';
import { cmp } from './policyIndex';

/** One row/column: a workload (or a bare pod), possibly split by differing labels. */
export interface WorkloadGroup {
  /** `ns/Kind/name`, plus `#2`, `#3`… for further label variants of one workload. */
  id: string;
  namespace: string;
  kind: WorkloadKind | 'Pod';
  name: string;
  pods: PodRef[];
}

export type WorkloadCell = 'allowed' | 'partial' | 'denied';

export interface WorkloadMatrixResult {
  port: number | string;
  protocol: Protocol;
  groups: WorkloadGroup[];
  /**
   * Source group id → destination group id → verdict over all pod pairs (a pod with itself
   * excluded; a one-pod group with itself is `allowed`, as a pod can always reach itself).
   */
  matrix: Record<string, Record<string, WorkloadCell>>;
  notes: string[];
  error?: string;
}

/** The `matrix` query answered per workload instead of per pod. */
export function computeWorkloadMatrix(cluster: Cluster, query: MatrixQuery): WorkloadMatrixResult {
  const m = computeClassMatrix(cluster, query);
  const { port, protocol, notes } = m;
  if (m.error) return { port, protocol, groups: [], matrix: {}, notes, error: m.error };
  const at = new Map(m.pods.map((ref, i) => [ref, i]));
  const groups = workloadGroups(cluster)
    .map((g) => ({ ...g, pods: g.pods.filter((r) => at.has(r)) }))
    .filter((g) => g.pods.length > 0);
  const members = groups.map((g) =>
    groupClasses(
      m,
      g.pods.map((r) => at.get(r)!),
    ),
  );
  const matrix: WorkloadMatrixResult['matrix'] = {};
  groups.forEach((a, ai) => {
    const row: Record<string, WorkloadCell> = {};
    groups.forEach((b, bi) => {
      row[b.id] = ai === bi ? foldSelf(m, members[ai]) : fold(m, members[ai], members[bi]);
    });
    matrix[a.id] = row;
  });
  return { port, protocol, groups, matrix, notes };
}

/** A group's pods as classes: the distinct classes, and how many of its pods each one holds. */
interface Members {
  classes: number[];
  /** classes[i] holds more than one pod of the group. */
  several: boolean[];
  pods: number;
}

function groupClasses(m: ClassMatrix, pods: number[]): Members {
  const count = new Map<number, number>();
  for (const i of pods) count.set(m.classOf[i], (count.get(m.classOf[i]) ?? 0) + 1);
  return {
    classes: [...count.keys()],
    several: [...count.values()].map((n) => n > 1),
    pods: pods.length,
  };
}

const bit = (m: ClassMatrix, s: number, d: number): boolean =>
  ((hexDigit(m.allowed[s].charCodeAt(d >>> 2)) >>> (d & 3)) & 1) === 1;

/** Different groups hold different pods, so every class pair stands for some pod pair. */
function fold(m: ClassMatrix, from: Members, to: Members): WorkloadCell {
  let yes = false;
  let no = false;
  for (const s of from.classes) {
    for (const d of to.classes) {
      if (bit(m, s, d)) yes = true;
      else no = true;
      if (yes && no) return 'partial';
    }
  }
  return yes ? 'allowed' : 'denied';
}

/**
 * A group with itself: the pairs of two different pods. A class paired with itself stands for
 * such a pair only when it holds two of the group's pods. A one-pod group is `allowed` (a pod
 * always reaches itself).
 */
function foldSelf(m: ClassMatrix, g: Members): WorkloadCell {
  if (g.pods === 1) return 'allowed';
  let yes = false;
  let no = false;
  g.classes.forEach((s, i) => {
    g.classes.forEach((d, j) => {
      if (i === j && !g.several[i]) return;
      if (bit(m, s, d)) yes = true;
      else no = true;
    });
  });
  return no ? (yes ? 'partial' : 'denied') : 'allowed';
}

/** Pods grouped by workload and by the values of the label keys policies read, sorted by id. */
export function workloadGroups(cluster: Cluster): WorkloadGroup[] {
  const keys = policyLabelKeys(cluster);
  const byWorkload = new Map<string, WorkloadGroup[]>();
  const variant = new Map<WorkloadGroup, string>();
  for (const pod of [...cluster.pods].sort((a, b) => cmp(a.ref, b.ref))) {
    const kind = pod.owner?.kind ?? 'Pod';
    const name = pod.owner?.name ?? pod.name;
    const base = `${pod.namespace}/${kind}/${name}`;
    const labels = keys.map((k) => (k in pod.labels ? `${k}=${pod.labels[k]}` : '')).join('\u0000');
    const list = byWorkload.get(base) ?? [];
    let g = list.find((x) => variant.get(x) === labels);
    if (!g) {
      g = {
        id: list.length === 0 ? base : `${base}#${list.length + 1}`,
        namespace: pod.namespace,
        kind,
        name,
        pods: [],
      };
      variant.set(g, labels);
      list.push(g);
      byWorkload.set(base, list);
    }
    g.pods.push(pod.ref);
  }
  return [...byWorkload.values()].flat().sort((a, b) => cmp(a.id, b.id));
}

function policyLabelKeys(cluster: Cluster): string[] {
  const keys = new Set<string>();
  const add = (s?: LabelSelector) => {
    if (!s) return;
    Object.keys(s.matchLabels).forEach((k) => keys.add(k));
    s.matchExpressions.forEach((r) => keys.add(r.key));
  };
  for (const p of cluster.policies) {
    add(p.podSelector);
    for (const r of [...p.ingress, ...p.egress]) r.peers.forEach((x) => add(x.podSelector));
  }
  return [...keys].sort();
}
