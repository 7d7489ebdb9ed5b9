// The obviously correct workload matrix: the pair-by-pair reference matrix (evaluateConnection
// for every ordered pod pair) folded group by group. Slow (pods² full verdicts); kept as the
// yardstick the class-based computeWorkloadMatrix (workloadMatrix.ts) must equal exactly.
import type { Cluster, PodRef } from '../model/cluster';
import type { MatrixQuery } from '../model/query';
import { referenceMatrix } from './referenceMatrix';
import { workloadGroups, type WorkloadCell, type WorkloadMatrixResult } from './workloadMatrix';

/** Reference answer to the workload matrix, pod pair by pod pair. */
export function referenceWorkloadMatrix(
  cluster: Cluster,
  query: MatrixQuery,
): WorkloadMatrixResult {
  const pm = referenceMatrix(cluster, query);
  const groups = workloadGroups(cluster)
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

/** A pod with itself counts only in a one-pod group with itself (a pod always reaches itself). */
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
