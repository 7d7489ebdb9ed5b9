// URL → ingress controller → backend (SEMANTICS.md §7.3): the client reaches the controller
// through its Service (§7.1/7.2 rules), the controller routes (ingress/routing.ts), then opens a
// new connection from the controller pod to a backend endpoint (pod IP : targetPort).
import type { TraceHop } from '../model/query';
import { routeRequest } from '../ingress/routing';
import { findIngressController, type IngressController } from '../ingress/controller';
import { viaExternalEntry } from './external';
import { toPod } from './direct';
import { toExternalName } from './names';
import {
  checkAll,
  describeEndpoints,
  endpointDestination,
  selectBackends,
  servicePortFor,
  svcRef,
  viaClusterIp,
} from './service';
import { joinOutcome, stopped, type Client, type Outcome, type TraceContext } from './types';

/** client → controller: through its LB, node port or ClusterIP, or straight to the pod. */
function toController(
  ctx: TraceContext,
  client: Client,
  c: IngressController,
  port: number,
): Outcome {
  const s = c.service;
  const pod = c.pods[0];
  if (s && s.type === 'LoadBalancer' && s.loadBalancerIP) {
    return viaExternalEntry(
      ctx,
      client,
      s,
      servicePortFor(s, port, ctx),
      { kind: 'load-balancer', ip: s.loadBalancerIP },
      port,
    );
  }
  if (s && s.type !== 'ClusterIP' && client.kind === 'external') {
    const sp = servicePortFor(s, port, ctx);
    if (sp?.nodePort) {
      const out = viaExternalEntry(
        ctx,
        client,
        s,
        sp,
        { kind: 'node-port', nodePort: sp.nodePort },
        port,
      );
      out.notes.push(
        `the controller's load balancer address is pending: traced through node port ${sp.nodePort} on any node`,
      );
      return out;
    }
  }
  if (s && client.kind === 'pod') {
    const out = viaClusterIp(ctx, client, s, port);
    out.notes.push(
      `assuming the host name leads a pod to the controller Service ${svcRef(s)} (its ClusterIP)`,
    );
    return out;
  }
  const listens = pod.hostNetwork || pod.ports.some((p) => p.hostPort === port);
  if (client.kind === 'external' && !listens) {
    const detail = `the ingress controller ${pod.ref} has no LoadBalancer or NodePort Service and no host port ${port}: clients outside the cluster cannot reach it`;
    return stopped(
      [{ kind: 'service', detail, verdict: 'unreachable', source: s?.source ?? pod.source }],
      'unreachable',
      detail,
    );
  }
  return toPod(ctx, client, pod, port);
}

/** The first controller pod the client may reach: the backend connection starts there. */
function reachedController(c: IngressController, leg: Outcome) {
  const ok = new Set(leg.endpoints.filter((e) => e.verdict === 'allowed').map((e) => e.pod));
  return c.pods.find((p) => ok.has(p.ref));
}

/** controller pod → backend endpoints (ingress-nginx talks to endpoints directly, §5.6, §7.3). */
function toBackend(
  ctx: TraceContext,
  controller: Client,
  ns: string,
  service: string,
  port: number | undefined,
): Outcome {
  const s = ctx.index.serviceByKey.get(`${ns}/${service}`);
  if (!s)
    return stopped([], 'unreachable', `backend Service ${ns}/${service} does not exist (503)`);
  if (s.type === 'ExternalName')
    return toExternalName(ctx, controller, s.externalName ?? '', port, s);
  const chosen = selectBackends(ctx, s, port ?? 0, `backend ${svcRef(s)}:${port}`);
  if ('stop' in chosen) return chosen.stop;
  const detail = `the controller sends to the endpoints of Service ${svcRef(s)} port ${chosen.sp.port} directly (pod IP : targetPort ${chosen.sp.targetPort}, no ClusterIP): ${describeEndpoints(chosen.eligible)}`;
  const hops: TraceHop[] = [{ kind: 'service', detail, verdict: 'info', source: chosen.sp.source }];
  const views = [{ policy: controller.policy, label: controller.label }];
  const checked = checkAll(
    ctx,
    chosen.eligible.map((e) => ({ dst: endpointDestination(ctx, e), views })),
  );
  return { hops: [...hops, ...checked.hops], endpoints: checked.endpoints, notes: [] };
}

/** Follows an http(s) request from the client through the Ingress to a backend pod. */
export function toUrl(base: TraceContext, client: Client, url: string): Outcome {
  const ctx: TraceContext = { ...base, protocol: 'TCP' };
  const route = routeRequest(ctx.cluster, url);
  if (route.error) return stopped([], 'unreachable', route.error);
  const c = findIngressController(ctx.cluster);
  let out: Outcome = { hops: [], endpoints: [], notes: [] };
  let pod = c.pods[0];
  if (c.assumed) {
    out.hops.push({
      kind: 'ingress-routing',
      detail: `${c.how}; the client → controller leg is not checked`,
      verdict: 'info',
    });
    out.notes.push(c.how);
  } else {
    const leg = toController(ctx, client, c, route.request.port);
    const reached = reachedController(c, leg);
    // Only the leg's hops: its endpoints are controller pods, not the trace's final endpoints.
    out = {
      hops: leg.hops,
      endpoints: [],
      notes: [
        `ingress controller: ${c.how} (${c.pods.map((p) => p.ref).join(', ')})`,
        ...leg.notes,
      ],
    };
    if (leg.stop) return { ...out, stop: leg.stop };
    if (!reached)
      return {
        ...out,
        stop: {
          verdict: 'denied',
          summary: `${client.label} cannot reach the ingress controller: ${leg.endpoints[0]?.nearestMiss ?? 'denied'}`,
        },
      };
    pod = reached;
  }
  const routed: TraceHop = {
    kind: 'ingress-routing',
    detail: [route.reason, ...route.notes].join('; '),
    verdict: route.outcome === 'routed' ? 'allowed' : 'unreachable',
  };
  if (route.match) routed.source = route.match.source;
  out.hops.push(routed);
  out.notes.push(...route.notes);
  if (route.outcome !== 'routed' || !route.backend?.service)
    return { ...out, stop: { verdict: 'unreachable', summary: route.reason } };
  const label = `ingress controller ${pod.ref} (${pod.ip})${c.assumed ? ' [assumed]' : ''}`;
  const controller: Client = {
    kind: 'pod',
    pod,
    ip: pod.ip ?? '',
    policy: { kind: 'pod', pod: pod.ref, ip: pod.ip ?? '' },
    label,
  };
  const backendCtx: TraceContext = { ...ctx, cluster: c.cluster };
  const port =
    route.backend.servicePort?.port ??
    (typeof route.backend.port === 'number' ? route.backend.port : undefined);
  return joinOutcome(
    out,
    toBackend(backendCtx, controller, route.backend.namespace, route.backend.service, port),
  );
}
