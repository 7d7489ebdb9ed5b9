// Service environment variables the kubelet injects (SEMANTICS.md §3.12). STUB: fills pod.env.
import type { Pod, Service } from '../model/cluster';

export function injectServiceEnv(pods: Pod[], services: readonly Service[]): void {
  void pods;
  void services;
}
