// Placement and pod IPs (SEMANTICS.md §1.11). STUB: sets pod.node, pod.ip, pod.phase in place.
import type { Diagnostic } from '../model/diagnostic';
import type { Node, Pod } from '../model/cluster';
import type { ClusterSettings } from '../model/settings';

export function schedulePods(
  pods: Pod[],
  nodes: readonly Node[],
  settings: ClusterSettings,
  diags: Diagnostic[],
): void {
  void pods;
  void nodes;
  void settings;
  void diags;
}
