// Records cluster DNS serves (SEMANTICS.md §4.1), listed once per analysis, and each Service's
// `dnsNames`. Answers that CoreDNS computes per query (pod records under `pods insecure`, PTRs for
// endpoints of non-headless Services, SRV on a bare Service name) are left to clusterDnsServer.ts.
import type { Endpoint, Namespace, Pod, Service, ServicePort } from '../model/cluster';
import type { DnsRecord, DnsType } from '../model/dns';
import type { ClusterSettings } from '../model/settings';
import type { SourceRef } from '../model/source';
import { dashedIp, ipFamily, normalizeName, reverseOf, zoneOf } from './names';
import { uniqueSorted } from './recordOrder';

export { sortRecords } from './recordOrder';

/** Schema version of the Kubernetes DNS specification the engine follows (`dns-version` TXT). */
export const DNS_SCHEMA_VERSION = '1.1.0';

/** SRV priority and weight: not prescribed by the specification (IMPL, §4.1). */
export const SRV_PRIORITY_WEIGHT = '0 100';

/**
 * Every record of §4.1, sorted by (name, type, data), and fills each Service's `dnsNames`.
 *
 * Pod records `a-b-c-d.<ns>.pod.<zone>` are not listed: under CoreDNS `pods insecure` they exist
 * for every well-formed dashed IP in every existing namespace, whether or not a pod has that IP,
 * so the resolver answers them per query instead of listing one per pod. Linear in the number
 * of Services plus endpoints.
 */
export function buildDnsRecords(
  services: Service[],
  pods: readonly Pod[],
  namespaces: readonly Namespace[],
  settings: ClusterSettings,
): DnsRecord[] {
  void pods; // pod records are answered per query (see above)
  void namespaces; // namespace names exist in DNS but own no records (NODATA, §4.2)
  const zone = zoneOf(settings.clusterDomain);
  const out: DnsRecord[] = [
    { name: `dns-version.${zone}`, type: 'TXT', data: `"${DNS_SCHEMA_VERSION}"` },
  ];
  for (const svc of services) addServiceRecords(out, svc, zone);
  return uniqueSorted(out);
}

/** The owner name of a Service: `<svc>.<ns>.svc.<zone>`. */
export function serviceFqdn(svc: Pick<Service, 'name' | 'namespace'>, zone: string): string {
  return `${svc.name}.${svc.namespace}.svc.${zone}`.toLowerCase();
}

/** The endpoint's own label: its hostname, else CoreDNS's dashed IP (§4.1). */
export function endpointLabel(ep: Endpoint): string {
  return (ep.hostname || dashedIp(ep.ip)).toLowerCase();
}

/** Endpoints cluster DNS publishes: ready ones, or all with publishNotReadyAddresses (§3.9). */
export function publishedEndpoints(svc: Service): Endpoint[] {
  return svc.endpoints.filter(
    (ep) => (ep.ready || svc.publishNotReadyAddresses) && ipFamily(ep.ip) !== null,
  );
}

/** Whether an ExternalName value is served as a CNAME (an IP-looking value is not, §3.6). */
export function externalNameTarget(svc: Service): string | null {
  if (svc.type !== 'ExternalName' || !svc.externalName) return null;
  const target = normalizeName(svc.externalName);
  return target === '' || ipFamily(target) !== null ? null : target;
}

/** Appends one Service's records to `out` (no per-Service array: this runs per Service). */
function addServiceRecords(out: DnsRecord[], svc: Service, zone: string): void {
  const fqdn = serviceFqdn(svc, zone);
  const source = svc.source;
  svc.dnsNames = [];
  if (svc.type === 'ExternalName') {
    const target = externalNameTarget(svc);
    if (target === null) return;
    svc.dnsNames.push(fqdn);
    out.push({ name: fqdn, type: 'CNAME', data: `${target}.`, source });
    return;
  }
  if (svc.headless || svc.clusterIP === 'None') {
    addHeadlessRecords(out, svc, fqdn, source);
    return;
  }
  const clusterIPFamily = svc.clusterIP ? ipFamily(svc.clusterIP) : null;
  if (svc.clusterIP && clusterIPFamily !== null) {
    svc.dnsNames.push(fqdn);
    out.push({ name: fqdn, type: familyType(clusterIPFamily), data: svc.clusterIP, source });
    out.push({ name: reverseOf(svc.clusterIP)!, type: 'PTR', data: `${fqdn}.`, source });
    for (const p of svc.ports) {
      if (p.name !== '') out.push(srv(srvOwner(p, fqdn), p.port, fqdn, source));
    }
  }
  // CoreDNS extension: per-endpoint names also exist for non-headless Services (§4.1).
  for (const ep of svc.endpoints) {
    const family = publishedFamily(svc, ep);
    if (family === null) continue;
    const epName = `${endpointLabel(ep)}.${fqdn}`;
    out.push({ name: epName, type: familyType(family), data: ep.ip, source });
  }
}

/** The address family of an endpoint cluster DNS publishes (see publishedEndpoints), else null. */
function publishedFamily(svc: Service, ep: Endpoint): 'ipv4' | 'ipv6' | null {
  return ep.ready || svc.publishNotReadyAddresses ? ipFamily(ep.ip) : null;
}

function addHeadlessRecords(out: DnsRecord[], svc: Service, fqdn: string, source: SourceRef): void {
  const epNames = new Set<string>();
  for (const ep of svc.endpoints) {
    const family = publishedFamily(svc, ep);
    if (family === null) continue;
    if (svc.dnsNames.length === 0) svc.dnsNames.push(fqdn);
    const epName = `${endpointLabel(ep)}.${fqdn}`;
    const type = familyType(family);
    epNames.add(epName);
    out.push({ name: fqdn, type, data: ep.ip, source });
    out.push({ name: epName, type, data: ep.ip, source });
    out.push({ name: reverseOf(ep.ip)!, type: 'PTR', data: `${epName}.`, source });
    for (const p of svc.ports) {
      if (p.name === '') continue;
      // Headless SRV publishes the endpoint's resolved port, matched by Service port name.
      const epPort = ep.ports.find((e) => e.name === p.name);
      if (epPort) out.push(srv(srvOwner(p, fqdn), epPort.port, epName, source));
    }
  }
  svc.dnsNames.push(...[...epNames].sort());
}

/** `_<port>._<proto>.<svc>.<ns>.svc.<zone>`. */
export function srvOwner(p: Pick<ServicePort, 'name' | 'protocol'>, fqdn: string): string {
  return `_${p.name.toLowerCase()}._${p.protocol.toLowerCase()}.${fqdn}`;
}

/** An SRV record with the engine's fixed priority and weight. */
export function srv(name: string, port: number, target: string, source?: SourceRef): DnsRecord {
  return { name, type: 'SRV', data: `${SRV_PRIORITY_WEIGHT} ${port} ${target}.`, source };
}

/** A for IPv4 addresses, AAAA for IPv6. */
export function addressType(ip: string): DnsType {
  return familyType(ipFamily(ip));
}

function familyType(family: 'ipv4' | 'ipv6' | null): DnsType {
  return family === 'ipv4' ? 'A' : 'AAAA';
}
