// The NetworkPolicy check of one endpoint: egress at the source, ingress at the destination, then
// delivery (SEMANTICS.md §6.7). The verdicts come from policy/verdict.ts; this module only turns
// them into hops and a TraceEndpoint, and speaks for a plugin that does not enforce policy.
import type { Protocol } from '../model/cluster';
import type { ConnectionVerdict, DirectionVerdict, PolicyEndpoint } from '../model/policy';
import type { TraceEndpoint, TraceHop } from '../model/query';
import { evaluateConnection } from '../policy/verdict';
import type { Destination, SourceView, TraceContext } from './types';

/** The policy verdict, or "allowed" with the reason when the plugin enforces nothing (§6.1). */
export function policyVerdict(
  ctx: TraceContext,
  src: PolicyEndpoint,
  dst: PolicyEndpoint,
  port: number,
  protocol: Protocol,
): ConnectionVerdict {
  if (ctx.enforcing) return evaluateConnection(ctx.cluster, src, dst, port, protocol);
  const reason = `the network plugin "${ctx.cluster.settings.cni}" does not enforce NetworkPolicy`;
  const open = (direction: 'egress' | 'ingress'): DirectionVerdict => ({
    direction,
    allowed: true,
    isolatingPolicies: [],
    reason,
  });
  return { allowed: true, reason, egress: open('egress'), ingress: open('ingress') };
}

export function destinationPolicy(dst: Destination): PolicyEndpoint {
  if (dst.pod) return { kind: 'pod', pod: dst.pod.ref, ip: dst.ip };
  if (dst.node) return { kind: 'node', node: dst.node, ip: dst.ip };
  return { kind: 'external', ip: dst.ip };
}

const nsOf = (ref: string) => ref.slice(0, ref.indexOf('/'));

function sideHop(
  kind: 'egress' | 'ingress',
  d: DirectionVerdict,
  text: string,
  endpoint: string,
): TraceHop {
  const plugin = d.ipBlockCoversPod
    ? ' (plugin-dependent: the deciding ipBlock covers a pod IP; Calico matches it, Cilium does not)'
    : '';
  const hop: TraceHop = {
    kind,
    detail: `${text}: ${d.reason}${plugin}`,
    verdict: d.allowed ? 'allowed' : 'denied',
    endpoint,
  };
  if (d.decidedAt) hop.source = d.decidedAt;
  return hop;
}

/** Hops of one source view; returns the failing side, if any. */
function viewHops(
  view: SourceView,
  dst: Destination,
  v: ConnectionVerdict,
  proto: Protocol,
  hops: TraceHop[],
) {
  const ep = dst.pod?.ref ?? dst.ip;
  if (view.policy.kind === 'pod') {
    hops.push(
      sideHop(
        'egress',
        v.egress,
        `egress from ${view.label} to ${dst.label} port ${dst.port}/${proto}`,
        ep,
      ),
    );
    if (!v.egress.allowed) return v.egress;
  }
  if (dst.pod) {
    hops.push(
      sideHop(
        'ingress',
        v.ingress,
        `ingress at ${dst.label} port ${dst.port}/${proto} from ${view.label}`,
        ep,
      ),
    );
    if (!v.ingress.allowed) return v.ingress;
  }
  return undefined;
}

/**
 * Checks one endpoint as seen from each possible source view (several when the receiving node is
 * not known, §7.2); the endpoint is allowed only when every view is.
 */
export function checkEndpoint(
  ctx: TraceContext,
  views: SourceView[],
  dst: Destination,
): { endpoint: TraceEndpoint; hops: TraceHop[] } {
  const hops: TraceHop[] = [];
  // Key order follows the CLI contract (pod, ip, port, verdict) for readable JSON.
  const endpoint: TraceEndpoint = dst.pod
    ? { pod: dst.pod.ref, ip: dst.ip, port: dst.port, verdict: 'allowed' }
    : { ip: dst.ip, port: dst.port, verdict: 'allowed' };
  const node = dst.node ?? dst.pod?.node;
  if (node) endpoint.node = node;
  for (const view of views) {
    const v = policyVerdict(ctx, view.policy, destinationPolicy(dst), dst.port, ctx.protocol);
    if (v.egress.ipBlockCoversPod || v.ingress.ipBlockCoversPod) endpoint.pluginDependent = true;
    const failed = viewHops(view, dst, v, ctx.protocol, hops);
    if (!failed || endpoint.verdict === 'denied') continue;
    endpoint.verdict = 'denied';
    const owner =
      failed.direction === 'egress' && view.policy.kind === 'pod'
        ? view.policy.pod
        : (dst.pod?.ref ?? '');
    endpoint.deniedBy = {
      direction: failed.direction,
      namespace: nsOf(owner),
      policies: failed.isolatingPolicies,
    };
    const miss = failed.nearestMiss ?? failed.reason;
    endpoint.nearestMiss = views.length > 1 ? `from ${view.label}: ${miss}` : miss;
  }
  if (endpoint.verdict === 'allowed') {
    hops.push({
      kind: 'delivery',
      detail: `delivered to ${dst.label} at ${dst.ip}:${dst.port}/${ctx.protocol}`,
      verdict: 'allowed',
      endpoint: dst.pod?.ref ?? dst.ip,
    });
  }
  return { endpoint, hops };
}
