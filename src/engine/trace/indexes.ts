// Small lookup tables over a Cluster (pods by IP, Services by address, node ports, DNS records),
// built once per Cluster object and memoised in a WeakMap so one trace never scans the cluster.
// What the lookups mean for a packet is decided by the path modules that use them.
import type { Cluster, Node, Pod, Service, ServicePort } from '../model/cluster';
import type { DnsRecord } from '../model/dns';

export interface ClusterIndex {
  podByRef: Map<string, Pod>;
  /** Non-hostNetwork pods by their own IP. */
  podByIp: Map<string, Pod>;
  /** hostNetwork pods by node name: they answer on the node's IP. */
  hostNetworkPods: Map<string, Pod[]>;
  nodeByName: Map<string, Node>;
  nodeByIp: Map<string, Node>;
  serviceByKey: Map<string, Service>;
  serviceByClusterIp: Map<string, Service>;
  servicesByLbIp: Map<string, Service[]>;
  servicesByExternalIp: Map<string, Service[]>;
  /** `nodePort/protocol` → the Service port that owns it. */
  nodePorts: Map<string, { service: Service; port: ServicePort }>;
  dnsByName: Map<string, DnsRecord[]>;
}

const cache = new WeakMap<Cluster, ClusterIndex>();

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function indexPods(ix: ClusterIndex, pods: readonly Pod[]): void {
  for (const p of pods) {
    ix.podByRef.set(p.ref, p);
    if (!p.ip) continue;
    if (p.hostNetwork && p.node) push(ix.hostNetworkPods, p.node, p);
    else if (!p.hostNetwork && !ix.podByIp.has(p.ip)) ix.podByIp.set(p.ip, p);
  }
}

function indexServiceAddresses(ix: ClusterIndex, services: readonly Service[]): void {
  for (const s of services) {
    if (s.type === 'LoadBalancer' && s.loadBalancerIP) push(ix.servicesByLbIp, s.loadBalancerIP, s);
    for (const ip of s.externalIPs) push(ix.servicesByExternalIp, ip, s);
    for (const p of s.ports) {
      if (p.nodePort && s.type !== 'ClusterIP' && s.type !== 'ExternalName') {
        ix.nodePorts.set(`${p.nodePort}/${p.protocol}`, { service: s, port: p });
      }
    }
  }
}

function byClusterIp(services: readonly Service[]): Map<string, Service> {
  const m = new Map<string, Service>();
  for (const s of services) if (s.clusterIP && s.clusterIP !== 'None') m.set(s.clusterIP, s);
  return m;
}

/** Memoises one table: built on first read, so a trace pays only for the tables it uses. */
function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/** The index of `cluster`; each table is built on first use. */
export function clusterIndex(cluster: Cluster): ClusterIndex {
  const hit = cache.get(cluster);
  if (hit) return hit;
  const pods = lazy(() => {
    const ix = {
      podByRef: new Map(),
      podByIp: new Map(),
      hostNetworkPods: new Map(),
    } as ClusterIndex;
    indexPods(ix, cluster.pods);
    return ix;
  });
  // Separate tables: a trace to a Service name needs only the ClusterIP one.
  const serviceByKey = lazy(
    () => new Map(cluster.services.map((s) => [`${s.namespace}/${s.name}`, s])),
  );
  const serviceByClusterIp = lazy(() => byClusterIp(cluster.services));
  const services = lazy(() => {
    const ix = {
      servicesByLbIp: new Map(),
      servicesByExternalIp: new Map(),
      nodePorts: new Map(),
    } as ClusterIndex;
    indexServiceAddresses(ix, cluster.services);
    return ix;
  });
  const nodeByName = lazy(() => new Map(cluster.nodes.map((n) => [n.name, n])));
  const nodeByIp = lazy(() => new Map(cluster.nodes.map((n) => [n.ip, n])));
  const dnsByName = lazy(() => {
    const m = new Map<string, DnsRecord[]>();
    for (const r of cluster.dnsRecords) push(m, r.name.toLowerCase(), r);
    return m;
  });
  const ix: ClusterIndex = {
    get podByRef() {
      return pods().podByRef;
    },
    get podByIp() {
      return pods().podByIp;
    },
    get hostNetworkPods() {
      return pods().hostNetworkPods;
    },
    get nodeByName() {
      return nodeByName();
    },
    get nodeByIp() {
      return nodeByIp();
    },
    get serviceByKey() {
      return serviceByKey();
    },
    get serviceByClusterIp() {
      return serviceByClusterIp();
    },
    get servicesByLbIp() {
      return services().servicesByLbIp;
    },
    get servicesByExternalIp() {
      return services().servicesByExternalIp;
    },
    get nodePorts() {
      return services().nodePorts;
    },
    get dnsByName() {
      return dnsByName();
    },
  };
  cache.set(cluster, ix);
  return ix;
}
