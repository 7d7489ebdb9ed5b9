// Nodes: from Node objects or synthetic (SEMANTICS.md §1.11). STUB.
import type { Diagnostic } from '../model/diagnostic';
import type { Manifest } from '../model/manifest';
import type { Node } from '../model/cluster';
import type { ClusterSettings } from '../model/settings';

export function buildNodes(
  manifests: readonly Manifest[],
  settings: ClusterSettings,
  diags: Diagnostic[],
): Node[] {
  void manifests;
  void settings;
  void diags;
  return [];
}
