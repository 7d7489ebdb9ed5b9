// A pod's resolver (SEMANTICS.md §4.3–4.6): /etc/hosts first, then glibc's walk over the search
// list (ndots, trailing dot, NXDOMAIN/NODATA handling) against cluster DNS or an upstream that
// Podpath cannot see. resolv.conf, /etc/hosts and the server itself live in their own modules.
import type { Cluster, Pod } from '../model/cluster';
import type { DnsType } from '../model/dns';
import type { DnsAnswer, DnsQuery } from '../model/query';
import { isIp, reverseName } from '../net/ip';
import { findPod } from '../topology/lookup';
import { etcHostsEntries, lookupHosts, lookupHostsByIp } from './etcHosts';
import { dnsNameProblem } from './names';
import { buildResolvConf, clusterDnsAddress, type PodResolvConf } from './resolvConf';
import { walkSearchList } from './searchWalk';

export { resolvConfOf } from './resolvConf';
export { etcHostsOf } from './etcHosts';

const SUPPORTED_TYPES: readonly DnsType[] = ['A', 'AAAA', 'SRV', 'CNAME', 'PTR', 'TXT'];

/**
 * Resolves `query.name` from pod `query.from` as its glibc resolver would: /etc/hosts, then the
 * candidates of the search list in glibc order against cluster DNS (or upstream, for names the
 * cluster does not own). Never throws: an unknown pod or a bad name gives `error`/notes.
 *
 * @example
 * // pod in `shop`, ClusterFirst (ndots 5): 'web.other' has 1 dot, so the search list comes first
 * resolveName(cluster, { from: 'shop/client', name: 'web.other' }).queries
 * // ['web.other.shop.svc.cluster.local.', 'web.other.svc.cluster.local.']
 */
export function resolveName(cluster: Cluster, query: DnsQuery): DnsAnswer {
  const type = String(query.type ?? 'A').toUpperCase() as DnsType;
  const pod = findPod(cluster, query.from);
  if (!pod) {
    return failure(`no pod '${query.from}': give namespace/name or namespace/<workload>`);
  }
  const rc = buildResolvConf(cluster, pod);
  const out: DnsAnswer = {
    queries: [],
    steps: [],
    answer: null,
    rcode: 'NXDOMAIN',
    resolvConf: {
      nameservers: rc.nameservers,
      searches: rc.searches,
      ndots: rc.ndots,
      options: rc.options,
    },
    notes: [...rc.notes],
  };
  if (!SUPPORTED_TYPES.includes(type)) {
    return { ...out, error: `unsupported record type '${String(query.type)}'` };
  }
  const raw = String(query.name ?? '')
    .trim()
    .toLowerCase();
  if (isIp(raw) && type !== 'PTR') return numericAnswer(out, raw, type);
  const name = isIp(raw) ? `${reverseName(raw)}.` : raw;
  if (isIp(raw)) out.notes.push(`the address ${raw} is looked up as ${name} (PTR)`);
  const problem = dnsNameProblem(name);
  if (problem) {
    out.notes.push(`'${raw}' cannot be resolved: ${problem}`);
    return out;
  }
  if (hostsAnswer(cluster, pod, out, raw, type)) return out;
  noteNameserver(cluster, rc, out);
  walkSearchList(cluster, rc, usesClusterDns(cluster, rc), name, type, out);
  return out;
}

/** An answer for a pod that does not exist: `error` set, rcode NXDOMAIN. */
function failure(error: string): DnsAnswer {
  return {
    queries: [],
    steps: [],
    answer: null,
    rcode: 'NXDOMAIN',
    resolvConf: { nameservers: [], searches: [], ndots: 1 },
    notes: [],
    error,
  };
}

/** getaddrinfo on a numeric address returns it without any lookup. */
function numericAnswer(out: DnsAnswer, ip: string, type: DnsType): DnsAnswer {
  const family = ip.includes(':') ? 'AAAA' : 'A';
  out.notes.push(`'${ip}' is already an address: no lookup is made`);
  if (family !== type) return { ...out, rcode: 'NOERROR' };
  return { ...out, rcode: 'NOERROR', answer: { name: ip, type, records: [ip] } };
}

/** glibc's `files` source comes before `dns` (nsswitch `hosts: files dns`, §4.6). */
function hostsAnswer(
  cluster: Cluster,
  pod: Pod,
  out: DnsAnswer,
  name: string,
  type: DnsType,
): boolean {
  const entries = etcHostsEntries(cluster, pod);
  if (type === 'PTR') {
    if (!isIp(name)) return false;
    const names = lookupHostsByIp(entries, name);
    if (names.length === 0) return false;
    out.steps.push({ name, rcode: 'HOSTS', records: names });
    out.answer = { name, type, records: names };
  } else if (type === 'A' || type === 'AAAA') {
    const hit = lookupHosts(entries, name, type === 'A' ? 'ipv4' : 'ipv6');
    if (!hit) return false;
    out.steps.push({ name, rcode: 'HOSTS', records: hit.lines });
    out.answer = { name: hit.canonical, type, records: hit.ips };
  } else {
    return false;
  }
  out.rcode = 'NOERROR';
  out.notes.push(`/etc/hosts answers '${name}' before any DNS query is sent`);
  return true;
}

/** Whether the pod's first nameserver is cluster DNS (glibc asks the next only on timeouts). */
function usesClusterDns(cluster: Cluster, rc: PodResolvConf): boolean {
  const first = rc.nameservers[0];
  return first !== undefined && clusterDnsAddresses(cluster).has(first);
}

/** The kube-dns ClusterIP(s) and the CoreDNS pod addresses behind them. */
function clusterDnsAddresses(cluster: Cluster): Set<string> {
  const addrs = new Set([clusterDnsAddress(cluster)]);
  const kubeDns = cluster.services.find(
    (s) => s.namespace === 'kube-system' && s.name === 'kube-dns',
  );
  for (const ep of kubeDns?.endpoints ?? []) addrs.add(ep.ip);
  return addrs;
}

function noteNameserver(cluster: Cluster, rc: PodResolvConf, out: DnsAnswer): void {
  const first = rc.nameservers[0];
  const zone = cluster.settings.clusterDomain;
  if (first === undefined) {
    out.notes.push(
      'resolv.conf lists no nameserver: glibc would ask 127.0.0.1, where nothing answers',
    );
  } else if (!usesClusterDns(cluster, rc)) {
    out.notes.push(
      `the pod's nameserver ${first} is not cluster DNS (${clusterDnsAddress(cluster)}): every name goes upstream, which Podpath assumes does not serve ${zone} (IMPL)`,
    );
  } else if (rc.nameservers.length > 1) {
    out.notes.push(
      `glibc asks ${first} first and the other nameservers only when it does not answer`,
    );
  }
}
