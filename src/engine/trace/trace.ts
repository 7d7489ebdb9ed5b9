// Hop-by-hop trace of one connection (CLI-CONTRACT.md `trace`, SEMANTICS.md §7). STUB.
import type { Cluster } from '../model/cluster';
import type { TraceQuery, TraceResult } from '../model/query';

export function traceConnection(cluster: Cluster, query: TraceQuery): TraceResult {
  void cluster;
  return {
    verdict: 'unreachable',
    summary: `not implemented yet: trace to ${query.to}`,
    hops: [],
    endpoints: [],
    error: 'not implemented yet: trace',
  };
}
