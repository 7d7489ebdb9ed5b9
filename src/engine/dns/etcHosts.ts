// The pod's /etc/hosts as the kubelet writes it (SEMANTICS.md §4.6), and the lookup glibc's
// `files` source does in it before any DNS query. The node's own /etc/hosts, which hostNetwork
// pods see, is not in the manifests: an IMPL stand-in is used (localhost lines + the node's name).
import type { Cluster, Pod } from '../model/cluster';
import { zoneOf } from './names';

/** One spec.hostAliases entry (read defensively: the Pod model may or may not carry it yet). */
export interface HostAlias {
  ip: string;
  hostnames: string[];
}

/** One /etc/hosts line: an address and its names, the first being the canonical one. */
export interface HostsEntry {
  ip: string;
  names: string[];
}

const LOCALHOST_ENTRIES: HostsEntry[] = [
  { ip: '127.0.0.1', names: ['localhost'] },
  { ip: '::1', names: ['localhost', 'ip6-localhost', 'ip6-loopback'] },
];
const KUBELET_IPV6_ENTRIES: HostsEntry[] = [
  { ip: 'fe00::0', names: ['ip6-localnet'] },
  { ip: 'fe00::0', names: ['ip6-mcastprefix'] },
  { ip: 'fe00::1', names: ['ip6-allnodes'] },
  { ip: 'fe00::2', names: ['ip6-allrouters'] },
];

/** The pod's FQDN `<hostname>.<subdomain>.<ns>.svc.<zone>`, or null without a subdomain. */
export function podFqdn(cluster: Cluster, pod: Pod): string | null {
  if (!pod.subdomain) return null;
  const zone = zoneOf(cluster.settings.clusterDomain);
  return `${pod.hostname}.${pod.subdomain}.${pod.namespace}.svc.${zone}`.toLowerCase();
}

/** The entries of the pod's /etc/hosts, in file order. */
export function etcHostsEntries(cluster: Cluster, pod: Pod): HostsEntry[] {
  const aliases = hostAliasesOf(pod).map((a) => ({ ip: a.ip, names: [...a.hostnames] }));
  return [...managedEntries(cluster, pod), ...aliases];
}

/** The rendered /etc/hosts lines of a pod (tab-separated, as the kubelet writes them). */
export function etcHostsOf(cluster: Cluster, pod: Pod): string[] {
  const line = (e: HostsEntry) => [e.ip, ...e.names].join('\t');
  const aliases = hostAliasesOf(pod);
  const header = pod.hostNetwork
    ? "# The node's /etc/hosts (not in the manifests: Podpath shows a stand-in, IMPL)."
    : '# Kubernetes-managed hosts file.';
  const aliasLines = aliases.length
    ? [
        '',
        '# Entries added by HostAliases.',
        ...aliases.map((a) => line({ ip: a.ip, names: a.hostnames })),
      ]
    : [];
  return [header, ...managedEntries(cluster, pod).map(line), ...aliasLines];
}

/** What the kubelet writes before hostAliases; hostNetwork pods see the node's file instead. */
function managedEntries(cluster: Cluster, pod: Pod): HostsEntry[] {
  if (pod.hostNetwork) return nodeHostsEntries(cluster, pod);
  const own: HostsEntry[] = [];
  if (pod.ip) {
    const fqdn = podFqdn(cluster, pod);
    own.push({ ip: pod.ip, names: fqdn ? [fqdn, pod.hostname] : [pod.hostname] });
  }
  return [...LOCALHOST_ENTRIES, ...KUBELET_IPV6_ENTRIES, ...own];
}

/**
 * The addresses /etc/hosts gives for `name` (glibc `files`: exact, case-insensitive match on any
 * name of a line; every matching line counts), with the canonical name of the first match.
 */
export function lookupHosts(
  entries: readonly HostsEntry[],
  name: string,
  family: 'ipv4' | 'ipv6',
): { canonical: string; ips: string[]; lines: string[] } | null {
  const wanted = name.toLowerCase();
  const hits = entries.filter(
    (e) =>
      e.ip.includes(':') === (family === 'ipv6') && e.names.some((n) => n.toLowerCase() === wanted),
  );
  if (hits.length === 0) return null;
  return {
    canonical: hits[0].names[0].toLowerCase(),
    ips: [...new Set(hits.map((e) => e.ip))],
    lines: hits.map((e) => [e.ip, ...e.names].join(' ')),
  };
}

/** The names /etc/hosts gives an address (reverse lookups through `files`). */
export function lookupHostsByIp(entries: readonly HostsEntry[], ip: string): string[] {
  const hit = entries.find((e) => e.ip === ip);
  return hit ? [hit.names[0].toLowerCase()] : [];
}

function hostAliasesOf(pod: Pod): HostAlias[] {
  const aliases = (pod as Pod & { hostAliases?: HostAlias[] }).hostAliases;
  if (!Array.isArray(aliases)) return [];
  return aliases.filter((a) => typeof a?.ip === 'string' && Array.isArray(a.hostnames));
}

/** IMPL stand-in for a node's /etc/hosts: localhost lines and the node's own name. */
function nodeHostsEntries(cluster: Cluster, pod: Pod): HostsEntry[] {
  const node = cluster.nodes.find((n) => n.name === pod.node);
  const own = node ? [{ ip: node.ip, names: [node.name] }] : [];
  return [...LOCALHOST_ENTRIES, ...own];
}
