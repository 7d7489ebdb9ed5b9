// The pod's /etc/resolv.conf as the kubelet writes it (SEMANTICS.md §4.3, §4.4): a base chosen by
// the effective dnsPolicy, merged with spec.dnsConfig, cut to the kubelet's limits, and the ndots
// value glibc reads from it. Walking the search list is resolver.ts's job.
import type { Cluster, DnsConfig, Pod } from '../model/cluster';
import { isIp, nthAddress } from '../net/ip';
import { zoneOf } from './names';

/**
 * The node's own resolv.conf nameserver (IMPL, §4.3): the node resolv.conf is taken to be just
 * `nameserver 192.168.49.1` (a private gateway address, as minikube's Docker network uses), with
 * no search domains and no options. Podpath cannot know what this upstream answers.
 */
export const NODE_UPSTREAM_NAMESERVER = '192.168.49.1';

/** glibc's defaults and caps (resolv/res_init.c, resolv.h). */
const RESOLVER_DEFAULT_NDOTS = 1;
const RESOLVER_MAX_NDOTS = 15;
/** kubelet limits (pkg/kubelet/network/dns). */
const MAX_NAMESERVERS = 3;
const MAX_SEARCHES = 32;
const MAX_SEARCH_LINE_CHARS = 2048;
const MAX_SEARCH_DOMAIN_CHARS = 253;
const CLUSTER_FIRST_NDOTS = 5;

export type EffectiveDnsPolicy = 'ClusterFirst' | 'Default' | 'None';

/** A pod's resolver configuration, with the reasons for its less obvious parts. */
export interface PodResolvConf {
  policy: EffectiveDnsPolicy;
  nameservers: string[];
  searches: string[];
  /** `name` or `name:value`, in file order. */
  options: string[];
  ndots: number;
  /** Where ndots came from, for notes. */
  ndotsFrom: 'option' | 'resolver default';
  notes: string[];
}

/** The cluster DNS address the kubelet writes (`--cluster-dns`): the kube-dns ClusterIP (§4.3). */
export function clusterDnsAddress(cluster: Cluster): string {
  const kubeDns = cluster.services.find(
    (s) => s.namespace === 'kube-system' && s.name === 'kube-dns',
  );
  if (kubeDns?.clusterIP && isIp(kubeDns.clusterIP)) return kubeDns.clusterIP;
  // kubeadm's choice: the 10th address of the service CIDR.
  try {
    return nthAddress(cluster.settings.serviceCIDR, 10);
  } catch {
    return '10.96.0.10';
  }
}

/** The dnsPolicy that actually applies, and why when it differs from the field (§4.3). */
export function effectiveDnsPolicy(pod: Pod): { policy: EffectiveDnsPolicy; note?: string } {
  const field = pod.dnsPolicy ?? 'ClusterFirst';
  if (field === 'None' || field === 'Default') return { policy: field };
  if (field === 'ClusterFirst' && pod.hostNetwork) {
    const note =
      'hostNetwork pod with dnsPolicy ClusterFirst behaves as Default: it uses the node resolv.conf (set dnsPolicy ClusterFirstWithHostNet to use cluster DNS)';
    return { policy: 'Default', note };
  }
  return { policy: 'ClusterFirst' };
}

/** Builds the pod's resolv.conf: base by policy, then the dnsConfig merge of §4.4. */
export function buildResolvConf(cluster: Cluster, pod: Pod): PodResolvConf {
  const { policy, note } = effectiveDnsPolicy(pod);
  const notes = note ? [note] : [];
  const base = baseConfig(cluster, pod, policy);
  if (policy === 'Default') {
    notes.push(
      `the node resolv.conf is assumed to be 'nameserver ${NODE_UPSTREAM_NAMESERVER}' with no search domains (IMPL)`,
    );
  }
  const merged = mergeDnsConfig(base, pod.dnsConfig);
  const ndotsOpt = merged.options.find((o) => o.startsWith('ndots:'));
  const ndots = ndotsOpt ? parseNdots(ndotsOpt.slice('ndots:'.length)) : RESOLVER_DEFAULT_NDOTS;
  return {
    policy,
    ...merged,
    ndots,
    ndotsFrom: ndotsOpt ? 'option' : 'resolver default',
    notes,
  };
}

/** The rendered /etc/resolv.conf lines of a pod. */
export function resolvConfOf(cluster: Cluster, pod: Pod): string[] {
  const rc = buildResolvConf(cluster, pod);
  const lines = rc.nameservers.map((ns) => `nameserver ${ns}`);
  if (rc.searches.length > 0) lines.push(`search ${rc.searches.join(' ')}`);
  if (rc.options.length > 0) lines.push(`options ${rc.options.join(' ')}`);
  return lines;
}

type BaseConfig = { nameservers: string[]; searches: string[]; options: string[] };

function baseConfig(cluster: Cluster, pod: Pod, policy: EffectiveDnsPolicy): BaseConfig {
  if (policy === 'None') return { nameservers: [], searches: [], options: [] };
  // IMPL: the node resolv.conf has no search domains and no options.
  if (policy === 'Default')
    return { nameservers: [NODE_UPSTREAM_NAMESERVER], searches: [], options: [] };
  const zone = zoneOf(cluster.settings.clusterDomain);
  return {
    nameservers: [clusterDnsAddress(cluster)],
    searches: [`${pod.namespace}.svc.${zone}`, `svc.${zone}`, zone],
    options: [`ndots:${CLUSTER_FIRST_NDOTS}`],
  };
}

/** §4.4: append and dedupe, cut nameservers to 3 and the search list to the kubelet limits. */
export function mergeDnsConfig(base: BaseConfig, extra: DnsConfig | undefined): BaseConfig {
  const nameservers = unique([...base.nameservers, ...(extra?.nameservers ?? [])]).slice(
    0,
    MAX_NAMESERVERS,
  );
  const searches = fitSearchLimits(unique([...base.searches, ...(extra?.searches ?? [])]));
  return { nameservers, searches, options: mergeOptions(base.options, extra?.options ?? []) };
}

/** kubelet formDNSSearchFitsLimits: 32 entries, no entry over 253, line ≤ 2048 (cut from the end). */
function fitSearchLimits(searches: string[]): string[] {
  const kept = searches.slice(0, MAX_SEARCHES).filter((s) => s.length <= MAX_SEARCH_DOMAIN_CHARS);
  let lineLength = kept.join(' ').length;
  while (kept.length > 0 && lineLength > MAX_SEARCH_LINE_CHARS) {
    lineLength -= kept.pop()!.length + 1;
  }
  return kept;
}

/** Options from dnsConfig replace base options of the same name; new names follow in order. */
function mergeOptions(base: string[], extra: DnsConfig['options']): string[] {
  const byName = new Map<string, string>();
  for (const o of base) {
    const i = o.indexOf(':');
    byName.set(i < 0 ? o : o.slice(0, i), i < 0 ? '' : o.slice(i + 1));
  }
  for (const o of extra) byName.set(o.name, o.value ?? '');
  return [...byName].map(([name, value]) => (value === '' ? name : `${name}:${value}`));
}

/** glibc reads `ndots:n` with atoi and caps it at 15. */
function parseNdots(value: string): number {
  const n = parseInt(value, 10);
  if (Number.isNaN(n) || n < 0) return 0;
  return Math.min(n, RESOLVER_MAX_NDOTS);
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
