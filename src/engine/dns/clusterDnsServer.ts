// A model of cluster DNS (CoreDNS `kubernetes` plugin as kubeadm configures it) answering one
// query: records, NODATA or NXDOMAIN per SEMANTICS.md §4.2, or "ask upstream" for names it does
// not own. It reads the records of records.ts; the pod's resolver walk lives in resolver.ts.
import type { Cluster, Service } from '../model/cluster';
import type { DnsRecord, DnsType } from '../model/dns';
import {
  addressType,
  endpointLabel,
  externalNameTarget,
  publishedEndpoints,
  serviceFqdn,
  sortRecords,
  srv,
} from './records';
import {
  inZone,
  ipFamily,
  ipFromDashed,
  isReverseName,
  labelsBefore,
  reverseOf,
  zoneOf,
} from './names';
import { createRunLookup, type RunLookup } from '../sortedRuns';

/** NOERROR with no records is NODATA; UPSTREAM: forwarded, answer unknown offline. */
export type ServerRcode = 'NOERROR' | 'NXDOMAIN' | 'UPSTREAM';

export interface ServerAnswer {
  rcode: ServerRcode;
  /** Answer section: a CNAME first when one was followed, then the target's records. */
  records: DnsRecord[];
  /** Plain-words remarks about this answer (IMPL choices, offline limits). */
  notes: string[];
}

/** What the server needs to know, indexed once per Cluster. */
export interface ClusterDnsIndex {
  zone: string;
  namespaces: Set<string>;
  services: Map<string, Service>;
  /** The records with this owner name (records.ts sorts them by name). */
  recordsNamed: RunLookup<DnsRecord>;
  clusterIpPtrs: Map<string, DnsRecord[]>;
  endpointPtrs: Map<string, DnsRecord[]>;
}

/** CNAME chains longer than this are cut (loops between ExternalName Services). */
const MAX_CNAME_DEPTH = 8;

const indexCache = new WeakMap<Cluster, ClusterDnsIndex>();

/**
 * The server's index of a cluster, built once per Cluster value (linear in its size). Each table
 * is built on first read: a forward lookup never pays for the reverse (PTR) tables.
 */
export function clusterDnsIndex(cluster: Cluster): ClusterDnsIndex {
  const cached = indexCache.get(cluster);
  if (cached) return cached;
  const zone = zoneOf(cluster.settings.clusterDomain);
  const namespaces = lazy(() => new Set(cluster.namespaces.map((n) => n.name.toLowerCase())));
  const services = lazy(
    () => new Map(cluster.services.map((s) => [svcKey(s.namespace, s.name), s])),
  );
  const recordsNamed = lazy(() => createRunLookup(cluster.dnsRecords, (r) => r.name));
  const ptrs = lazy(() => {
    const p = { clusterIpPtrs: new Map(), endpointPtrs: new Map() };
    for (const svc of cluster.services) indexPtrs(p, zone, svc);
    return p;
  });
  const index: ClusterDnsIndex = {
    zone,
    get namespaces() {
      return namespaces();
    },
    get services() {
      return services();
    },
    get recordsNamed() {
      return recordsNamed();
    },
    get clusterIpPtrs() {
      return ptrs().clusterIpPtrs;
    },
    get endpointPtrs() {
      return ptrs().endpointPtrs;
    },
  };
  indexCache.set(cluster, index);
  return index;
}

function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/** Cluster DNS's answer to one question (`name` normalised: lower case, no trailing dot). */
export function askClusterDns(
  index: ClusterDnsIndex,
  name: string,
  type: DnsType,
  depth = 0,
): ServerAnswer {
  if (isReverseName(name)) return reverseAnswer(index, name, type);
  if (!inZone(name, index.zone)) return { rcode: 'UPSTREAM', records: [], notes: [] };
  const labels = labelsBefore(name, index.zone);
  if (labels.length === 0) return nodata(); // the zone apex exists
  if (labels.length === 1 && labels[0] === 'dns-version') return exact(index, name, type);
  const kind = labels[labels.length - 1];
  const rest = labels.slice(0, -1);
  if (kind === 'svc') return serviceTree(index, name, rest, type, depth);
  if (kind === 'pod') return podTree(index, name, rest, type);
  return nxdomain(); // e.g. a.b.cluster.local: neither svc nor pod
}

/** `[... ,<svc>, <ns>]` in front of `svc.<zone>` (§4.2 rows). */
function serviceTree(
  index: ClusterDnsIndex,
  name: string,
  rest: string[],
  type: DnsType,
  depth: number,
): ServerAnswer {
  if (rest.length === 0) return nodata(); // svc.<zone>
  const ns = rest[rest.length - 1];
  if (!index.namespaces.has(ns)) return nxdomain();
  if (rest.length === 1) return nodata(); // <ns>.svc.<zone>: namespace names exist
  if (rest.length > 4) return nxdomain(); // more than 2 labels in front of the Service
  const svc = index.services.get(svcKey(ns, rest[rest.length - 2]));
  if (!svc) return nxdomain();
  if (svc.type === 'ExternalName') {
    return rest.length === 2 ? externalNameAnswer(index, svc, type, depth) : nxdomain();
  }
  if (rest.length === 2) return serviceAnswer(index, svc, name, type);
  if (rest.length === 4 && !(rest[0].startsWith('_') && rest[1].startsWith('_'))) {
    return nxdomain();
  }
  // <endpoint>.<svc>… or _<port>._<proto>.<svc>…: exists only when records.ts listed it.
  return exact(index, name, type);
}

function serviceAnswer(
  index: ClusterDnsIndex,
  svc: Service,
  fqdn: string,
  type: DnsType,
): ServerAnswer {
  const records = index.recordsNamed(fqdn) ?? [];
  // A headless Service with no ready endpoint has no record at all: the name does not exist.
  if (records.length === 0) return nxdomain();
  if (type === 'SRV') return answer(bareServiceSrv(svc, fqdn));
  return answer(records.filter((r) => r.type === type));
}

/** CoreDNS extension: SRV on the bare Service name lists every port (§4.1). */
function bareServiceSrv(svc: Service, fqdn: string): DnsRecord[] {
  if (!svc.headless && svc.clusterIP !== 'None') {
    return svc.ports.map((p) => srv(fqdn, p.port, fqdn, svc.source));
  }
  const out: DnsRecord[] = [];
  for (const ep of publishedEndpoints(svc)) {
    const target = `${endpointLabel(ep)}.${fqdn}`;
    for (const p of svc.ports) {
      const epPort = ep.ports.find((e) => e.name === p.name);
      if (epPort) out.push(srv(fqdn, epPort.port, target, svc.source));
    }
  }
  return out;
}

function externalNameAnswer(
  index: ClusterDnsIndex,
  svc: Service,
  type: DnsType,
  depth: number,
): ServerAnswer {
  const target = externalNameTarget(svc);
  if (target === null) {
    const note = `Service ${svc.namespace}/${svc.name} is ExternalName '${svc.externalName ?? ''}', which looks like an IP address: cluster DNS does not serve it (NXDOMAIN)`;
    return { ...nxdomain(), notes: [note] };
  }
  const fqdn = serviceFqdn(svc, index.zone);
  const cname: DnsRecord = { name: fqdn, type: 'CNAME', data: `${target}.`, source: svc.source };
  if (type === 'CNAME') return answer([cname]);
  if (!inZone(target, index.zone) && !isReverseName(target)) {
    const note = `CNAME target ${target} is outside the cluster; CoreDNS would ask upstream for its records, which Podpath cannot know offline`;
    return { rcode: 'NOERROR', records: [cname], notes: [note] };
  }
  if (depth >= MAX_CNAME_DEPTH) {
    return { rcode: 'NOERROR', records: [cname], notes: [`CNAME chain cut at ${fqdn}: loop?`] };
  }
  // CoreDNS follows an in-zone target itself and adds what it finds (nothing when it fails).
  const next = askClusterDns(index, target, type, depth + 1);
  const found = next.rcode === 'NOERROR' ? next.records : [];
  const notes = found.length
    ? next.notes
    : [...next.notes, `CNAME target ${target} has no ${type} record`];
  return { rcode: 'NOERROR', records: [cname, ...found], notes };
}

/** `[<dashed-ip>, <ns>]` in front of `pod.<zone>` (CoreDNS `pods insecure`). */
function podTree(
  index: ClusterDnsIndex,
  name: string,
  rest: string[],
  type: DnsType,
): ServerAnswer {
  if (rest.length === 0) return nodata(); // pod.<zone>
  const ns = rest[rest.length - 1];
  if (!index.namespaces.has(ns)) return nxdomain();
  if (rest.length === 1) return nodata();
  const ip = rest.length === 2 ? ipFromDashed(rest[0]) : null;
  if (ip === null) return nxdomain();
  const note = `answered under CoreDNS 'pods insecure': any well-formed dashed IP in an existing namespace resolves, whether or not a pod has that IP`;
  const records: DnsRecord[] = addressType(ip) === type ? [{ name, type, data: ip }] : [];
  return { rcode: 'NOERROR', records, notes: [note] };
}

/** PTR: a ClusterIP match first, else endpoints of any Service, else fall through upstream. */
function reverseAnswer(index: ClusterDnsIndex, name: string, type: DnsType): ServerAnswer {
  const hits = index.clusterIpPtrs.get(name) ?? index.endpointPtrs.get(name);
  if (!hits) return { rcode: 'UPSTREAM', records: [], notes: [] };
  return answer(type === 'PTR' ? sortRecords([...hits]) : []);
}

function exact(index: ClusterDnsIndex, name: string, type: DnsType): ServerAnswer {
  const records = index.recordsNamed(name);
  if (!records) return nxdomain();
  return answer(records.filter((r) => r.type === type));
}

type PtrTables = Pick<ClusterDnsIndex, 'clusterIpPtrs' | 'endpointPtrs'>;

function indexPtrs(index: PtrTables, zone: string, svc: Service): void {
  if (svc.type === 'ExternalName') return;
  const fqdn = serviceFqdn(svc, zone);
  if (svc.clusterIP && ipFamily(svc.clusterIP) !== null) {
    const rev = reverseOf(svc.clusterIP)!;
    push(index.clusterIpPtrs, rev, {
      name: rev,
      type: 'PTR',
      data: `${fqdn}.`,
      source: svc.source,
    });
  }
  for (const ep of publishedEndpoints(svc)) {
    const rev = reverseOf(ep.ip)!;
    const data = `${endpointLabel(ep)}.${fqdn}.`;
    const list = index.endpointPtrs.get(rev);
    if (list?.some((r) => r.data === data)) continue;
    push(index.endpointPtrs, rev, { name: rev, type: 'PTR', data, source: svc.source });
  }
}

function svcKey(ns: string, name: string): string {
  return `${ns}/${name}`.toLowerCase();
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function answer(records: DnsRecord[]): ServerAnswer {
  return { rcode: 'NOERROR', records, notes: [] };
}

function nodata(): ServerAnswer {
  return { rcode: 'NOERROR', records: [], notes: [] };
}

function nxdomain(): ServerAnswer {
  return { rcode: 'NXDOMAIN', records: [], notes: [] };
}
