// The §6.10 warning: a pod isolated for egress needs UDP and TCP 53 to the cluster DNS pods.
// A pod's isolating policies are the Egress policies that select it (buildPolicies' selection);
// whether one policy reaches DNS does not depend on the pod, so it is worked out once per policy.
import type { Pod } from '../model/cluster';
import type { NetworkPolicy } from '../model/policy';
import { ruleAllows, type Side } from './match';
import { podSide, type PolicyIndex } from './policyIndex';

/** §6.10 per pod, UDP and TCP 53 bits: whether any policy isolating it lets it reach DNS. */
interface PodDns {
  first: NetworkPolicy;
  reach: number;
}
const UDP = 1;
const TCP = 2;

/**
 * `policies` sorted by namespace and name, `selection[i]` the pods `policies[i]` selects. A pod's
 * warning goes to its first isolating policy, as policyIndex.ts's isolatingPolicies orders them.
 */
export function checkDnsEgress(
  policies: NetworkPolicy[],
  selection: readonly (readonly Pod[])[],
  pods: readonly Pod[],
  idx: PolicyIndex,
  warn: (p: NetworkPolicy, message: string) => void,
): void {
  const sides = dnsSides(pods);
  const byPod = new Map<Pod, PodDns>();
  for (let i = 0; i < policies.length; i++) {
    const p = policies[i];
    if (!p.policyTypes.includes('Egress') || selection[i].length === 0) continue;
    const reach = dnsReach(p, sides, idx);
    for (const pod of selection[i]) {
      if (pod.hostNetwork) continue;
      const seen = byPod.get(pod);
      if (seen) seen.reach |= reach;
      else byPod.set(pod, { first: p, reach });
    }
  }
  const missing = new Map<NetworkPolicy, string[]>();
  for (const pod of pods) {
    const dns = byPod.get(pod);
    if (!dns || dns.reach === (UDP | TCP)) continue;
    const list = missing.get(dns.first);
    if (list) list.push(pod.ref);
    else missing.set(dns.first, [pod.ref]);
  }
  for (const [p, refs] of missing) {
    refs.sort();
    const shown =
      refs.length > 5
        ? `${refs.slice(0, 5).join(', ')} and ${refs.length - 5} more`
        : refs.join(', ');
    warn(
      p,
      `pods isolated for egress (${shown}) have no egress rule allowing UDP and TCP 53 to the cluster DNS pods (kube-system, k8s-app=kube-dns): name lookups will fail`,
    );
  }
}

function dnsSides(pods: readonly Pod[]): Side[] {
  const out: Side[] = [];
  for (const x of pods) {
    if (x.namespace === 'kube-system' && x.labels['k8s-app'] === 'kube-dns' && !x.hostNetwork)
      out.push(podSide(x));
  }
  return out.length > 0 ? out : [SYNTHETIC_DNS];
}

function dnsReach(p: NetworkPolicy, sides: Side[], idx: PolicyIndex): number {
  let reach = 0;
  for (const d of sides) {
    for (const r of p.egress) {
      if (!(reach & UDP) && ruleAllows(r, p.namespace, d, 53, 'UDP', d, idx.nsLabels) !== 'no')
        reach |= UDP;
      if (!(reach & TCP) && ruleAllows(r, p.namespace, d, 53, 'TCP', d, idx.nsLabels) !== 'no')
        reach |= TCP;
      if (reach === (UDP | TCP)) return reach;
    }
  }
  return reach;
}

/** Stands in for CoreDNS when the cluster does not model it (SEMANTICS.md §2 defaults). */
export const SYNTHETIC_DNS: Side = {
  kind: 'pod',
  ref: 'kube-system/coredns',
  namespace: 'kube-system',
  labels: { 'k8s-app': 'kube-dns' },
  ip: undefined,
  ports: [
    { name: 'dns', containerPort: 53, protocol: 'UDP', container: 'coredns' },
    { name: 'dns-tcp', containerPort: 53, protocol: 'TCP', container: 'coredns' },
  ],
};
