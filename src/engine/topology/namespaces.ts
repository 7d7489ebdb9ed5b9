// Namespaces: explicit, always-present and implied (SEMANTICS.md §2). STUB.
import type { Diagnostic } from '../model/diagnostic';
import type { Manifest } from '../model/manifest';
import type { Namespace } from '../model/cluster';

export function buildNamespaces(manifests: readonly Manifest[], diags: Diagnostic[]): Namespace[] {
  void manifests;
  void diags;
  return [];
}
