// Entries from outside the ClusterIP: nodeIP:nodePort, LB-IP:port and externalIP:port
// (SEMANTICS.md §3.4, §3.5, §3.11, §7.1, §7.2): externalTrafficPolicy, source ranges, and the
// SNAT that decides what NetworkPolicy sees. Endpoint selection itself is service.ts.
import type { Node, Service, ServicePort } from '../model/cluster';
import type { HopKind, TraceHop } from '../model/query';
import { cidrContains } from '../net/ip';
import { nodeView } from './query';
import {
  checkAll,
  describeEndpoints,
  endpointDestination,
  selectBackends,
  serviceNotes,
  snatHops,
  svcRef,
  type Eligible,
} from './service';
import { stopped, type Client, type Outcome, type SourceView, type TraceContext } from './types';

export type Entry =
  | { kind: 'node-port'; node?: Node; nodePort: number }
  | { kind: 'load-balancer'; ip: string }
  | { kind: 'external-ip'; ip: string };

const HOP: Record<Entry['kind'], HopKind> = {
  'node-port': 'node-port',
  'load-balancer': 'load-balancer',
  'external-ip': 'service',
};

function entryText(e: Entry, port: number): string {
  if (e.kind === 'node-port')
    return e.node
      ? `${e.node.name} (${e.node.ip}) port ${e.nodePort}`
      : `node port ${e.nodePort} on any node`;
  return e.kind === 'load-balancer'
    ? `load balancer ${e.ip}:${port}`
    : `external IP ${e.ip}:${port}`;
}

/** §3.5: clients outside loadBalancerSourceRanges are dropped before anything else. */
function sourceRangeStop(s: Service, client: Client, entry: Entry): Outcome | undefined {
  if (entry.kind !== 'load-balancer' || s.loadBalancerSourceRanges.length === 0) return undefined;
  if (s.loadBalancerSourceRanges.some((c) => cidrContains(c, client.ip))) return undefined;
  const detail = `${client.ip} is outside loadBalancerSourceRanges (${s.loadBalancerSourceRanges.join(', ')}) of Service ${svcRef(s)}: the load balancer drops it`;
  return stopped(
    [{ kind: 'load-balancer', detail, verdict: 'denied', source: s.source }],
    'denied',
    detail,
  );
}

/** Source views per endpoint for each client/entry/traffic-policy combination (§3.10.5, §7 table). */
function viewsFor(
  ctx: TraceContext,
  client: Client,
  s: Service,
  entry: Entry,
  e: Eligible,
): SourceView[] {
  const kept: SourceView = { policy: client.policy, label: client.label };
  const local = s.externalTrafficPolicy === 'Local';
  if (client.kind === 'pod') {
    if (local || client.pod?.hostNetwork) return [kept];
    // pod → node port: the receiving node masquerades; pod → LB / external IP: the client's node.
    const via = entry.kind === 'node-port' ? (entry.node ?? client.node) : client.node;
    return via
      ? [nodeView(via, e.endpoint.node, 'masqueraded by kube-proxy, externalTrafficPolicy Cluster')]
      : [kept];
  }
  if (local) return [kept];
  const receiving = entry.kind === 'node-port' && entry.node ? [entry.node] : ctx.cluster.nodes;
  return receiving.map((n) =>
    nodeView(n, e.endpoint.node, 'SNAT by the receiving node, externalTrafficPolicy Cluster'),
  );
}

/** Notes for the plugin- and implementation-dependent parts of this entry. */
function entryNotes(s: Service, client: Client, entry: Entry): string[] {
  const notes: string[] = [];
  const local = s.externalTrafficPolicy === 'Local';
  if (client.kind === 'pod' && local)
    notes.push(
      entry.kind === 'node-port'
        ? 'pod → node port of a Local Service: kube-proxy short-cuts to every endpoint and keeps the pod IP when it recognises the pod as local traffic (IMPL, depends on its local-traffic detection mode)'
        : 'pod → LB/external IP of a Local Service: treated as Cluster without SNAT, every endpoint, pod IP kept',
    );
  if (client.kind === 'external' && entry.kind === 'load-balancer') {
    notes.push(
      local
        ? 'externalTrafficPolicy Local: the load balancer health-checks nodes and only sends to nodes with a local endpoint (assumed to work); the client IP is kept in VIP mode, a proxying LB would show its own IP (IMPL)'
        : 'the load balancer may hand the packet to any node; each endpoint is checked from every node, and is allowed only if all are (implementations that send straight to pods differ, IMPL)',
    );
  }
  if (client.kind === 'external' && entry.kind === 'external-ip')
    notes.push(
      'getting packets for an externalIP to a node is up to the network; any node may receive them',
    );
  if (s.loadBalancerSimulated && entry.kind === 'load-balancer')
    notes.push(
      `the load balancer address ${s.loadBalancerIP} is simulated (the manifest has no status)`,
    );
  return notes;
}

/** Filters endpoints by externalTrafficPolicy Local when the receiving node is known. */
function localFilter(
  s: Service,
  client: Client,
  entry: Entry,
  eligible: Eligible[],
): Eligible[] | { drop: string } {
  if (s.externalTrafficPolicy !== 'Local' || client.kind !== 'external') return eligible;
  if (entry.kind === 'node-port' && entry.node) {
    const node = entry.node.name;
    const here = eligible.filter((e) => e.endpoint.node === node);
    return here.length > 0
      ? here
      : {
          drop: `externalTrafficPolicy Local and no endpoint of Service ${svcRef(s)} on ${node}: ${node} drops the traffic`,
        };
  }
  return eligible;
}

/** external or pod → a Service through a node port, a load balancer or an external IP. */
export function viaExternalEntry(
  ctx: TraceContext,
  client: Client,
  s: Service,
  sp: ServicePort | undefined,
  entry: Entry,
  port: number,
): Outcome {
  const blocked = sourceRangeStop(s, client, entry);
  if (blocked) return blocked;
  const chosen = selectBackends(ctx, s, sp?.port ?? port, entryText(entry, port));
  if ('stop' in chosen) return chosen.stop;
  const kind = HOP[entry.kind];
  const filtered = localFilter(s, client, entry, chosen.eligible);
  if ('drop' in filtered)
    return stopped(
      [{ kind, detail: filtered.drop, verdict: 'unreachable', source: s.source }],
      'unreachable',
      filtered.drop,
    );
  const p = chosen.sp;
  const etp = s.externalTrafficPolicy ?? 'Cluster';
  const detail = `${entryText(entry, port)} → Service ${svcRef(s)} port ${p.port}/${p.protocol}${p.nodePort ? ` (nodePort ${p.nodePort})` : ''}, externalTrafficPolicy ${etp}: DNAT to one of ${filtered.length} endpoint(s): ${describeEndpoints(filtered)}`;
  // Implementation-defined parts are said in the hop itself, not only in the trace notes.
  const impl = entryNotes(s, client, entry);
  const said = impl.length > 0 ? `${detail}. ${impl.join('. ')}` : detail;
  const hops: TraceHop[] = [{ kind, detail: said, verdict: 'info', source: p.source }];
  const targets = filtered.map((e) => ({
    dst: endpointDestination(ctx, e),
    views: viewsFor(ctx, client, s, entry, e),
  }));
  hops.push(...snatHops(client, targets));
  const checked = checkAll(ctx, targets);
  return {
    hops: [...hops, ...checked.hops],
    endpoints: checked.endpoints,
    notes: [...impl, ...serviceNotes(s)],
  };
}
