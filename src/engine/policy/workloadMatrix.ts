// The matrix folded by workload: the pods of one workload collapse into one row/column when they
// agree on every label key a policy selector reads (so StatefulSet pod-name labels do not split
// them unless a policy uses them). Cells say allowed / partial / denied over the pod pairs.
// Pending pods are left out, as in the pod matrix.
import type { Cluster, PodRef, Protocol, WorkloadKind } from '../model/cluster';
import type { LabelSelector } from '../model/labels';
import type { MatrixQuery } from '../model/query';
import { computeMatrix } from './matrix';
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
  const pm = computeMatrix(cluster, query);
  const groups = groupPods(cluster)
    .map((g) => ({ ...g, pods: g.pods.filter((r) => r in pm.matrix) }))
    .filter((g) => g.pods.length > 0);
  const out: WorkloadMatrixResult = {
    port: pm.port,
    protocol: pm.protocol,
    groups,
    matrix: {},
    notes: pm.notes,
  };
  if (pm.error) return { ...out, groups: [], error: pm.error };
  for (const a of groups) {
    const row: Record<string, WorkloadCell> = {};
    for (const b of groups) row[b.id] = fold(pm.matrix, a.pods, b.pods);
    out.matrix[a.id] = row;
  }
  return out;
}

function fold(
  m: Record<string, Record<string, boolean>>,
  from: PodRef[],
  to: PodRef[],
): WorkloadCell {
  let yes = 0;
  let no = 0;
  for (const s of from) {
    for (const d of to) {
      if (s === d && (from.length > 1 || to.length > 1)) continue;
      if (m[s][d]) yes++;
      else no++;
    }
  }
  return no === 0 ? 'allowed' : yes === 0 ? 'denied' : 'partial';
}

function groupPods(cluster: Cluster): WorkloadGroup[] {
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
