// Whether NetworkPolicy lets one connection through, with the reason and the deciding line: the
// reference algorithm of SEMANTICS.md §6.7 with the special cases of §6.8 and §6.1 (CNI). Callers
// pass the packet as it is at the pod (after DNAT/SNAT); Service and path logic live in trace/.
import type { Cluster, Protocol } from '../model/cluster';
import type {
  ConnectionVerdict,
  DirectionVerdict,
  NetworkPolicy,
  PolicyEndpoint,
} from '../model/policy';
import { ruleAllows, type Side } from './match';
import { nearestMiss } from './nearestMiss';
import { isolatingPolicies, policyIndexOf, toSide, type PolicyIndex } from './policyIndex';

/** The verdict for `src` opening a connection to `dst` on `port`/`protocol` (post-DNAT). */
export function evaluateConnection(
  cluster: Cluster,
  src: PolicyEndpoint,
  dst: PolicyEndpoint,
  port: number,
  protocol: Protocol,
): ConnectionVerdict {
  const idx = policyIndexOf(cluster);
  if (!idx.enforcing) {
    const reason = `the network plugin ${idx.cni} does not enforce NetworkPolicy`;
    return both(open('egress', reason), open('ingress', reason));
  }
  if (src.kind === 'pod' && dst.kind === 'pod' && src.pod === dst.pod) {
    const reason = 'a pod can always reach itself';
    return both(open('egress', reason), open('ingress', reason));
  }
  return decideSides(idx, toSide(idx, src), toSide(idx, dst), port, protocol);
}

/** Both directions for two sides (no CNI or self shortcut: callers handle those). */
export function decideSides(
  idx: PolicyIndex,
  src: Side,
  dst: Side,
  port: number,
  protocol: Protocol,
): ConnectionVerdict {
  return both(
    egressVerdict(idx, src, dst, port, protocol),
    ingressVerdict(idx, src, dst, port, protocol),
  );
}

function egressVerdict(
  idx: PolicyIndex,
  src: Side,
  dst: Side,
  port: number,
  protocol: Protocol,
): DirectionVerdict {
  if (src.kind === 'external')
    return open('egress', 'the source is outside the cluster: no egress policy applies');
  if (src.kind === 'node') {
    const what = src.hostNetworkPod ? 'a hostNetwork pod, which policies cannot isolate' : 'a node';
    return open('egress', `the source is ${what}: no egress policy applies`);
  }
  if (dst.kind === 'node' && src.node && dst.node === src.node) {
    return open('egress', "traffic to the pod's own node is always allowed (engine default, §6.8)");
  }
  const pols = isolatingPolicies(idx, src.namespace, src.labels, 'Egress');
  if (pols.length === 0) return open('egress', 'the source pod is not isolated for egress');
  return decideRules('egress', pols, dst, port, protocol, dst, idx);
}

function ingressVerdict(
  idx: PolicyIndex,
  src: Side,
  dst: Side,
  port: number,
  protocol: Protocol,
): DirectionVerdict {
  if (dst.kind === 'external')
    return open('ingress', 'the destination is outside the cluster: no ingress policy applies');
  if (dst.kind === 'node') {
    const what = dst.hostNetworkPod ? 'a hostNetwork pod, which policies cannot protect' : 'a node';
    return open('ingress', `the destination is ${what}: no ingress policy applies`);
  }
  if (src.kind === 'node' && dst.node && src.node === dst.node) {
    return open('ingress', "traffic from the pod's own node is always allowed (§6.8)");
  }
  const pols = isolatingPolicies(idx, dst.namespace, dst.labels, 'Ingress');
  if (pols.length === 0) return open('ingress', 'the destination pod is not isolated for ingress');
  return decideRules('ingress', pols, src, port, protocol, dst, idx);
}

/** Union of the rules of every isolating policy; prefers an admission not resting on ipBlock-on-pod. */
function decideRules(
  direction: 'ingress' | 'egress',
  pols: NetworkPolicy[],
  peer: Side,
  port: number,
  protocol: Protocol,
  dst: Side,
  idx: PolicyIndex,
): DirectionVerdict {
  const isolating = pols.map((p) => p.name);
  const who = direction === 'ingress' ? 'source' : 'destination';
  let viaIpBlock: DirectionVerdict | undefined;
  for (const p of pols) {
    for (const r of direction === 'ingress' ? p.ingress : p.egress) {
      const m = ruleAllows(r, p.namespace, peer, port, protocol, dst, idx.nsLabels);
      if (m === 'no') continue;
      const v: DirectionVerdict = {
        direction,
        allowed: true,
        isolatingPolicies: isolating,
        allowedBy: { policy: p.name, rule: r.index, source: r.source },
        reason: `rule ${r.index + 1} of ${p.name} admits this ${who}`,
        decidedAt: r.source,
      };
      if (m === 'yes') return v;
      viaIpBlock ??= {
        ...v,
        reason: `${v.reason} through an ipBlock covering its pod IP (plugin-dependent)`,
        ipBlockCoversPod: true,
      };
    }
  }
  if (viaIpBlock) return viaIpBlock;
  const names = isolating.join(', ');
  return {
    direction,
    allowed: false,
    isolatingPolicies: isolating,
    reason: `isolated for ${direction} by ${names}, and no rule admits this ${who} on ${protocol} ${port}`,
    nearestMiss: nearestMiss(direction, pols, peer, port, protocol, dst, idx.nsLabels),
    decidedAt: pols[0].source,
  };
}

function open(direction: 'ingress' | 'egress', reason: string): DirectionVerdict {
  return { direction, allowed: true, isolatingPolicies: [], reason };
}

function both(egress: DirectionVerdict, ingress: DirectionVerdict): ConnectionVerdict {
  const allowed = egress.allowed && ingress.allowed;
  const reason = allowed
    ? `allowed: ${egress.reason}; ${ingress.reason}`
    : `denied at ${egress.allowed ? 'ingress' : 'egress'}: ${(egress.allowed ? ingress : egress).reason}`;
  return { allowed, reason, egress, ingress };
}
