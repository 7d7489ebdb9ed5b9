// The only door into the engine. Plain data in, plain data out: the same calls serve the Web
// Worker, the CLI and the tests. Nothing here touches the DOM, Node or the console.
import { analyze, type Analysis, type AnalyzeInput } from './analyze';
import type { Cluster } from './model/cluster';
import type {
  ClassMatrix,
  DnsAnswer,
  DnsQuery,
  MatrixQuery,
  MatrixResult,
  TraceQuery,
  TraceResult,
} from './model/query';
import { resolveName } from './dns/resolver';
import { computeClassMatrix } from './policy/classMatrix';
import {
  computeConnectivity,
  type ConnectivityQuery,
  type PolicyConnectivity,
} from './policy/connectivity';
import { computeMatrix } from './policy/matrix';
import { computeWorkloadMatrix, type WorkloadMatrixResult } from './policy/workloadMatrix';
import { traceConnection } from './trace/trace';

export { analyze, buildCluster } from './analyze';
export type { Analysis, AnalyzeInput } from './analyze';
export { DEFAULT_SETTINGS, cniEnforcesPolicy } from './model/settings';
export type { ClusterSettings } from './model/settings';
export type { SourceRef, InputFile } from './model/source';
export type { Diagnostic, Severity } from './model/diagnostic';
export type * from './model/cluster';
export type * from './model/policy';
export type * from './model/ingress';
export type * from './model/dns';
export type * from './model/query';
export type * from './model/labels';
export { DIAGNOSTIC_CODES } from './diagnostics';
export { findPod } from './topology/lookup';
export { resolveName, resolvConfOf, etcHostsOf } from './dns/resolver';
export { computeMatrix, expandMatrix } from './policy/matrix';
export { computeClassMatrix, matrixCell } from './policy/classMatrix';
export { referenceMatrix } from './policy/referenceMatrix';
export { computeWorkloadMatrix } from './policy/workloadMatrix';
export { computeConnectivity } from './policy/connectivity';
export type {
  ConnectivityGroup,
  ConnectivityLink,
  ConnectivityQuery,
  PolicyConnectivity,
  PortRef,
} from './policy/connectivity';
export type { WorkloadGroup, WorkloadCell, WorkloadMatrixResult } from './policy/workloadMatrix';
export { traceConnection } from './trace/trace';
export { routeRequest } from './ingress/routing';
export { evaluateConnection } from './policy/verdict';

/**
 * The engine as the worker serves it: `analyze` keeps the cluster it computed, and the queries
 * answer against the latest one.
 *
 * @example
 * const engine = createEngine();
 * engine.analyze({ files: [{ name: 'app.yaml', text }] });
 * engine.dns({ from: 'shop/web', name: 'api' }); // tries api.shop.svc.cluster.local. first (ndots 5)
 */
export interface EngineApi {
  analyze(input: AnalyzeInput): Analysis;
  dns(query: DnsQuery): DnsAnswer;
  matrix(query: MatrixQuery): MatrixResult;
  /** The same answer, compact: read it with matrixCell, or expandMatrix it. */
  classMatrix(query: MatrixQuery): ClassMatrix;
  trace(query: TraceQuery): TraceResult;
  /** The matrix folded by workload (pods of one workload with equal labels share a row). */
  workloadMatrix(query: MatrixQuery): WorkloadMatrixResult;
  /** What policy decides between workloads on their declared ports (the graph's policy view). */
  connectivity(query: ConnectivityQuery): PolicyConnectivity;
}

/** Creates an engine session that remembers the last analysed cluster. */
export function createEngine(): EngineApi {
  let cluster: Cluster = analyze({ files: [] }).cluster;
  return {
    analyze(input) {
      const result = analyze(input);
      cluster = result.cluster;
      return result;
    },
    dns: (query) => resolveName(cluster, query),
    matrix: (query) => computeMatrix(cluster, query),
    classMatrix: (query) => computeClassMatrix(cluster, query),
    trace: (query) => traceConnection(cluster, query),
    workloadMatrix: (query) => computeWorkloadMatrix(cluster, query),
    connectivity: (query) => computeConnectivity(cluster, query),
  };
}
