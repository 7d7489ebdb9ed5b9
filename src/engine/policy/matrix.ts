// The reachability matrix over every ordered pod pair (CLI-CONTRACT.md `matrix`). STUB.
import type { Cluster } from '../model/cluster';
import type { MatrixQuery, MatrixResult } from '../model/query';

export function computeMatrix(cluster: Cluster, query: MatrixQuery): MatrixResult {
  void cluster;
  return {
    port: query.port,
    protocol: query.protocol ?? 'TCP',
    pods: [],
    matrix: {},
    notes: [],
    error: 'not implemented yet: matrix',
  };
}
