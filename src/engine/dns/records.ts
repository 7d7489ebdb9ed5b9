// Records cluster DNS serves (SEMANTICS.md §4.1). STUB: also fills service.dnsNames.
import type { Namespace, Pod, Service } from '../model/cluster';
import type { DnsRecord } from '../model/dns';
import type { ClusterSettings } from '../model/settings';

export function buildDnsRecords(
  services: Service[],
  pods: readonly Pod[],
  namespaces: readonly Namespace[],
  settings: ClusterSettings,
): DnsRecord[] {
  void services;
  void pods;
  void namespaces;
  void settings;
  return [];
}
