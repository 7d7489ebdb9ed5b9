// Edge builders for toElements (pure): Service → the pods it sends to (or their workload when it
// is folded), Ingress → Service labelled with its host and paths (all rules to the same Service
// on one edge), and dashed outside-world → entry point edges (Ingresses, NodePort and
// LoadBalancer Services, externalIPs) so a learner sees where traffic comes in.
import type { Ingress, Service } from '../../engine/index';
import { EXTERNAL_ID, cls, ingressId, podId, serviceId, truncate } from './elementNodes';
import type { EdgeData, GraphEdge } from './toElements';

export const endpointEdgeId = (source: string, target: string) => `${source}->${target}`;

const edge = (data: EdgeData, classes: string): GraphEdge => ({ group: 'edges', data, classes });

/**
 * One edge per drawn target: `home` maps a pod id to what stands for it (itself, its folded
 * workload, or nothing when hidden). An edge is ready when any endpoint behind it is.
 */
export function endpointEdges(
  s: Service,
  home: (podId: string) => string | undefined,
): GraphEdge[] {
  const source = serviceId(s.namespace, s.name);
  const ready = new Map<string, boolean>();
  for (const ep of s.endpoints) {
    const target = ep.pod && home(podId(ep.pod));
    if (target) ready.set(target, (ready.get(target) ?? false) || ep.ready);
  }
  return [...ready].map(([target, ok]) =>
    edge(
      { id: endpointEdgeId(source, target), source, target, kind: 'endpoint' },
      cls('endpoint', !ok && 'not-ready'),
    ),
  );
}

/** The routes of one Ingress to one Service, one line per host: `shop.example.com /, /account`. */
export function routeLabel(routes: { host?: string; path?: string }[]): string {
  const byHost = new Map<string, string[]>();
  for (const r of routes) {
    const host = r.host ?? '*';
    const paths = byHost.get(host) ?? [];
    const path = r.path ?? '(default)';
    if (!paths.includes(path)) paths.push(path);
    byHost.set(host, paths);
  }
  const lines = [...byHost].map(([host, paths]) => `${truncate(host)} ${paths.join(', ')}`);
  return lines.length > 2 ? `${lines[0]}\n+${lines.length - 1} more hosts` : lines.join('\n');
}

/** Ingress → Service edges for the Services in `shown`; rules to the same Service share one. */
export function routeEdges(ing: Ingress, shown: Set<string>): GraphEdge[] {
  const source = ingressId(ing.namespace, ing.name);
  const routes = new Map<string, { host?: string; path?: string }[]>();
  const add = (svc: string | undefined, host?: string, path?: string) => {
    const target = svc && serviceId(ing.namespace, svc);
    if (target && shown.has(target))
      routes.set(target, [...(routes.get(target) ?? []), { host, path }]);
  };
  for (const rule of ing.rules) {
    for (const p of rule.paths) add(p.backend.service?.name, rule.host, p.path || '/');
  }
  add(ing.defaultBackend?.service?.name);
  return [...routes].map(([target, list]) =>
    edge(
      {
        id: endpointEdgeId(source, target),
        source,
        target,
        kind: 'route',
        label: routeLabel(list),
      },
      'route',
    ),
  );
}

/** How traffic from outside reaches a Service, or null when it cannot. */
export function serviceEntry(s: Service): string | null {
  const ways: string[] = [];
  if (s.type === 'LoadBalancer' && s.loadBalancerIP) ways.push(s.loadBalancerIP);
  if (s.type === 'NodePort' || s.type === 'LoadBalancer') {
    const ports = s.ports.map((p) => p.nodePort).filter((p) => p !== undefined);
    if (ports.length) ways.push(`node :${ports.join(', :')}`);
  }
  ways.push(...s.externalIPs);
  return ways.length ? ways.join('\n') : null;
}

/** Dashed edges from the outside world to every drawn entry point. */
export function entryEdges(ingresses: Ingress[], services: Service[]): GraphEdge[] {
  const to = (target: string, label: string) =>
    edge(
      {
        id: endpointEdgeId(EXTERNAL_ID, target),
        source: EXTERNAL_ID,
        target,
        kind: 'entry',
        label,
      },
      'entry',
    );
  const out = ingresses.map((i) =>
    to(ingressId(i.namespace, i.name), i.tls.length ? 'HTTP(S)' : 'HTTP'),
  );
  for (const s of services) {
    const label = serviceEntry(s);
    if (label) out.push(to(serviceId(s.namespace, s.name), label));
  }
  return out;
}
