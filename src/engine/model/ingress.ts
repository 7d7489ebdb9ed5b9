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
  source: SourceRef;
}

export interface IngressClass {
  name: string;
  controller: string;
  isDefault: boolean;
  source: SourceRef;
}
