// kube-proxy's ClusterIP translation (SEMANTICS.md §3.10, §6.9): Service port by number and
// protocol, eligible endpoints, internalTrafficPolicy, hairpin/hostNetwork SNAT, DNAT to
// endpointIP:targetPort, then the policy check per endpoint. External entries are external.ts.
import type { Endpoint, Service, ServicePort } from '../model/cluster';
import type { TraceHop } from '../model/query';
import { checkEndpoint } from './check';
import { nodeView } from './query';
import {
  emptyOutcome,
  stopped,
  type Client,
  type Destination,
  type Outcome,
  type SourceView,
  type TraceContext,
} from './types';

export const svcRef = (s: Service) => `${s.namespace}/${s.name}`;

export function describePorts(s: Service): string {
  return (
    s.ports.map((p) => `${p.port}/${p.protocol}${p.name ? ` (${p.name})` : ''}`).join(', ') ||
    'none'
  );
}

/** §3.10.1: the Service port with this number and protocol. */
export function servicePortFor(
  s: Service,
  port: number,
  ctx: TraceContext,
): ServicePort | undefined {
  return s.ports.find((p) => p.port === port && p.protocol === ctx.protocol);
}

/** An endpoint ready for `sp` and the number its port name resolved to (§3.10.2). */
export interface Eligible {
  endpoint: Endpoint;
  port: number;
}

export function eligibleEndpoints(s: Service, sp: ServicePort): Eligible[] {
  const out: Eligible[] = [];
  for (const e of s.endpoints) {
    if (!e.ready) continue;
    const p = e.ports.find((x) => x.name === sp.name && x.protocol === sp.protocol);
    if (p) out.push({ endpoint: e, port: p.port });
  }
  return out;
}

/** The pod, node or outside address an endpoint stands for (hand-written endpoints may be external). */
export function endpointDestination(ctx: TraceContext, e: Eligible): Destination {
  const pod = e.endpoint.pod
    ? ctx.index.podByRef.get(e.endpoint.pod)
    : ctx.index.podByIp.get(e.endpoint.ip);
  if (pod) return { ip: e.endpoint.ip, port: e.port, pod, node: pod.node, label: `pod ${pod.ref}` };
  const node = ctx.index.nodeByIp.get(e.endpoint.ip);
  if (node) return { ip: e.endpoint.ip, port: e.port, node: node.name, label: `node ${node.name}` };
  return { ip: e.endpoint.ip, port: e.port, label: `external address ${e.endpoint.ip}` };
}

/** `10.244.1.5:8080 (shop/api-0, node-2)` for hop details. */
export function describeEndpoints(list: Eligible[]): string {
  return list
    .map(
      (e) =>
        `${e.endpoint.ip}:${e.port}${e.endpoint.pod ? ` (${e.endpoint.pod}${e.endpoint.node ? `, ${e.endpoint.node}` : ''})` : ''}`,
    )
    .join(', ');
}

/** Hints that change no verdict: session affinity and traffic distribution (§3.10.4, IMPL). */
export function serviceNotes(s: Service): string[] {
  const notes: string[] = [];
  if (s.sessionAffinity === 'ClientIP')
    notes.push(
      `Service ${svcRef(s)} has sessionAffinity ClientIP: one client IP sticks to one endpoint (10800 s by default)`,
    );
  if (s.trafficDistribution)
    notes.push(
      `Service ${svcRef(s)} has trafficDistribution ${s.trafficDistribution}: proxies prefer nearby endpoints but fall back to all; every eligible endpoint is listed`,
    );
  return notes;
}

/** Runs the policy check for each (destination, source views) pair. */
export function checkAll(
  ctx: TraceContext,
  targets: { dst: Destination; views: SourceView[] }[],
): Outcome {
  const out = emptyOutcome();
  for (const t of targets) {
    const r = checkEndpoint(ctx, t.views, t.dst);
    out.endpoints.push(r.endpoint);
    out.hops.push(...r.hops);
  }
  return out;
}

/** Service port and endpoint selection shared by every entry; `stop` when nothing can serve it. */
export function selectBackends(
  ctx: TraceContext,
  s: Service,
  port: number,
  entry: string,
): { sp: ServicePort; eligible: Eligible[] } | { stop: Outcome } {
  const sp = servicePortFor(s, port, ctx);
  if (!sp) {
    const detail = `Service ${svcRef(s)} has no port ${port}/${ctx.protocol} (its ports: ${describePorts(s)}); ${entry} is not forwarded`;
    return {
      stop: stopped(
        [{ kind: 'service', detail, verdict: 'unreachable', source: s.source }],
        'unreachable',
        detail,
      ),
    };
  }
  const eligible = eligibleEndpoints(s, sp);
  if (eligible.length === 0) {
    const named =
      typeof sp.targetPort === 'string'
        ? ` (no selected pod has a ${sp.protocol} container port named "${sp.targetPort}")`
        : '';
    const detail = `Service ${svcRef(s)} port ${sp.port}/${sp.protocol} has no ready endpoints${named}: kube-proxy rejects the connection`;
    return {
      stop: stopped(
        [{ kind: 'service', detail, verdict: 'unreachable', source: sp.source }],
        'unreachable',
        detail,
      ),
    };
  }
  return { sp, eligible };
}

/** The source view kube-proxy leaves for pod → ClusterIP (§3.10.5): kept, hairpin, or hostNetwork. */
function clusterIpView(client: Client, e: Eligible): SourceView {
  if (client.pod && client.node && e.endpoint.pod === client.pod.ref && !client.pod.hostNetwork) {
    return nodeView(
      client.node,
      e.endpoint.node,
      'hairpin: a pod reaching itself through its Service',
    );
  }
  return { policy: client.policy, label: client.label };
}

/** pod → ClusterIP:port (§3.10, §6.9). */
export function viaClusterIp(ctx: TraceContext, client: Client, s: Service, port: number): Outcome {
  if (client.kind === 'external') {
    const detail = `${s.clusterIP} is the ClusterIP of Service ${svcRef(s)}: a virtual address that only kube-proxy inside the cluster answers; from outside use a node port, a load balancer or an Ingress`;
    return stopped(
      [{ kind: 'service', detail, verdict: 'unreachable', source: s.source }],
      'unreachable',
      detail,
    );
  }
  const chosen = selectBackends(ctx, s, port, `${s.clusterIP}:${port}`);
  if ('stop' in chosen) return chosen.stop;
  let { eligible } = chosen;
  const { sp } = chosen;
  const hops: TraceHop[] = [];
  if (s.internalTrafficPolicy === 'Local') {
    const node = client.pod?.node ?? '';
    eligible = eligible.filter((e) => e.endpoint.node === node);
    if (eligible.length === 0) {
      const detail = `Service ${svcRef(s)} has internalTrafficPolicy Local and no endpoint on ${node}: the connection is dropped`;
      return stopped(
        [{ kind: 'service', detail, verdict: 'unreachable', source: s.source }],
        'unreachable',
        detail,
      );
    }
  }
  const itp =
    s.internalTrafficPolicy === 'Local'
      ? ` (internalTrafficPolicy Local: only endpoints on ${client.pod?.node})`
      : '';
  const detail = `Service ${svcRef(s)} port ${sp.port}/${sp.protocol} (ClusterIP ${s.clusterIP}) → targetPort ${sp.targetPort}: kube-proxy DNATs to one of ${eligible.length} endpoint(s)${itp}: ${describeEndpoints(eligible)}`;
  hops.push({ kind: 'service', detail, verdict: 'info', source: sp.source });
  const targets = eligible.map((e) => ({
    dst: endpointDestination(ctx, e),
    views: [clusterIpView(client, e)],
  }));
  hops.push(...snatHops(client, targets));
  const checked = checkAll(ctx, targets);
  return { hops: [...hops, ...checked.hops], endpoints: checked.endpoints, notes: serviceNotes(s) };
}

/** One SNAT hop when every endpoint sees the same source, else one per endpoint. */
export function snatHops(
  client: Client,
  targets: { dst: Destination; views: SourceView[] }[],
): TraceHop[] {
  const labels = new Set(targets.map((t) => t.views.map((v) => v.label).join(' or ')));
  if (labels.size === 1) {
    const only = [...labels][0];
    const kept = only === client.label;
    const detail = kept
      ? `no SNAT: the source stays ${client.label}`
      : `source rewritten to ${only}`;
    return [{ kind: 'snat', detail, verdict: 'info' }];
  }
  return targets.map((t) => ({
    kind: 'snat' as const,
    detail: `source seen by ${t.dst.label}: ${t.views.map((v) => v.label).join(' or ')}`,
    verdict: 'info' as const,
    endpoint: t.dst.pod?.ref ?? t.dst.ip,
  }));
}
