// Resolving an Ingress backend to a Service and Service port (SEMANTICS.md §5.6). Shared by the
// build-time warnings (ingresses.ts) and request routing (routing.ts); endpoints are trace's job.
import type { Service, ServicePort } from '../model/cluster';
import type { IngressBackend } from '../model/ingress';

/** A backend looked up in the Ingress's namespace: the Service and port, or what is missing. */
export type BackendLookup =
  | { kind: 'service'; service: Service; port: ServicePort | undefined }
  | { kind: 'missing-service'; name: string }
  | { kind: 'missing-port'; service: Service; port: number | string }
  | { kind: 'resource'; description: string };

/** The Service port a backend names: `number` is a Service port, `name` a Service port name. */
export function backendPort(
  service: Service,
  port: { number?: number; name?: string },
): ServicePort | undefined {
  return port.name !== undefined
    ? service.ports.find((p) => p.name === port.name)
    : service.ports.find((p) => p.port === port.number && p.protocol === 'TCP');
}

/** Looks a backend up; `findService(ns, name)` is the caller's (indexed) Service lookup. */
export function lookupBackend(
  backend: IngressBackend,
  namespace: string,
  findService: (ns: string, name: string) => Service | undefined,
): BackendLookup {
  if (!backend.service) {
    const r = backend.resource;
    return { kind: 'resource', description: r ? `${r.kind} ${r.name}` : 'resource' };
  }
  const service = findService(namespace, backend.service.name);
  if (!service) return { kind: 'missing-service', name: backend.service.name };
  const port = backendPort(service, backend.service.port);
  // ExternalName ports are informational: ingress-nginx proxies to the named port number as is.
  if (!port && service.type !== 'ExternalName') {
    return {
      kind: 'missing-port',
      service,
      port: backend.service.port.name ?? backend.service.port.number ?? 0,
    };
  }
  return { kind: 'service', service, port };
}

/** `name:port` as people write a backend. */
export function describeBackend(backend: IngressBackend): string {
  if (!backend.service)
    return `resource ${backend.resource?.kind ?? ''} ${backend.resource?.name ?? ''}`.trim();
  const p = backend.service.port;
  return `${backend.service.name}:${p.name ?? p.number ?? '?'}`;
}
