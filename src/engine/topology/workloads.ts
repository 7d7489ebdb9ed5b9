// Workloads → pods (SEMANTICS.md §1), including the cluster's CoreDNS pods. STUB.
import type { Diagnostic } from '../model/diagnostic';
import type { Manifest } from '../model/manifest';
import type { Namespace, Node, Pod, Workload } from '../model/cluster';

export function expandWorkloads(
  manifests: readonly Manifest[],
  namespaces: readonly Namespace[],
  nodes: readonly Node[],
  diags: Diagnostic[],
): { workloads: Workload[]; pods: Pod[] } {
  void manifests;
  void namespaces;
  void nodes;
  void diags;
  return { workloads: [], pods: [] };
}
