// Reads one Ingress manifest into the model and lists what the API server would reject it for
// (SEMANTICS.md §8.4). Class resolution and cross-object warnings are left to ingresses.ts.
import type { FieldPath, Manifest } from '../model/manifest';
import type { Ingress, IngressBackend, IngressPath, IngressRule, PathType } from '../model/ingress';
import { isIp } from '../net/ip';
import { dns1035Label, dns1123Subdomain, ianaSvcName, isPortNumber } from '../validate/formats';
import { readStringMap } from '../topology/selectors';

/** One reason for rejection, at the field that causes it. */
export interface Problem {
  message: string;
  path: FieldPath;
  /** A more specific code than INGRESS_INVALID. */
  code?: 'INGRESS_CLASS_CONFLICT';
}

type Raw = Record<string, unknown>;
const PATH_TYPES = new Set<PathType>(['Exact', 'Prefix', 'ImplementationSpecific']);

const obj = (v: unknown): Raw | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : undefined;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A rule or TLS host: a DNS-1123 subdomain or `*.` + one, never an IP (§5.2, §8.1). */
export function hostProblem(host: string): string | null {
  if (isIp(host)) return 'must be a DNS name, not an IP address';
  const bare = host.startsWith('*.') ? host.slice(2) : host;
  if (bare.includes('*'))
    return "a wildcard '*' must be the whole first label, as in *.example.com";
  const p = dns1123Subdomain(bare);
  return p ? `a lowercase RFC 1123 subdomain ${p}` : null;
}

/** Why a path is invalid for its pathType, or null (§5.3). */
export function pathProblem(path: string, pathType: PathType): string | null {
  if (pathType === 'ImplementationSpecific') {
    return path === '' || path.startsWith('/') ? null : "must be an absolute path (start with '/')";
  }
  if (!path.startsWith('/')) return "must be an absolute path (start with '/')";
  for (const bad of ['//', '/./', '/../', '%2f', '%2F']) {
    if (path.includes(bad)) return `must not contain '${bad}'`;
  }
  for (const bad of ['/..', '/.']) {
    if (path.endsWith(bad)) return `must not end with '${bad}'`;
  }
  return null;
}

/** Reads a backend (service or resource), collecting problems under `at`. */
function readBackend(m: Manifest, raw: Raw, at: FieldPath, problems: Problem[]): IngressBackend {
  const backend: IngressBackend = { source: m.lineOf(at) };
  const svc = obj(raw.service);
  const res = obj(raw.resource);
  if (svc && res)
    problems.push({ message: 'backend: service and resource are mutually exclusive', path: at });
  if (!svc && !res)
    problems.push({ message: 'backend: one of service or resource is required', path: at });
  if (svc) {
    const name = typeof svc.name === 'string' ? svc.name : '';
    const np = dns1035Label(name);
    if (np)
      problems.push({
        message: `backend service name "${name}": ${np}`,
        path: [...at, 'service', 'name'],
      });
    const port = obj(svc.port) ?? {};
    const hasName = port.name !== undefined && port.name !== '';
    const hasNumber = port.number !== undefined && port.number !== 0;
    const portAt = [...at, 'service', 'port'];
    if (hasName === hasNumber) {
      problems.push({
        message: 'backend service port: exactly one of name or number is required',
        path: portAt,
      });
    } else if (hasName) {
      const pp = typeof port.name === 'string' ? ianaSvcName(port.name) : 'must be a string';
      if (pp)
        problems.push({
          message: `backend service port name "${String(port.name)}": ${pp}`,
          path: [...portAt, 'name'],
        });
    } else if (!isPortNumber(port.number)) {
      problems.push({
        message: `backend service port number ${String(port.number)}: must be between 1 and 65535`,
        path: [...portAt, 'number'],
      });
    }
    backend.service = {
      name,
      port: hasName ? { name: String(port.name) } : { number: Number(port.number) },
    };
  }
  if (res) {
    backend.resource = { kind: String(res.kind ?? ''), name: String(res.name ?? '') };
    if (typeof res.apiGroup === 'string') backend.resource.apiGroup = res.apiGroup;
  }
  return backend;
}

function readPath(m: Manifest, raw: Raw, at: FieldPath, problems: Problem[]): IngressPath {
  const pathType = raw.pathType as PathType;
  const path = typeof raw.path === 'string' ? raw.path : '';
  if (!PATH_TYPES.has(pathType)) {
    const message =
      raw.pathType === undefined
        ? 'pathType is required'
        : `pathType "${String(raw.pathType)}" is not one of Exact, Prefix, ImplementationSpecific`;
    problems.push({ message, path: [...at, 'pathType'] });
  } else {
    const pp = pathProblem(path, pathType);
    if (pp) problems.push({ message: `path "${path}": ${pp}`, path: [...at, 'path'] });
  }
  const backend = readBackend(m, obj(raw.backend) ?? {}, [...at, 'backend'], problems);
  return { path, pathType, backend, source: m.lineOf(at) };
}

function readRule(m: Manifest, raw: Raw, i: number, problems: Problem[]): IngressRule {
  const at: FieldPath = ['spec', 'rules', i];
  const rule: IngressRule = { paths: [], source: m.lineOf(at) };
  if (typeof raw.host === 'string' && raw.host !== '') {
    rule.host = raw.host;
    const hp = hostProblem(raw.host);
    if (hp) problems.push({ message: `host "${raw.host}": ${hp}`, path: [...at, 'host'] });
  }
  const http = obj(raw.http);
  if (http) {
    const paths = list(http.paths);
    if (paths.length === 0)
      problems.push({ message: 'http.paths must not be empty', path: [...at, 'http'] });
    paths.forEach((p, j) => {
      rule.paths.push(readPath(m, obj(p) ?? {}, [...at, 'http', 'paths', j], problems));
    });
  }
  return rule;
}

function readTls(m: Manifest, spec: Raw, problems: Problem[]): Ingress['tls'] {
  return list(spec.tls).map((t, i) => {
    const raw = obj(t) ?? {};
    const at: FieldPath = ['spec', 'tls', i];
    const hosts = list(raw.hosts).map(String);
    hosts.forEach((h, j) => {
      const hp = hostProblem(h);
      if (hp) problems.push({ message: `tls host "${h}": ${hp}`, path: [...at, 'hosts', j] });
    });
    const entry: Ingress['tls'][number] = { hosts, source: m.lineOf(at) };
    if (typeof raw.secretName === 'string' && raw.secretName !== '') {
      entry.secretName = raw.secretName;
      const sp = dns1123Subdomain(raw.secretName);
      if (sp)
        problems.push({
          message: `tls secretName "${raw.secretName}": ${sp}`,
          path: [...at, 'secretName'],
        });
    }
    return entry;
  });
}

/** The Ingress as written (class not yet resolved) and the reasons it would be rejected. */
export function readIngress(m: Manifest): { ingress: Ingress; problems: Problem[] } {
  const problems: Problem[] = [];
  const np = dns1123Subdomain(m.name);
  if (np) problems.push({ message: `name "${m.name}": ${np}`, path: ['metadata', 'name'] });
  const spec = obj(m.raw.spec) ?? {};
  const rawRules = list(spec.rules);
  const rules = rawRules.map((r, i) => readRule(m, obj(r) ?? {}, i, problems));
  const rawDefault = obj(spec.defaultBackend);
  if (rawRules.length === 0 && !rawDefault) {
    problems.push({ message: 'either defaultBackend or rules must be specified', path: ['spec'] });
  }
  const meta = obj(m.raw.metadata) ?? {};
  const ingress: Ingress = {
    namespace: m.namespace ?? 'default',
    name: m.name,
    className: null,
    served: false,
    tls: readTls(m, spec, problems),
    rules,
    annotations: readStringMap(meta.annotations),
    order: m.order,
    source: m.source,
  };
  if (rawDefault) {
    ingress.defaultBackend = readBackend(m, rawDefault, ['spec', 'defaultBackend'], problems);
  }
  return { ingress, problems };
}
