// Ingress and IngressClass as the engine reads them (SEMANTICS.md §5).
import type { SourceRef } from './source';

export type PathType = 'Exact' | 'Prefix' | 'ImplementationSpecific';

export interface IngressBackend {
  service?: { name: string; port: { number?: number; name?: string } };
  resource?: { kind: string; name: string; apiGroup?: string };
  source: SourceRef;
}

export interface IngressPath {
  path: string;
  pathType: PathType;
  backend: IngressBackend;
  source: SourceRef;
}

export interface IngressRule {
  /** Undefined: every host. May be a wildcard `*.example.com`. */
  host?: string;
  paths: IngressPath[];
  source: SourceRef;
}

export interface Ingress {
  namespace: string;
  name: string;
  /** Resolved class (field, annotation, or the default class), null when none. */
  className: string | null;
  /** Whether a controller serves it (§5.1). */
  served: boolean;
  tls: { hosts: string[]; secretName?: string; source: SourceRef }[];
  rules: IngressRule[];
  defaultBackend?: IngressBackend;
  annotations: Record<string, string>;
  /** Input order of the manifest: the tie-breaker for "the oldest Ingress wins" (§5.4). */
  order?: number;
  source: SourceRef;
}

export interface IngressClass {
  name: string;
  controller: string;
  isDefault: boolean;
  source: SourceRef;
}

/** What the controller does with one request (SEMANTICS.md §5.2–5.7), from `routeRequest`. */
export interface IngressRoute {
  /** The request as understood: scheme, Host (lower-case, no port), port, path (no query). */
  request: { scheme: 'http' | 'https'; host: string; port: number; path: string };
  /** 'routed': a Service backend was chosen and exists; otherwise the controller answers itself. */
  outcome: 'routed' | 'unreachable';
  /** HTTP status the controller itself answers with: 404 (no rule), 503 (backend missing). */
  status?: number;
  /** How the host was selected: a precise host, a wildcard, host-less rules, or none. */
  hostMatch: 'precise' | 'wildcard' | 'any-host' | 'none';
  /** The Ingress (`namespace/name`), and where it matched: a path, or a default backend. */
  ingress?: string;
  match?: {
    kind: 'path' | 'default-backend';
    host?: string;
    path?: string;
    pathType?: PathType;
    source: SourceRef;
  };
  /** The backend as the Ingress names it, and the Service port it resolves to. */
  backend?: {
    namespace: string;
    service?: string;
    port?: number | string;
    resource?: string;
    /** The Service port the backend resolved to (number and name). */
    servicePort?: { name: string; port: number };
    source: SourceRef;
  };
  /** Plain-words reason, e.g. "longest matching path /api/v2 (Prefix) of shop/site". */
  reason: string;
  /** TLS and controller notes: 308 redirect, default certificate, ImplementationSpecific. */
  notes: string[];
  /** A request that could not be read (not an http(s) URL). */
  error?: string;
}
