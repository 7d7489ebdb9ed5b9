// Lookup tables every verdict needs (pods by ref, namespace labels, policies per namespace, node
// addresses), built once per Cluster object and kept in a WeakMap so a single verdict stays cheap.
// Also turns the PolicyEndpoints callers pass into the "sides" of match.ts (§6.8 hostNetwork/nodes).
import type { Cluster, Namespace, Node, Pod } from '../model/cluster';
import type { Labels } from '../model/labels';
import type { NetworkPolicy, PolicyEndpoint } from '../model/policy';
import { cniEnforcesPolicy } from '../model/settings';
import { nthAddress } from '../net/ip';
import { selectorMatches } from '../topology/selectors';
import { createRunLookup } from '../sortedRuns';
import type { Side } from './match';

export interface PolicyIndex {
  enforcing: boolean;
  cni: string;
  podsByRef: Map<string, Pod>;
  nsLabels: (ns: string) => Labels;
  /** The policies of a namespace, sorted by name. */
  policiesIn: (ns: string) => readonly NetworkPolicy[];
  /** InternalIP and bridge (.1 of the pod CIDR) address → node name (§7, §6.8). */
  nodeByIp: Map<string, string>;
}

const NAME_LABEL = 'kubernetes.io/metadata.name';
const cache = new WeakMap<Cluster, PolicyIndex>();

/** The index of a cluster, built on first use. Clusters are treated as immutable. */
export function policyIndexOf(cluster: Cluster): PolicyIndex {
  let idx = cache.get(cluster);
  if (!idx) {
    idx = buildPolicyIndex(
      cluster.namespaces,
      cluster.nodes,
      cluster.pods,
      cluster.policies,
      cluster.settings.cni,
    );
    cache.set(cluster, idx);
  }
  return idx;
}

/** Each table is built on first read: a single verdict needs only a few of them. */
export function buildPolicyIndex(
  namespaces: readonly Namespace[],
  nodes: readonly Node[],
  pods: readonly Pod[],
  policies: readonly NetworkPolicy[],
  cni: string,
): PolicyIndex {
  const labels = lazy(() => new Map(namespaces.map((n) => [n.name, n.labels])));
  const podsByRef = lazy(() => new Map(pods.map((p) => [p.ref, p])));
  const policiesIn = lazy(() => namespaceLookup(policies));
  const nodeByIp = lazy(() => {
    const m = new Map<string, string>();
    for (const n of nodes) {
      if (n.ip) m.set(n.ip, n.name);
      const bridge = bridgeAddress(n.podCIDR);
      if (bridge) m.set(bridge, n.name);
    }
    return m;
  });
  return {
    enforcing: cniEnforcesPolicy(cni),
    cni,
    get podsByRef() {
      return podsByRef();
    },
    // A namespace the cluster does not list still has its name label (API server, §2).
    nsLabels: (ns) => labels().get(ns) ?? { [NAME_LABEL]: ns },
    policiesIn: (ns) => policiesIn()(ns),
    get nodeByIp() {
      return nodeByIp();
    },
  };
}

/** Policies per namespace, found on demand (buildPolicies sorts them by namespace and name). */
function namespaceLookup(
  policies: readonly NetworkPolicy[],
): (ns: string) => readonly NetworkPolicy[] {
  const runs = createRunLookup(policies, (p) => p.namespace);
  const byNs = new Map<string, NetworkPolicy[]>();
  return (ns) => {
    let list = byNs.get(ns);
    if (!list) byNs.set(ns, (list = (runs(ns) ?? []).sort((a, b) => cmp(a.name, b.name))));
    return list;
  };
}

function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

function bridgeAddress(podCIDR: string): string | undefined {
  try {
    return podCIDR ? nthAddress(podCIDR, 1) : undefined;
  } catch {
    return undefined;
  }
}

export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Policies of the pod's namespace that select it and have `type` in their policyTypes. */
export function isolatingPolicies(
  idx: PolicyIndex,
  namespace: string,
  labels: Labels,
  type: 'Ingress' | 'Egress',
): NetworkPolicy[] {
  const out: NetworkPolicy[] = [];
  for (const p of idx.policiesIn(namespace)) {
    if (p.policyTypes.includes(type) && selectorMatches(p.podSelector, labels)) out.push(p);
  }
  return out;
}

/** A pod as a side; a hostNetwork pod is its node's address (§6.8). */
export function podSide(pod: Pod, ip = pod.ip): Side {
  if (pod.hostNetwork)
    return { kind: 'node', node: pod.node ?? '', ip: ip ?? '', hostNetworkPod: pod.ref };
  return {
    kind: 'pod',
    ref: pod.ref,
    namespace: pod.namespace,
    labels: pod.labels,
    ip,
    node: pod.node,
    ports: pod.ports,
  };
}

/** Turns a caller's endpoint into a side: known pods, nodes, node/bridge addresses. */
export function toSide(idx: PolicyIndex, e: PolicyEndpoint): Side {
  if (e.kind === 'pod') {
    const pod = idx.podsByRef.get(e.pod);
    return pod ? podSide(pod, e.ip || pod.ip) : { kind: 'external', ip: e.ip };
  }
  if (e.kind === 'node') return { kind: 'node', node: e.node, ip: e.ip };
  const node = idx.nodeByIp.get(e.ip);
  return node ? { kind: 'node', node, ip: e.ip } : { kind: 'external', ip: e.ip };
}
