// Which backend the ingress controller picks for one request (SEMANTICS.md §5.2–5.7), modelled on
// ingress-nginx. Endpoints, NetworkPolicy and the packet path are left to trace/viaIngress.ts.
import type { Cluster, Service } from '../model/cluster';
import type { Ingress, IngressBackend, IngressPath, IngressRoute } from '../model/ingress';
import { lookupBackend } from './backends';
import { parseRequestUrl, pathMatches, wildcardKey, type HttpRequest } from './paths';

interface PathEntry {
  ingress: Ingress;
  path: IngressPath;
  host?: string;
}

/** Served Ingresses grouped by host kind, in input order; memoised per Cluster. */
interface RoutingTable {
  byHost: Map<string, { entries: PathEntry[]; ingresses: Ingress[] }>;
  anyHost: { entries: PathEntry[]; ingresses: Ingress[] };
  /** The first rules-less Ingress with a defaultBackend: the catch-all for unknown hosts. */
  catchAll?: Ingress;
  services: Map<string, Service>;
}

const tables = new WeakMap<Cluster, RoutingTable>();

function routingTable(cluster: Cluster): RoutingTable {
  const cached = tables.get(cluster);
  if (cached) return cached;
  const t: RoutingTable = {
    byHost: new Map(),
    anyHost: { entries: [], ingresses: [] },
    services: new Map(cluster.services.map((s) => [`${s.namespace}/${s.name}`, s])),
  };
  const served = cluster.ingresses
    .filter((i) => i.served)
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  for (const ingress of served) {
    if (ingress.rules.length === 0 && ingress.defaultBackend && !t.catchAll) t.catchAll = ingress;
    for (const rule of ingress.rules) {
      const group = rule.host === undefined ? t.anyHost : hostGroup(t, rule.host);
      if (!group.ingresses.includes(ingress)) group.ingresses.push(ingress);
      for (const path of rule.paths) group.entries.push({ ingress, path, host: rule.host });
    }
  }
  tables.set(cluster, t);
  return t;
}

function hostGroup(t: RoutingTable, host: string) {
  let g = t.byHost.get(host);
  if (!g) t.byHost.set(host, (g = { entries: [], ingresses: [] }));
  return g;
}

/** §5.2: precise host > wildcard (exactly one extra label) > host-less rules; exclusive. */
function selectHost(t: RoutingTable, host: string) {
  const precise = t.byHost.get(host);
  if (precise) return { hostMatch: 'precise' as const, group: precise };
  const key = wildcardKey(host);
  const wild = key ? t.byHost.get(key) : undefined;
  if (wild) return { hostMatch: 'wildcard' as const, group: wild };
  if (t.anyHost.ingresses.length > 0) return { hostMatch: 'any-host' as const, group: t.anyHost };
  return { hostMatch: 'none' as const, group: undefined };
}

/** §5.4: longest path string, then Exact over Prefix, then the first Ingress in input order. */
function bestPath(entries: PathEntry[], requestPath: string): PathEntry | undefined {
  let best: PathEntry | undefined;
  for (const e of entries) {
    if (!pathMatches(e.path.path, e.path.pathType, requestPath)) continue;
    if (!best || beats(e, best)) best = e;
  }
  return best;
}

function beats(a: PathEntry, b: PathEntry): boolean {
  const la = a.path.path.length;
  const lb = b.path.path.length;
  if (la !== lb) return la > lb;
  const ea = a.path.pathType === 'Exact';
  const eb = b.path.pathType === 'Exact';
  return ea && !eb; // otherwise the earlier entry (input order) stays
}

const ingressRef = (i: Ingress) => `${i.namespace}/${i.name}`;

/** What answers a request before its backend is looked up: a path, a default backend, or 404. */
interface Choice {
  ingress: Ingress;
  match: NonNullable<IngressRoute['match']>;
  backend: IngressBackend;
  why: string;
}

const defaultChoice = (ingress: Ingress, backend: IngressBackend, why: string): Choice => ({
  ingress,
  match: { kind: 'default-backend', source: backend.source },
  backend,
  why,
});

/** §5.2–5.5: host selection, best path, then the Ingress's own default, then the catch-all. */
function choose(
  t: RoutingTable,
  req: HttpRequest,
  sel: ReturnType<typeof selectHost>,
): Choice | string {
  const { hostMatch, group } = sel;
  const hit = group ? bestPath(group.entries, req.path) : undefined;
  if (hit) {
    const where = hostMatch === 'any-host' ? 'host-less rule' : `host ${hit.host ?? ''}`;
    const why = `${where}, path ${hit.path.path || '/'} (${hit.path.pathType}) of Ingress ${ingressRef(hit.ingress)}`;
    const match = {
      kind: 'path' as const,
      host: hit.host,
      path: hit.path.path,
      pathType: hit.path.pathType,
      source: hit.path.source,
    };
    return { ingress: hit.ingress, match, backend: hit.path.backend, why };
  }
  const own = group?.ingresses.find((i) => i.defaultBackend);
  if (own?.defaultBackend) {
    return defaultChoice(
      own,
      own.defaultBackend,
      `no path of ${hostLabel(hostMatch, req.host)} matches ${req.path}; defaultBackend of Ingress ${ingressRef(own)} answers for its hosts`,
    );
  }
  // The host-less rules live on the default server, so its fallback is the catch-all too.
  if ((!group || hostMatch === 'any-host') && t.catchAll?.defaultBackend) {
    return defaultChoice(
      t.catchAll,
      t.catchAll.defaultBackend,
      `no rule for host ${req.host}; the rules-less Ingress ${ingressRef(t.catchAll)} is the catch-all`,
    );
  }
  return group
    ? `no path of ${hostLabel(hostMatch, req.host)} matches ${req.path} and no defaultBackend applies; the controller's default backend returns 404`
    : `no ingress rule matches host ${req.host}; the controller's default backend returns 404`;
}

/**
 * Routes one request through the served Ingresses as ingress-nginx would.
 *
 * @example
 * routeRequest(cluster, 'http://shop.example.com/api/v20') // Prefix /api beats /api/v2: elements differ
 */
export function routeRequest(cluster: Cluster, url: string): IngressRoute {
  const req = parseRequestUrl(url);
  if ('error' in req) {
    const request = { scheme: 'http' as const, host: '', port: 0, path: '' };
    return {
      request,
      outcome: 'unreachable',
      hostMatch: 'none',
      reason: req.error,
      notes: [],
      error: req.error,
    };
  }
  const t = routingTable(cluster);
  const sel = selectHost(t, req.host);
  const notes = tlsNotes(cluster, req, sel.group?.ingresses ?? []);
  const choice = choose(t, req, sel);
  if (typeof choice === 'string') {
    const idle = cluster.ingresses.find(
      (i) => !i.served && i.rules.some((r) => r.host === req.host),
    );
    if (idle)
      notes.push(
        `Ingress ${ingressRef(idle)} has a rule for ${req.host} but no controller serves it (class ${idle.className ?? 'none'})`,
      );
    return {
      request: req,
      outcome: 'unreachable',
      status: 404,
      hostMatch: sel.hostMatch,
      reason: choice,
      notes,
    };
  }
  const base = {
    request: req,
    hostMatch: sel.hostMatch,
    ingress: ingressRef(choice.ingress),
    match: choice.match,
    notes,
  };
  return { ...base, ...resolveBackend(t, choice) };
}

function hostLabel(hostMatch: IngressRoute['hostMatch'], host: string): string {
  if (hostMatch === 'any-host') return 'the host-less rules';
  return hostMatch === 'wildcard' ? `the wildcard host for ${host}` : `host ${host}`;
}

/** Resolves the chosen backend (§5.6): Service in the Ingress's namespace and its port. */
function resolveBackend(
  t: RoutingTable,
  c: Choice,
): Pick<IngressRoute, 'backend' | 'outcome' | 'status' | 'reason'> {
  const { backend, ingress, why } = c;
  const found = lookupBackend(backend, ingress.namespace, (ns, name) =>
    t.services.get(`${ns}/${name}`),
  );
  const b: NonNullable<IngressRoute['backend']> = {
    namespace: ingress.namespace,
    source: backend.source,
  };
  if (backend.service) {
    b.service = backend.service.name;
    b.port = backend.service.port.name ?? backend.service.port.number;
  }
  const fail = (reason: string, status?: number) => ({
    backend: b,
    outcome: 'unreachable' as const,
    reason: `${why}: ${reason}`,
    ...(status ? { status } : {}),
  });
  switch (found.kind) {
    case 'resource':
      b.resource = found.description;
      return fail(`resource backend (${found.description}), not modelled`);
    case 'missing-service':
      return fail(`Service ${ingress.namespace}/${found.name} does not exist (503)`, 503);
    case 'missing-port':
      return fail(
        `Service ${ingress.namespace}/${found.service.name} has no port ${found.port} (503)`,
        503,
      );
    case 'service':
      if (found.port) b.servicePort = { name: found.port.name, port: found.port.port };
      return { backend: b, outcome: 'routed', reason: why };
  }
}

/** §5.7: TLS on 443, 308 redirect of plain HTTP for TLS hosts unless ssl-redirect is "false". */
function tlsNotes(cluster: Cluster, req: HttpRequest, hostIngresses: Ingress[]): string[] {
  const notes: string[] = [];
  const wild = wildcardKey(req.host);
  const tlsIngress = cluster.ingresses.find(
    (i) =>
      i.served &&
      i.tls.some(
        (x) => x.hosts.includes(req.host) || (wild !== undefined && x.hosts.includes(wild)),
      ),
  );
  const expected = req.scheme === 'https' ? 443 : 80;
  if (req.port !== expected) {
    notes.push(
      `the controller takes ${req.scheme} on port ${expected}; port ${req.port} reaches it only if its Service maps that port`,
    );
  }
  if (req.scheme === 'https') {
    notes.push(
      tlsIngress
        ? `TLS terminated at the controller with the certificate of Ingress ${ingressRef(tlsIngress)}`
        : `no TLS section covers ${req.host}: the controller answers with its default self-signed certificate`,
    );
  } else if (tlsIngress) {
    const optOut = [...hostIngresses, tlsIngress].some(
      (i) => i.annotations['nginx.ingress.kubernetes.io/ssl-redirect'] === 'false',
    );
    notes.push(
      optOut
        ? `${req.host} has TLS but ssl-redirect is "false": plain HTTP is served`
        : `${req.host} has TLS (Ingress ${ingressRef(tlsIngress)}): plain HTTP gets a 308 redirect to https; the route below is what the redirected request reaches`,
    );
  }
  return notes;
}
