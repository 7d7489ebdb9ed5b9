// The lookup tables that nearly every trace reads (pods by name and IP, Services by name and
// ClusterIP, DNS records and Services by name, namespace labels, policies by namespace) are built
// lazily per Cluster. On the 5,000-pod bench cluster they take ~25 ms: half of what a trace may
// cost (issue 4), all paid by the first trace. analyze() builds them at the end of the model
// stage instead, where their cost is counted with the rest of the analysis.
import type { Cluster } from '../model/cluster';
import { clusterDnsIndex } from '../dns/clusterDnsServer';
import { policyIndexOf } from '../policy/policyIndex';
import { clusterIndex } from './indexes';

/** Builds the tables a trace of `cluster` reads first (each getter builds and caches its table). */
export function prepareTraceIndexes(cluster: Cluster): void {
  const policy = policyIndexOf(cluster);
  const dns = clusterDnsIndex(cluster);
  const trace = clusterIndex(cluster);
  // Each read builds its table (the getters are lazy); the values themselves are not needed here.
  void policy.podsByRef;
  void policy.policiesIn('');
  void policy.nsLabels('');
  void dns.namespaces;
  void dns.services;
  void dns.recordsNamed;
  void trace.podByRef;
  void trace.serviceByKey;
  void trace.serviceByClusterIp;
}
