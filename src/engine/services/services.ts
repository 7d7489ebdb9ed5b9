// Services: defaults, validation, ClusterIP and node-port allocation (SEMANTICS.md §3.1–3.8). STUB.
import type { Diagnostic } from '../model/diagnostic';
import type { Manifest } from '../model/manifest';
import type { Service } from '../model/cluster';
import type { ClusterSettings } from '../model/settings';

export function buildServices(
  manifests: readonly Manifest[],
  settings: ClusterSettings,
  diags: Diagnostic[],
): Service[] {
  void manifests;
  void settings;
  void diags;
  return [];
}
