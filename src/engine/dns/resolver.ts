// A pod's resolver: resolv.conf, search list, ndots (SEMANTICS.md §4.3–4.6). STUB.
import type { Cluster } from '../model/cluster';
import type { DnsAnswer, DnsQuery } from '../model/query';

export function resolveName(cluster: Cluster, query: DnsQuery): DnsAnswer {
  void cluster;
  return {
    queries: [],
    steps: [],
    answer: null,
    rcode: 'NXDOMAIN',
    resolvConf: { nameservers: [], searches: [], ndots: 5 },
    notes: [],
    error: `not implemented yet: dns for ${query.name}`,
  };
}
