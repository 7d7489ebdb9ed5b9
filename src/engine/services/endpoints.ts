// Endpoints as the EndpointSlice controller lists them (SEMANTICS.md §3.7, §3.9). STUB: fills
// service.endpoints in place.
import type { Diagnostic } from '../model/diagnostic';
import type { Manifest } from '../model/manifest';
import type { Pod, Service } from '../model/cluster';

export function computeEndpoints(
  services: Service[],
  pods: readonly Pod[],
  manifests: readonly Manifest[],
  diags: Diagnostic[],
): void {
  void services;
  void pods;
  void manifests;
  void diags;
}
