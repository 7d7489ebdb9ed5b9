// NetworkPolicy objects: defaulting, validation, selected pods (SEMANTICS.md §6.2–6.6, §8.5). STUB.
import type { Diagnostic } from '../model/diagnostic';
import type { Manifest } from '../model/manifest';
import type { Namespace, Pod } from '../model/cluster';
import type { NetworkPolicy } from '../model/policy';

export function buildPolicies(
  manifests: readonly Manifest[],
  namespaces: readonly Namespace[],
  pods: readonly Pod[],
  diags: Diagnostic[],
): NetworkPolicy[] {
  void manifests;
  void namespaces;
  void pods;
  void diags;
  return [];
}
