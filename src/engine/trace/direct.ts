// Where an address leads: a ClusterIP, a load balancer, an external IP, a node (node port, host
// network) or a pod IP, else an address outside the cluster (SEMANTICS.md §3.10, §6.8, §7).
// Direct pod and outside-address connections are handled here; Services in service.ts/external.ts.
import type { Node, Pod } from '../model/cluster';
import type { TraceHop } from '../model/query';
import { viaExternalEntry } from './external';
import { checkAll, describePorts, servicePortFor, svcRef, viaClusterIp } from './service';
import { stopped, type Client, type Destination, type Outcome, type TraceContext } from './types';

const needPort = (what: string) =>
  stopped([], 'unreachable', `a port is needed to reach ${what} (give --port or IP:port)`);

/** The port a connection to `pod` uses: the given one, or its only container port. */
export function podPort(ctx: TraceContext, pod: Pod, port: number | undefined): number | undefined {
  if (port !== undefined) return port;
  const mine = pod.ports.filter((p) => p.protocol === ctx.protocol);
  return mine.length === 1 ? mine[0].containerPort : undefined;
}

/** Straight to a pod's IP: no Service, no translation. */
export function toPod(
  ctx: TraceContext,
  client: Client,
  pod: Pod,
  port: number | undefined,
): Outcome {
  if (!pod.ip) return stopped([], 'unreachable', `pod ${pod.ref} is Pending and has no IP`);
  const p = podPort(ctx, pod, port);
  if (p === undefined) {
    const ports =
      pod.ports.map((x) => `${x.containerPort}/${x.protocol}`).join(', ') || 'none declared';
    return stopped(
      [],
      'unreachable',
      `a port is needed to reach pod ${pod.ref} (its container ports: ${ports})`,
    );
  }
  const hops: TraceHop[] = [];
  const declared = pod.ports.some((x) => x.containerPort === p && x.protocol === ctx.protocol);
  const note = declared
    ? ''
    : ' (no container declares this port; declarations are informational, so it may still listen)';
  hops.push({
    kind: 'service',
    detail: `straight to pod ${pod.ref} at ${pod.ip}:${p}/${ctx.protocol}: no Service, no address translation${note}`,
    verdict: 'info',
    source: pod.source,
  });
  const notes: string[] = [];
  if (client.kind === 'external')
    notes.push(
      'pod IPs are reachable from outside only on flat, routed pod networks (IMPL); the check assumes the packet arrives with the client IP',
    );
  const dst: Destination = { ip: pod.ip, port: p, pod, node: pod.node, label: `pod ${pod.ref}` };
  const checked = checkAll(ctx, [{ dst, views: [{ policy: client.policy, label: client.label }] }]);
  return { hops: [...hops, ...checked.hops], endpoints: checked.endpoints, notes };
}

/** A node's IP: a node port, a hostNetwork pod listening there, or the node itself. */
function toNode(ctx: TraceContext, client: Client, node: Node, port: number): Outcome {
  const np = ctx.index.nodePorts.get(`${port}/${ctx.protocol}`);
  if (np)
    return viaExternalEntry(
      ctx,
      client,
      np.service,
      np.port,
      { kind: 'node-port', node, nodePort: port },
      np.port.port,
    );
  const hostPod = (ctx.index.hostNetworkPods.get(node.name) ?? []).find((p) =>
    p.ports.some((x) => x.containerPort === port && x.protocol === ctx.protocol),
  );
  if (hostPod) return toPod(ctx, client, hostPod, port);
  const hops: TraceHop[] = [
    {
      kind: 'service',
      detail: `${node.ip} is node ${node.name} and ${port}/${ctx.protocol} is no node port: the packet goes to a host process (whether one listens is not modelled)`,
      verdict: 'info',
      source: node.source,
    },
  ];
  const dst: Destination = { ip: node.ip, port, node: node.name, label: `node ${node.name}` };
  const checked = checkAll(ctx, [{ dst, views: [{ policy: client.policy, label: client.label }] }]);
  return { hops: [...hops, ...checked.hops], endpoints: checked.endpoints, notes: [] };
}

/** An address outside the cluster: only the client's egress policy applies (§6.9). */
function toOutside(ctx: TraceContext, client: Client, ip: string, port: number): Outcome {
  if (client.kind === 'external')
    return stopped(
      [],
      'unreachable',
      `${ip} is outside the cluster, and so is the client: nothing in the manifests is on this path`,
    );
  const hops: TraceHop[] = [
    {
      kind: 'service',
      detail: `${ip} is not a pod, node or Service address: egress to an address outside the cluster`,
      verdict: 'info',
    },
  ];
  const dst: Destination = { ip, port, label: `external address ${ip}` };
  const checked = checkAll(ctx, [{ dst, views: [{ policy: client.policy, label: client.label }] }]);
  return { hops: [...hops, ...checked.hops], endpoints: checked.endpoints, notes: [] };
}

/** The only Service port, used when no port was given. */
function onlyPort(
  ctx: TraceContext,
  ports: { port: number; protocol: string }[],
): number | undefined {
  const mine = ports.filter((p) => p.protocol === ctx.protocol);
  return mine.length === 1 ? mine[0].port : undefined;
}

/** Follows a packet to `ip:port` from `client`. */
export function toAddress(
  ctx: TraceContext,
  client: Client,
  ip: string,
  port: number | undefined,
): Outcome {
  const ix = ctx.index;
  const svc = ix.serviceByClusterIp.get(ip);
  if (svc) {
    const p = port ?? onlyPort(ctx, svc.ports);
    return p === undefined
      ? needPort(`Service ${svcRef(svc)} (ports: ${describePorts(svc)})`)
      : viaClusterIp(ctx, client, svc, p);
  }
  const lbs = ix.servicesByLbIp.get(ip) ?? ix.servicesByExternalIp.get(ip);
  if (lbs) {
    const kind = ix.servicesByLbIp.has(ip) ? ('load-balancer' as const) : ('external-ip' as const);
    const p =
      port ??
      onlyPort(
        ctx,
        lbs.flatMap((s) => s.ports),
      );
    if (p === undefined) return needPort(`${ip} (Service ${lbs.map(svcRef).join(', ')})`);
    const s = lbs.find((x) => servicePortFor(x, p, ctx)) ?? lbs[0];
    return viaExternalEntry(ctx, client, s, servicePortFor(s, p, ctx), { kind, ip }, p);
  }
  const node = ix.nodeByIp.get(ip);
  if (node)
    return port === undefined ? needPort(`node ${node.name}`) : toNode(ctx, client, node, port);
  const pod = ix.podByIp.get(ip);
  if (pod) return toPod(ctx, client, pod, port);
  return port === undefined ? needPort(ip) : toOutside(ctx, client, ip, port);
}
