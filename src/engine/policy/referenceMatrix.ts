// The obviously correct matrix: evaluateConnection for every ordered pod pair. Slow (pods² full
// verdicts) and kept as the yardstick the fast class-based matrix (matrix.ts) must equal exactly.
import type { Cluster, Pod } from '../model/cluster';
import type { MatrixQuery, MatrixResult } from '../model/query';
import { isPrepared, prepareQuery } from './matrixQuery';
import { evaluateConnection } from './verdict';

/** Reference answer to the `matrix` query, pair by pair. */
export function referenceMatrix(cluster: Cluster, query: MatrixQuery): MatrixResult {
  const q = prepareQuery(cluster, query);
  if (!isPrepared(q)) return q;
  const matrix: MatrixResult['matrix'] = {};
  for (const src of q.pods) {
    const row: Record<string, boolean> = {};
    for (const dst of q.pods) row[dst.ref] = cell(cluster, src, dst, q.portOn(dst), q.protocol);
    matrix[src.ref] = row;
  }
  return {
    port: q.port,
    protocol: q.protocol,
    pods: q.pods.map((p) => p.ref),
    matrix,
    notes: q.notes,
  };
}

function cell(
  cluster: Cluster,
  src: Pod,
  dst: Pod,
  port: number | undefined,
  protocol: Pod['ports'][number]['protocol'],
): boolean {
  if (src.ref === dst.ref) return true;
  if (!src.ip || !dst.ip || port === undefined) return false;
  const from = { kind: 'pod' as const, pod: src.ref, ip: src.ip };
  const to = { kind: 'pod' as const, pod: dst.ref, ip: dst.ip };
  return evaluateConnection(cluster, from, to, port, protocol).allowed;
}
