// Ingress and IngressClass objects: validation, class resolution (SEMANTICS.md §5.1, §8.4). STUB.
import type { Diagnostic } from '../model/diagnostic';
import type { Manifest } from '../model/manifest';
import type { Service } from '../model/cluster';
import type { Ingress, IngressClass } from '../model/ingress';

export function buildIngresses(
  manifests: readonly Manifest[],
  services: readonly Service[],
  diags: Diagnostic[],
): { ingresses: Ingress[]; ingressClasses: IngressClass[] } {
  void manifests;
  void services;
  void diags;
  return { ingresses: [], ingressClasses: [] };
}
